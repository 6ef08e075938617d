#!/usr/bin/env bash
# Installs what newskg needs from Debian when it is missing: the build
# libraries (Redland, raptor2, rasqal, Graphviz), the tools the tests use to
# check our output with parsers that are not ours (rapper, python3-rdflib),
# a font for diagram labels, and the French and English word lists the
# extractor reads to tell ordinary words from names (data/wordlists.tsv).  Does nothing when everything is there.
set -u
PKGS="build-essential pkg-config librdf0-dev libraptor2-dev librasqal3-dev \
libgraphviz-dev graphviz raptor2-utils python3 python3-rdflib fonts-dejavu-core \
wfrench wamerican"
# newskg push needs a libcurl development package.  Ask for the GnuTLS one:
# libraptor2-dev depends on it, and the OpenSSL flavour conflicts with it, so
# apt would refuse the whole list.  A machine that already has another
# flavour keeps it (pkg-config finds libcurl and nothing is installed).
pkg-config --exists libcurl 2>/dev/null || PKGS="$PKGS libcurl4-gnutls-dev"

missing=""
pkg-config --exists redland raptor2 rasqal libcgraph libgvc 2>/dev/null || missing="libs"
# newskg push (libcurl); any libcurl development package will do.
pkg-config --exists libcurl 2>/dev/null || missing="$missing libcurl"
command -v rapper >/dev/null 2>&1 || missing="$missing rapper"
command -v dot >/dev/null 2>&1 || missing="$missing dot"
/usr/bin/python3 -c 'import rdflib' >/dev/null 2>&1 || missing="$missing rdflib"
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$missing font"
[ -f /usr/share/dict/french ] && [ -f /usr/share/dict/american-english ] || missing="$missing wordlists"
[ -z "$missing" ] && exit 0

echo "newskg: installing missing Debian packages ($missing)..." >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "newskg: cannot install packages: not root and no sudo. Install them with:" >&2
    echo "  apt-get install $PKGS" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq $PKGS; } >/tmp/newskg-apt.log 2>&1; then
  echo "newskg: apt-get failed (see /tmp/newskg-apt.log). Install by hand:" >&2
  echo "  apt-get install $PKGS" >&2
  tail -5 /tmp/newskg-apt.log >&2
  exit 1
fi
echo "newskg: packages installed." >&2
