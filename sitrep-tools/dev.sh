#!/usr/bin/env bash
# Fast dev loop: CoreNLP once per dev set (cached), then every rule stage and the scorer in seconds.
#   sitrep-tools/dev.sh DATASET [TASK]     e.g.  sitrep-tools/dev.sh voa news   |   sitrep-tools/dev.sh plover_gsr events
# DATASET is a folder of ../shared/eval (or "seeds"); TASK defaults to the one run-dev.sh uses for it.
# Caches go to $SITREP_DEV_CACHE (default /tmp/sitrep-nlp-cache; delete a cache after changing the NLP stage);
# records, stories and the score report to $SITREP_DEV_OUT (default /tmp/sitrep-dev-fast).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EVAL=$ROOT/../shared/eval
[ -d "$EVAL" ] || { echo "dev.sh: ../shared/eval is not beside the project ($EVAL)" >&2; exit 2; }
ds=${1:?usage: dev.sh DATASET [TASK]}
declare -A TASK=([seeds]=seeds [plover_gsr]=events [petrarch_validation]=events [event_location]=event_location
  [geowebnews]=geo [meantime]=times [ecbplus]=clusters [voa]=news)
task=${2:-${TASK[$ds]:-}}
[ -n "$task" ] || { echo "dev.sh: no task known for $ds; name it" >&2; exit 2; }
CACHE=${SITREP_DEV_CACHE:-/tmp/sitrep-nlp-cache} OUT=${SITREP_DEV_OUT:-/tmp/sitrep-dev-fast}
mkdir -p "$CACHE" "$OUT"
if [ "$ds" = seeds ]; then inputs=("$EVAL"/../examples/seeds/*.txt) gold=$EVAL/seeds/gold.json
else inputs=("$EVAL/$ds/input.jsonl") gold=$EVAL/$ds/gold.jsonl; fi
"$ROOT/sitrep" version >/dev/null   # builds the project when sources changed
CP="$ROOT/sitrep-tools/target/classes:$ROOT/sitrep-cli/target/classes:$(cat "$ROOT/sitrep-cli/target/classpath.txt")"
[ -d "$ROOT/sitrep-tools/target/classes" ] || mvn -B -q -ntp -f "$ROOT/pom.xml" -pl sitrep-tools -am -DskipTests install
if [ ! -s "$CACHE/$ds.jsonl" ]; then
  java -Xmx3g -Xss8m -cp "$CP" org.sitrep.tools.NlpCache "$CACHE/$ds.jsonl.$$" "${inputs[@]}"
  mv "$CACHE/$ds.jsonl.$$" "$CACHE/$ds.jsonl"   # whole or not at all: another run may be reading it
fi
pred=$OUT/$ds.articles.jsonl
java -Xmx3g -Xss8m -cp "$CP" org.sitrep.tools.DevAnalyze "$CACHE/$ds.jsonl" "$pred"
args=("$task" --gold "$gold" --pred "$pred")
if [ "$task" = clusters ] || [ "$task" = seeds ] || [ "$task" = news ]; then
  "$ROOT/sitrep" link "$pred" >"$OUT/$ds.stories.jsonl"
  args+=(--stories "$OUT/$ds.stories.jsonl")
fi
python3 "$EVAL/score.py" "${args[@]}" >"$OUT/$ds.$task.txt"
tail -n 1 "$OUT/$ds.$task.txt"
