#!/usr/bin/env bash
# Seeds the fuzz corpus with every testdata class (valid and malformed).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/parse
find ../testdata -name '*.class' -exec cp {} corpus/parse/ \;
echo "seeded corpus/parse with $(ls corpus/parse | wc -l) files"
