#!/usr/bin/env bash
# Builds once, then prints the events, people and attribute lines of dev, dev2 and the blind set.
#   bash scripts/score-all.sh
set -uo pipefail
cd "$(dirname "$0")/.."
npx tsup --silent >/dev/null 2>&1 || { echo "build failed"; exit 1; }
for set in dev dev2; do
  gold="../shared/dev-set/$set.jsonl"
  [ -f "$gold" ] || continue
  echo "== $set"
  node scripts/eval.mjs "$gold" 2>&1 | grep -E '^(events|  (phone|meeting|summit)|people|person|event (dateOverlap|location|status))'
done
if [ -x ../shared/eval/blind.sh ]; then
  echo "== blind"
  ../shared/eval/blind.sh 2>&1 | grep -E '^(events|  (phone|meeting|summit)|people|person|event (dateOverlap|location|status))'
fi
