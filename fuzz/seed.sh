#!/usr/bin/env bash
# Seeds the fuzz corpora with the testdata classes: every class (valid and malformed)
# for the parser; for the run target the main classes of the testdata programs and
# the hostile classes of testdata/bad/verify (classes that only parse are enough).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/parse corpus/run
find ../testdata -name '*.class' -exec cp {} corpus/parse/ \;
for d in ../testdata/programs/*/ ../testdata/bench/*/; do
    name=$(basename "$d")
    [ -f "$d/$name.class" ] && cp "$d/$name.class" corpus/run/
done
cp ../testdata/bad/verify/*.class corpus/run/
echo "seeded corpus/parse with $(ls corpus/parse | wc -l) files, corpus/run with $(ls corpus/run | wc -l)"
