#!/bin/sh
# The manual page's DIAGNOSTICS section, made from docs/errors.md, so the page and the doc cannot
# say different things: the doc is the one source.
#
#   Scripts/errors-manual.sh docs/errors.md              # the section (mdoc) on stdout
#   Scripts/errors-manual.sh docs/errors.md runramp.1    # puts it into the page (before SEE ALSO or
#                                                        # AUTHORS, else at the end), replacing an old one
#
# docs/errors.md keeps to what this reads: a `# ` title (left out: the section has its own), `## `
# headings, paragraphs, `- ` list items with continuation lines indented by two spaces, and
# `<!-- … -->` comments (left out). Inline: `code` and ``code`` become bold, **bold** plain,
# [text](link) its text. POSIX sh and awk only, as `make man` must run anywhere `make` does.
set -eu
source_file=$1

section() {
    awk '
    # One block of text (a paragraph or a list item, its lines joined) as mdoc text.
    function inline(text,    out, ticks, middle, code) {
        gsub(/\\/, "\\e", text)
        # Code spans: ``…`` first, then `…`; a hyphen in one is a minus sign, so it pastes into a shell.
        out = ""
        while (match(text, /``[^`]*(`[^`]+)*``|`[^`]*`/)) {
            ticks = (substr(text, RSTART, 2) == "``") ? 2 : 1
            code = substr(text, RSTART + ticks, RLENGTH - 2 * ticks)
            gsub(/-/, "\\-", code)
            out = out substr(text, 1, RSTART - 1) "\\fB" code "\\fR"
            text = substr(text, RSTART + RLENGTH)
        }
        text = out text
        gsub(/\*\*/, "", text)
        while (match(text, /\[[^]]*\]\([^)]*\)/)) {
            middle = index(substr(text, RSTART), "](")
            text = substr(text, 1, RSTART - 1) substr(text, RSTART + 1, middle - 2) substr(text, RSTART + RLENGTH)
        }
        # The few characters beyond ASCII the doc uses, as troff names them (no preconv needed).
        gsub(/—/, "\\(em", text); gsub(/–/, "\\(en", text); gsub(/…/, "...", text)
        gsub(/’/, "\\(cq", text); gsub(/“/, "\\(lq", text); gsub(/”/, "\\(rq", text)
        if (text ~ /^[.\047]/) text = "\\&" text
        return text
    }
    function flush() { if (block != "") print inline(block); block = "" }
    function add(text) { sub(/^[ \t]+/, "", text); block = (block == "") ? text : block " " text }
    function endList() { flush(); if (inList) { print ".El"; inList = 0 } }
    BEGIN { print ".Sh DIAGNOSTICS"; inList = 0; needParagraph = 0; inComment = 0; block = "" }
    inComment { if ($0 ~ /-->/) inComment = 0; next }
    /^<!--/ { if ($0 !~ /-->/) inComment = 1; next }
    /^# / { next }
    /^## / { endList(); print ".Ss \"" inline(substr($0, 4)) "\""; needParagraph = 0; next }
    /^[ \t]*$/ { endList(); needParagraph = 1; next }
    /^- / {
        flush()
        if (!inList) { print ".Bl -bullet"; inList = 1 }
        print ".It"; add(substr($0, 3)); needParagraph = 0; next
    }
    {
        if (needParagraph && !inList) print ".Pp"
        needParagraph = 0
        add($0)
    }
    END { endList() }
    ' "$source_file"
}

if [ $# -lt 2 ]; then
    section
    exit 0
fi

page=$2
temporary="$page.diagnostics.$$"
section > "$temporary.section"
# Drop an earlier DIAGNOSTICS section, then insert the new one before SEE ALSO or AUTHORS.
awk -v section_file="$temporary.section" '
    function insert(   line) { while ((getline line < section_file) > 0) print line; inserted = 1 }
    /^\.Sh / { skipping = ($0 ~ /^\.Sh "?DIAGNOSTICS"?$/) }
    /^\.Sh "?(SEE ALSO|AUTHORS)"?$/ && !inserted { insert() }
    !skipping { print }
    END { if (!inserted) insert() }
' "$page" > "$temporary"
rm -f "$temporary.section"
mv "$temporary" "$page"
