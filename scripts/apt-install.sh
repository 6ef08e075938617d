#!/usr/bin/env bash
# Installs Debian packages for newskg and its tests with apt-get (through
# sudo when not root), for scripts/deps.sh and the tests that need a tool
# (valgrind, Chromium, Virtuoso, Node.js, clang).
#   scripts/apt-install.sh [APT-OPTION...] FOR PACKAGE...
#     APT-OPTION  passed to apt-get install (e.g. --no-install-recommends)
#     FOR         what the packages are for: names the log and the messages
# On a fresh machine there are no package lists yet: they are fetched first.
# Stale lists (a version that is gone from the mirror) make the install
# fail: then the lists are fetched again and the install tried once more.
# Another apt-get or dpkg at work (another checkout's `make check`, the
# system's updates) is waited for, up to 10 minutes, instead of failing.
# On failure: says what could not be installed, the last lines of the log,
# the command to run by hand, and exits 1.  The log is build/logs/apt-FOR.log
# in this checkout (never a fixed name in /tmp that two checkouts share).
set -u
cd "$(dirname "$0")/.." || exit 2
opts=()
while [ $# -gt 0 ]; do
  case $1 in --*) opts+=("$1"); shift;; *) break;; esac
done
[ $# -ge 2 ] || { echo "usage: scripts/apt-install.sh [APT-OPTION...] FOR PACKAGE..." >&2; exit 2; }
for=$1; shift
mkdir -p build/logs
log=$PWD/build/logs/apt-$(printf '%s' "$for" | tr -c 'A-Za-z0-9.+-' '-').log
hand="apt-get install ${opts[*]:+${opts[*]} }$*"

if ! command -v apt-get >/dev/null 2>&1; then
  echo "newskg: cannot install $for: no apt-get (not Debian). Install the equivalent of: $*" >&2
  exit 1
fi
SUDO=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=(sudo); else
    echo "newskg: cannot install $for: not root and no sudo. As root, run:" >&2
    echo "  $hand" >&2
    exit 1
  fi
fi
aptget() { "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600 "$@"; }
update() { echo "== apt-get update" >>"$log"; aptget update >>"$log" 2>&1; }
install() { echo "== apt-get install ${opts[*]:+${opts[*]} }$*" >>"$log"; aptget install -y "${opts[@]}" "$@" >>"$log" 2>&1; }

echo "newskg: installing $for ($*) ..." >&2
: >"$log"
# No package lists at all: a fresh machine (or a container image that
# removed them).  Fetch them first.
compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null || update
if install "$@" || { update && install "$@"; }; then
  echo "newskg: installed $for." >&2
  exit 0
fi
echo "newskg: could not install $for: apt-get failed; its last lines (all of it in $log):" >&2
tail -8 "$log" | sed 's/^/  /' >&2
echo "newskg: install them by hand, as root:" >&2
echo "  apt-get update && $hand" >&2
exit 1
