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

.PHONY: all build static-libs completions man install uninstall test check-static clean-static

all: build completions man

# A release build with the Swift runtime and Foundation (with its ICU data) linked statically:
# the binary needs only libc, libm, libstdc++ and libgcc_s from the system.
# --disable-local-rpath: no $ORIGIN run path, so the loader does not probe the binary's own folder
# for each system library on every start (docs/benchmarks.md, "Start-up").
# -use-ld=lld and -z pack-relative-relocs: the toolchain's lld packs the relative relocations (2.3 MB of
# .rela.dyn) into 18 KB of DT_RELR, which glibc 2.36 and later applies at start; the system's gold linker
# cannot write it (docs/benchmarks.md, "Packed relative relocations").
# The system's C libraries come in from their static archives too (libxml2 with the ICU and liblzma it
# needs, zlib, SQLite): the loader then maps only libc, libm, libstdc++ and libgcc_s, about a millisecond
# less on every start (docs/benchmarks.md, "Static C libraries"). SwiftPM asks pkg-config how to link the
# system libraries; `static-libs` writes pkg-config files that name a folder holding only their archives.
STATIC_LIBS_DIR := $(abspath .build/static-libs)
STATIC_PACKAGES := libxml-2.0 zlib sqlite3
CLANG ?= clang
STATIC_FLAGS := -c release --static-swift-stdlib --disable-local-rpath \
	-Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs
SWIFT_STATIC := PKG_CONFIG_PATH=$(STATIC_LIBS_DIR)/pkgconfig $(SWIFT) build $(STATIC_FLAGS)

build: static-libs
	$(SWIFT_STATIC) --product runramp
	mkdir -p $(STATIC_DIR)
	cp "$$($(SWIFT_STATIC) --show-bin-path)/runramp" $(BINARY)

# For each of STATIC_PACKAGES: its archives (as `pkg-config --static --libs` lists them, found where the
# toolchain's clang finds them) linked into $(STATIC_LIBS_DIR), and a pkg-config file whose -L is that
# folder. libm and libstdc++ stay shared (libc's and the Swift runtime's own).
static-libs:
	@mkdir -p $(STATIC_LIBS_DIR)/pkgconfig
	@for package in $(STATIC_PACKAGES); do \
		libs="$$(pkg-config --static --libs $$package)" || exit 1; \
		for flag in $$libs; do \
			case "$$flag" in -lm|-lstdc++|-ldl|-lpthread|-lrt) continue;; -l*) ;; *) continue;; esac; \
			archive="$$($(CLANG) -print-file-name=lib$${flag#-l}.a)"; \
			test -f "$$archive" || { echo "error: lib$${flag#-l}.a, needed to link $$package statically, is missing: install its -dev package" >&2; exit 1; }; \
			ln -sf "$$archive" $(STATIC_LIBS_DIR)/lib$${flag#-l}.a; \
		done; \
		printf 'Name: %s\nDescription: %s from its static archives (make build)\nVersion: %s\nLibs: -L%s %s -lstdc++\nCflags: %s\n' \
			"$$package" "$$package" "$$(pkg-config --modversion $$package)" "$(STATIC_LIBS_DIR)" "$$libs" \
			"$$(pkg-config --cflags $$package)" > $(STATIC_LIBS_DIR)/pkgconfig/$$package.pc; \
	done

# Fails when the binary still loads a Swift or Foundation library from the toolchain.
check-static: build
	@if ldd $(BINARY) | grep -E 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime'; then \
		echo "error: $(BINARY) needs the Swift toolchain's libraries (see above)" >&2; exit 1; \
	fi
	@if readelf -d $(BINARY) | grep -E 'RPATH|RUNPATH'; then \
		echo "error: $(BINARY) has a run path (see above): the loader would probe it on every start" >&2; exit 1; \
	fi
	@if ldd $(BINARY) | grep -E 'libxml2|libicu|liblzma|libsqlite3|libz\.so'; then \
		echo "error: $(BINARY) loads a system C library that make build links in (see above)" >&2; exit 1; \
	fi
	@echo "$(BINARY): no Swift runtime or C library but libc, libm, libstdc++ and libgcc_s needed"

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
