//! The testdata benchmark programs run in-process, the interpreter alone against
//! the default tiering (interpreter plus JIT): `cargo bench --bench engines`.
//!
//! Each iteration starts a fresh VM (class library, heap, main thread) and runs the
//! program's `main`, so the figures include start-up as a whole-process run would.
//! `benches/compare.py` times the same programs as whole processes against HotSpot.

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use rjava::launcher::execute::run_main;
use rjava_runtime::classpath::ClassPath;
use rjava_runtime::vm::{ExecMode, VmOptions};

/// Program and the problem size each iteration runs.
const PROGRAMS: [(&str, &str); 6] = [
    ("Fib", "30"),
    ("Loops", "1000"),
    ("Sieve", "1000000"),
    ("NBody", "200000"),
    ("BinaryTrees", "14"),
    ("Workload", "10"),
];

fn run(program: &str, size: &str, mode: ExecMode) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("testdata/bench")
        .join(program);
    let mut class_path = ClassPath::default();
    class_path.push(&dir);
    let mut options = VmOptions::default();
    options.jit.mode = mode;
    let code = run_main(class_path, program, &[size.to_string()], options);
    assert_eq!(code, 0, "{program} {size} failed");
}

fn engines(c: &mut Criterion) {
    for (program, size) in PROGRAMS {
        let mut group = c.benchmark_group(program);
        group.sample_size(10);
        group.bench_function("interpreter", |b| {
            b.iter(|| run(program, size, ExecMode::Interpreted))
        });
        group.bench_function("jit", |b| b.iter(|| run(program, size, ExecMode::Mixed)));
        group.finish();
    }
}

criterion_group!(benches, engines);
criterion_main!(benches);
