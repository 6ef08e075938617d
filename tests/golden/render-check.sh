#!/usr/bin/env bash
# Diagrams of the seed corpus: DOT with the expected people and moves, SVG
# that an XML parser accepts and that carries tooltips, a real PNG.
set -u
BIN=${1:-build/newskg}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL $*"; }
"$BIN" render -q -T dot -o "$T/m.dot" corpus/ && ok || ko "render dot"
for who in "Sam Altman" "Emmett Shear" "Microsoft" "OpenAI"; do
  grep -q "$who" "$T/m.dot" && ok || ko "moves.dot lacks $who"
done
grep -q "dismissed" "$T/m.dot" && ok || ko "moves.dot lacks the dismissal"
"$BIN" render -q -T svg -o "$T/m.svg" corpus/ && ok || ko "render svg"
/usr/bin/python3 -c 'import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); sys.exit(0 if d.getElementsByTagName("title") else 1)' "$T/m.svg" && ok || ko "svg not well-formed XML"
grep -q 'xlink:title=' "$T/m.svg" && ok || ko "svg has no tooltips"
"$BIN" render -q -T png -o "$T/m.png" corpus/ && ok || ko "render png"
[ "$(head -c 8 "$T/m.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] && ok || ko "png signature"
"$BIN" render -q -T dot --person Altman -o "$T/p.dot" corpus/ && ok || ko "render --person"
grep -q "Emmett Shear" "$T/p.dot" && ko "--person Altman kept Emmett Shear" || ok
echo "render: $pass passed, $fail failed"
[ $fail = 0 ]
