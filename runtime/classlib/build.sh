#!/usr/bin/env bash
# Compiles the class library in src/ into classlib.jar (entries stored, in sorted order,
# with fixed timestamps, so that the same sources give the same archive), then checks
# that the archive refers to nothing it does not define and that every native method is
# documented in NATIVES.md (tools/CheckClosure.java).
#
# Needs a JDK 17 (javac, jar, java) on PATH; without one it says so and exits 0.
# Usage: runtime/classlib/build.sh [output.jar]   (default: runtime/classlib/classlib.jar)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/classlib.jar}"
case "$out" in
    /*) ;;
    *) out="$PWD/$out" ;;
esac

for tool in javac jar java; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "build.sh: '$tool' not found on PATH; skipping the class library build (classlib.jar is unchanged)"
        exit 0
    fi
done

version="$(javac -version 2>&1 | awk '{print $2}')"
case "$version" in
    17|17.*) ;;
    *) echo "build.sh: warning: javac $version is not JDK 17; the archive may differ from the committed one" >&2 ;;
esac

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$here"
find src -name '*.java' | LC_ALL=C sort > "$tmp/sources"

# --patch-module compiles our sources as java.base itself. -XDstringConcat=inline makes
# '+' on strings use StringBuilder rather than invokedynamic. Only source file names and
# line numbers are kept as debug information (for stack traces).
javac --patch-module "java.base=$here/src" \
    -XDstringConcat=inline \
    -source 17 -target 17 -Xlint:-options \
    -g:source,lines \
    -encoding UTF-8 \
    -nowarn \
    -d "$tmp/classes" \
    @"$tmp/sources"

# Deterministic archive: sorted entries, no manifest, a fixed time stamp.
export TZ=UTC
(
    cd "$tmp/classes"
    find . -exec touch -h -t 198001010000 {} +
    find . -name '*.class' | sed 's|^\./||' | LC_ALL=C sort > "$tmp/entries"
    rm -f "$tmp/classlib.jar"
    jar --create --no-compress --no-manifest --file "$tmp/classlib.jar" @"$tmp/entries"
)

java "$here/tools/CheckClosure.java" "$tmp/classlib.jar" "$here/NATIVES.md"

mv "$tmp/classlib.jar" "$out"
echo "build.sh: wrote $out ($(wc -l < "$tmp/entries") classes)"
