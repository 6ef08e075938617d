#!/usr/bin/env bash
# The main job on the demo corpus: RDF, facts and diagrams under out/.
set -eu
cd "$(dirname "$0")/.."
bin=build/newskg
mkdir -p out
$bin extract -f turtle -o out/graph.ttl corpus/
$bin extract -f nquads -o out/graph.nq corpus/
$bin facts -o out/facts.tsv out/graph.nq
$bin render -T dot -o out/moves.dot out/graph.nq
$bin render -T svg -o out/moves.svg out/graph.nq
$bin render -T png -o out/moves.png out/graph.nq
$bin render --view timeline -T svg -o out/timeline.svg out/graph.nq
$bin render --view network -T svg -o out/network.svg out/graph.nq
$bin render --view timeline -T png -o out/timeline.png out/graph.nq
$bin report -o out/report.html out/graph.nq
echo "newskg: wrote $(ls out | grep -v '^\.' | sed 's#^#out/#' | tr '\n' ' ')"
if [ -f ../shared/eval/score.py ] && [ -f ../shared/eval/seeds.gold.tsv ]; then
  echo "newskg: seed corpus against the shared gold:"
  python3 ../shared/eval/score.py ../shared/eval/seeds.gold.tsv out/facts.tsv | sed 's/^/  /'
fi
