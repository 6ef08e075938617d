#!/usr/bin/env bash
# Installs what newskg needs from Debian when it is missing: the build
# libraries (Redland, raptor2, rasqal, Graphviz; libxml2 and zlib for web
# pages, feeds and crawls), the tools the tests use to
# check our output with parsers that are not ours (rapper, python3-rdflib),
# GNU time (the robustness tests measure memory with /usr/bin/time), a
# font for diagram labels, and the French and English word lists the
# extractor reads to tell ordinary words from names (data/wordlists.tsv).
# Does nothing when everything is there.  The tools only some tests use
# are installed by those tests when they start (valgrind, Chromium,
# Virtuoso, Node.js and npm, clang), through scripts/apt-install.sh as
# here.
set -u
cd "$(dirname "$0")/.." || exit 2
PKGS="build-essential pkg-config librdf0-dev libraptor2-dev librasqal3-dev libxml2-dev zlib1g-dev \
libgraphviz-dev graphviz raptor2-utils python3 python3-rdflib fonts-dejavu-core time \
wfrench wamerican"
# newskg push needs a libcurl development package.  Ask for the GnuTLS one:
# libraptor2-dev depends on it, and the OpenSSL flavour conflicts with it, so
# apt would refuse the whole list.  A machine that already has another
# flavour keeps it (pkg-config finds libcurl and nothing is installed).
pkg-config --exists libcurl 2>/dev/null || PKGS="$PKGS libcurl4-gnutls-dev"

missing=""
command -v cc >/dev/null 2>&1 || missing=" cc"
command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
pkg-config --exists redland raptor2 rasqal libcgraph libgvc libxml-2.0 zlib 2>/dev/null || missing="$missing libs"
# newskg push (libcurl); any libcurl development package will do.
pkg-config --exists libcurl 2>/dev/null || missing="$missing libcurl"
command -v rapper >/dev/null 2>&1 || missing="$missing rapper"
command -v dot >/dev/null 2>&1 || missing="$missing dot"
/usr/bin/python3 -c 'import rdflib' >/dev/null 2>&1 || missing="$missing rdflib"
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$missing font"
[ -x /usr/bin/time ] || missing="$missing time"
[ -f /usr/share/dict/french ] && [ -f /usr/share/dict/american-english ] || missing="$missing wordlists"
[ -z "$missing" ] && exit 0

echo "newskg: missing:$missing" >&2
# shellcheck disable=SC2086  # a list of package names
scripts/apt-install.sh "the build libraries and test tools" $PKGS || exit 1
