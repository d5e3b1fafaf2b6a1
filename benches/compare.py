#!/usr/bin/env python3
"""Whole-process timings of the testdata benchmarks: rjava -Xint, rjava (JIT),
java -Xint and java (HotSpot, when a JDK is on PATH), median of several runs each.

Prints a table with the JIT's speed-up over rjava's interpreter and rjava's time
relative to HotSpot's, and writes the same figures as a bar chart (SVG, log scale).

Usage: benches/compare.py [--runs N] [--svg FILE] [--rjava PATH] [NAME[=SIZE] ...]
Build first: cargo build --release
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The sizes the README's table uses: each runs at least about half a second in
# rjava's interpreter, so that start-up (about 5 ms) and compilation are not most of
# what the JIT column measures.
DEFAULT = [("Fib", "32"), ("Loops", "3000"), ("Sieve", "2000000"), ("NBody", "300000"),
           ("BinaryTrees", "14"), ("Workload", "40")]


def median_time(cmd, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr.decode(errors='replace')}")
    return statistics.median(times)


def svg_chart(rows, engines, path):
    """Grouped bars, one group per program, log-scale seconds."""
    import math
    colors = ["#d62728", "#1f77b4", "#ff7f0e", "#2ca02c"]
    width, height, left, bottom, top = 760, 360, 60, 40, 30
    plot_h = height - bottom - top
    values = [t for _, times in rows for t in times if t]
    lo = 10 ** math.floor(math.log10(min(values)))
    hi = 10 ** math.ceil(math.log10(max(values)))
    def y(t):
        return top + plot_h * (1 - (math.log10(t) - math.log10(lo)) / (math.log10(hi) - math.log10(lo)))
    group_w = (width - left - 20) / len(rows)
    bar_w = group_w * 0.8 / len(engines)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'font-family="sans-serif" font-size="11">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left}" y="18" font-size="13">Whole-process time, seconds (log scale; lower is better)</text>']
    decade = lo
    while decade <= hi * 1.0001:
        out.append(f'<line x1="{left}" x2="{width - 20}" y1="{y(decade):.1f}" y2="{y(decade):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y(decade) + 4:.1f}" text-anchor="end">{decade:g}</text>')
        decade *= 10
    for g, (name, times) in enumerate(rows):
        x0 = left + g * group_w + group_w * 0.1
        for e, t in enumerate(times):
            if not t:
                continue
            x = x0 + e * bar_w
            out.append(f'<rect x="{x:.1f}" y="{y(t):.1f}" width="{bar_w - 2:.1f}" '
                       f'height="{top + plot_h - y(t):.1f}" fill="{colors[e]}"><title>{engines[e]}: {t:.3f} s</title></rect>')
        out.append(f'<text x="{x0 + group_w * 0.4:.1f}" y="{height - bottom + 16}" text-anchor="middle">{name}</text>')
    for e, engine in enumerate(engines):
        lx = left + 10 + e * 150
        out.append(f'<rect x="{lx}" y="{height - 14}" width="10" height="10" fill="{colors[e]}"/>')
        out.append(f'<text x="{lx + 14}" y="{height - 5}">{engine}</text>')
    out.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--svg", default=os.path.join(ROOT, "benches", "results.svg"))
    ap.add_argument("--rjava", default=os.path.join(ROOT, "target", "release", "rjava"))
    ap.add_argument("programs", nargs="*", help="NAME or NAME=SIZE (default: the README's set)")
    args = ap.parse_args()
    programs = [tuple((p.split("=", 1) + [None])[:2]) for p in args.programs] or DEFAULT
    if not os.path.exists(args.rjava):
        sys.exit(f"{args.rjava} not found: run `cargo build --release` first")
    java = shutil.which("java")
    engines = [("rjava -Xint", [args.rjava, "-Xint"]), ("rjava", [args.rjava])]
    if java:
        engines += [("java -Xint", [java, "-Xint", "-Xshare:auto"]), ("java", [java, "-Xshare:auto"])]
    else:
        print("no java on PATH: HotSpot columns left out", file=sys.stderr)
    rows = []
    for name, size in programs:
        cp = os.path.join(ROOT, "testdata", "bench", name)
        extra = [size] if size else []
        times = [median_time(cmd + ["-cp", cp, name] + extra, args.runs) for _, cmd in engines]
        rows.append((f"{name} {size or ''}".strip(), times))
    header = f"{'program':<22}" + "".join(f"{e:>13}" for e, _ in engines) + f"{'JIT speed-up':>14}"
    if java:
        header += f"{'rjava/java':>12}"
    print(f"median of {args.runs} runs, seconds")
    print(header)
    for name, t in rows:
        line = f"{name:<22}" + "".join(f"{x:>13.3f}" for x in t) + f"{t[0] / t[1]:>13.1f}x"
        if java:
            line += f"{t[1] / t[3]:>11.2f}x"
        print(line)
    svg_chart(rows, [e for e, _ in engines], args.svg)
    print(f"chart: {os.path.relpath(args.svg)}")


if __name__ == "__main__":
    main()
