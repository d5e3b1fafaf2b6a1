#!/usr/bin/env bash
# Regenerates the compiled classes and the expected output of the testdata programs.
#
# Usage: testdata/regen.sh [NAME...]
#   With no NAME, every folder under testdata/programs/ and testdata/bench/ is
#   regenerated. A NAME is looked up in programs/ first, then in bench/.
#
# For each program folder:
#   1. delete its old *.class files,
#   2b. record `javap -c -p` of its classes (sorted by file name) in expected.javap,
#   2. javac --release 17 -encoding UTF-8 -d <folder> <folder>/*.java [contents of javac.flags],
#   3. run  java -Xshare:auto -XX:+UseSerialGC [contents of jvm.flags] -cp <folder> NAME [args]
#      with stdin from <folder>/stdin (or /dev/null) and a 60 s timeout, recording
#      expected.stdout, expected.stderr and expected.exit.
#
# The JVM runs under LC_ALL=C.UTF-8 with the JDK's option environment variables
# cleared, so that output is UTF-8 and no "Picked up ..." lines appear: running the
# script twice produces identical files.
set -u

if ! command -v javac >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
    echo "regen.sh: javac/java not found on PATH; skipping (nothing regenerated)"
    exit 0
fi

script="${BASH_SOURCE[0]}"
case "$script" in
    */*) here="$(cd "${script%/*}" && pwd)" ;;
    *) here="$(pwd)" ;;
esac
root="${here%/*}"

version="$(java -version 2>&1 | head -n 1)"
case "$version" in
    *'"17'*) ;;
    *) echo "regen.sh: warning: expected JDK 17, found: $version" >&2 ;;
esac

export LC_ALL=C.UTF-8
unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS CLASSPATH

# Collect the folders to regenerate.
folders=()
if [ "$#" -eq 0 ]; then
    for d in "$here"/programs/*/ "$here"/bench/*/; do
        [ -d "$d" ] && folders+=("${d%/}")
    done
else
    for name in "$@"; do
        name="${name%/}"
        name="${name##*/}"
        if [ -d "$here/programs/$name" ]; then
            folders+=("$here/programs/$name")
        elif [ -d "$here/bench/$name" ]; then
            folders+=("$here/bench/$name")
        else
            echo "regen.sh: no program named $name" >&2
            exit 2
        fi
    done
fi

failures=0
for dir in "${folders[@]}"; do
    name="${dir##*/}"
    rel="${dir#"$root"/}"
    if [ ! -f "$dir/$name.java" ]; then
        echo "FAIL $rel: missing $name.java" >&2
        failures=$((failures + 1))
        continue
    fi

    # 1-2. Compile.
    find "$dir" -maxdepth 1 -name '*.class' -type f -delete
    flags=()
    if [ -f "$dir/javac.flags" ]; then
        read -r -a flags < <(tr '\n' ' ' < "$dir/javac.flags")
    fi
    if ! javac --release 17 -encoding UTF-8 -d "$dir" "$dir"/*.java "${flags[@]+"${flags[@]}"}"; then
        echo "FAIL $rel: javac failed" >&2
        failures=$((failures + 1))
        continue
    fi

    # 2b. Record javap's disassembly, so that rjavap is tested without a JDK.
    (cd "$dir" && find . -maxdepth 1 -name '*.class' -printf '%f\n' | LC_ALL=C sort \
        | xargs javap -c -p > expected.javap)

    # 3. Run and record.
    args=()
    if [ -f "$dir/args" ]; then
        mapfile -t args < "$dir/args"
    fi
    input=/dev/null
    [ -f "$dir/stdin" ] && input="$dir/stdin"
    jvm=()
    if [ -f "$dir/jvm.flags" ]; then
        read -r -a jvm < <(tr '\n' ' ' < "$dir/jvm.flags")
    fi

    (cd "$root" && timeout 60 java -Xshare:auto -XX:+UseSerialGC "${jvm[@]+"${jvm[@]}"}" -cp "$rel" "$name" \
        "${args[@]+"${args[@]}"}" < "$input" > "$dir/expected.stdout" 2> "$dir/expected.stderr")
    code=$?
    echo "$code" > "$dir/expected.exit"
    if [ "$code" -eq 124 ]; then
        echo "FAIL $rel: timed out after 60 s" >&2
        failures=$((failures + 1))
        continue
    fi
    echo "ok   $rel (exit $code)"
done

if [ "$failures" -ne 0 ]; then
    echo "regen.sh: $failures program(s) failed" >&2
    exit 1
fi
