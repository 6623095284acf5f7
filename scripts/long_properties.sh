#!/bin/sh
# Long run of the reliability properties: many more generated programs and byte strings than CI
# runs (not derandomized: every run explores new inputs), and many more random interruptions of
# --fix. Usage: scripts/long_properties.sh [SCALE] [KILL_ITERATIONS]   (defaults: 50 and 30)
# With the defaults it takes roughly 20-40 minutes on two cores.
set -eu
cd "$(dirname "$0")/.."
scale="${1:-50}"
kills="${2:-30}"
echo "property tests at ${scale}x the CI examples; ${kills} kill iterations"
GPTMIGRATE_PROPERTY_SCALE="$scale" python -m pytest -q -p no:cacheprovider \
    --hypothesis-show-statistics tests/test_properties.py
GPTMIGRATE_KILL_ITERATIONS="$kills" python -m pytest -q -p no:cacheprovider tests/test_kill.py
