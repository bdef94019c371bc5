# RunRamp: build a self-contained binary and install it with its completions and manual page.
#
#   make                      # the release binary (Swift runtime linked in), completions, manual page
#   sudo make install         # copies them into /usr/local (PREFIX=~/.local for a user install, no sudo)
#   sudo make uninstall       # removes exactly what install put there
#   make test                 # the test suite (what CI runs)
#
# PREFIX and DESTDIR work as usual: files go to $(DESTDIR)$(PREFIX)/bin, …/share/man/man1,
# …/share/bash-completion/completions, …/share/zsh/site-functions and …/share/fish/vendor_completions.d.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

# Everything generated lives under .build (ignored by git).
STATIC_DIR := .build/static
BINARY := $(STATIC_DIR)/runramp
COMPLETIONS_DIR := $(STATIC_DIR)/completions
MAN_DIR := $(STATIC_DIR)/man
MANPAGE := $(MAN_DIR)/runramp.1

BIN_DEST := $(DESTDIR)$(PREFIX)/bin
MAN_DEST := $(DESTDIR)$(PREFIX)/share/man/man1
BASH_DEST := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSH_DEST := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISH_DEST := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build completions man install uninstall test check-static clean-static

all: build completions man

# A release build with the Swift runtime and Foundation (with its ICU data) linked statically:
# the binary needs only libc, libstdc++, libxml2, zlib and SQLite from the system.
# --disable-local-rpath: no $ORIGIN run path, so the loader does not probe the binary's own folder
# for each system library on every start (docs/benchmarks.md, "Start-up").
# -use-ld=lld and -z pack-relative-relocs: the toolchain's lld packs the relative relocations (2.3 MB of
# .rela.dyn) into 18 KB of DT_RELR, which glibc 2.36 and later applies at start; the system's gold linker
# cannot write it (docs/benchmarks.md, "Packed relative relocations").
STATIC_FLAGS := -c release --static-swift-stdlib --disable-local-rpath \
	-Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs

build:
	$(SWIFT) build $(STATIC_FLAGS) --product runramp
	mkdir -p $(STATIC_DIR)
	cp "$$($(SWIFT) build $(STATIC_FLAGS) --show-bin-path)/runramp" $(BINARY)

# Fails when the binary still loads a Swift or Foundation library from the toolchain.
check-static: build
	@if ldd $(BINARY) | grep -E 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime'; then \
		echo "error: $(BINARY) needs the Swift toolchain's libraries (see above)" >&2; exit 1; \
	fi
	@if readelf -d $(BINARY) | grep -E 'RPATH|RUNPATH'; then \
		echo "error: $(BINARY) has a run path (see above): the loader would probe it on every start" >&2; exit 1; \
	fi
	@echo "$(BINARY): no Swift runtime library needed"

completions: build
	mkdir -p $(COMPLETIONS_DIR)
	$(BINARY) --generate-completion-script bash > $(COMPLETIONS_DIR)/runramp.bash
	$(BINARY) --generate-completion-script zsh > $(COMPLETIONS_DIR)/_runramp
	$(BINARY) --generate-completion-script fish > $(COMPLETIONS_DIR)/runramp.fish

# swift-argument-parser's generate-manual plugin reads the commands' own help. It builds the
# package in debug mode, the build `swift test` uses too, so the two share their work;
# the help text it reads is the same in every build. The DIAGNOSTICS section is docs/errors.md,
# turned into mdoc by Scripts/errors-manual.sh: the doc and the page have one source.
man: build
	$(SWIFT) package plugin generate-manual --configuration debug
	mkdir -p $(MAN_DIR)
	cp .build/plugins/GenerateManual/outputs/runramp/runramp.1 $(MANPAGE)
	sh Scripts/errors-manual.sh docs/errors.md $(MANPAGE)

# Only copies what `make` built, so `sudo make install` never runs the Swift build as root.
install:
	@for file in $(BINARY) $(MANPAGE) $(COMPLETIONS_DIR)/runramp.bash $(COMPLETIONS_DIR)/_runramp \
		$(COMPLETIONS_DIR)/runramp.fish; do \
		test -f $$file || { echo "error: $$file is missing: run 'make' first" >&2; exit 1; }; \
	done
	install -d $(BIN_DEST) $(MAN_DEST) $(BASH_DEST) $(ZSH_DEST) $(FISH_DEST)
	install -m 0755 $(BINARY) $(BIN_DEST)/runramp
	install -m 0644 $(MANPAGE) $(MAN_DEST)/runramp.1
	install -m 0644 $(COMPLETIONS_DIR)/runramp.bash $(BASH_DEST)/runramp
	install -m 0644 $(COMPLETIONS_DIR)/_runramp $(ZSH_DEST)/_runramp
	install -m 0644 $(COMPLETIONS_DIR)/runramp.fish $(FISH_DEST)/runramp.fish

uninstall:
	rm -f $(BIN_DEST)/runramp $(MAN_DEST)/runramp.1 $(BASH_DEST)/runramp $(ZSH_DEST)/_runramp \
		$(FISH_DEST)/runramp.fish

test:
	$(SWIFT) test

clean-static:
	rm -rf $(STATIC_DIR)
