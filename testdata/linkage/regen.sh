#!/usr/bin/env bash
# Builds the linkage-error program: Linkage is compiled against src/v1, then the
# classes in src/v2 are compiled over them (and Removed is deleted), and HotSpot's
# output is recorded. Skips when no JDK is installed.
set -eu
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v javac >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
    echo "linkage/regen.sh: javac/java not found; skipping"
    exit 0
fi
export LC_ALL=C.UTF-8
unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS CLASSPATH
out="$here/classes"
rm -rf "$out"
mkdir -p "$out"
javac --release 17 -d "$out" "$here"/src/v1/*.java
javac --release 17 -d "$out" "$here"/src/v2/*.java
rm "$out/Removed.class"
set +e
(cd "$here" && java -Xshare:auto -cp classes Linkage > expected.stdout 2> expected.stderr)
echo $? > "$here/expected.exit"
echo "linkage/regen.sh: recorded (exit $(cat "$here/expected.exit"))"
