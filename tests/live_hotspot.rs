//! With a JDK installed: compiles a sample of testdata sources afresh with javac and
//! runs them on HotSpot and on rjava side by side, so the recorded expectations
//! cannot drift from what HotSpot really does. Skipped with a message without a JDK.

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn run(cmd: &mut Command, dir: &Path) -> Output {
    let args: Vec<String> = std::fs::read_to_string(dir.join("args"))
        .map(|s| s.lines().map(str::to_string).collect())
        .unwrap_or_default();
    let stdin = std::fs::File::open(dir.join("stdin"))
        .map(std::process::Stdio::from)
        .unwrap_or_else(|_| std::process::Stdio::null());
    cmd.args(&args).stdin(stdin).output().expect("run")
}

#[test]
fn fresh_compiles_match_hotspot() {
    let (Some(javac), Some(java)) = (common::jdk_tool("javac"), common::jdk_tool("java")) else {
        common::skip("fresh_compiles_match_hotspot");
        return;
    };
    let known: Vec<String> = std::fs::read_to_string(common::testdata().join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            l.split('#')
                .next()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        })
        .collect();
    let programs = [
        "Hello",
        "IntArithmetic",
        "Inheritance",
        "Lambdas",
        "Records",
        "StringConcat",
        "TryCatchFinally",
        "UncaughtCause",
        "Enums",
        "Switches",
    ];
    let out_root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("live");
    let mut failures = Vec::new();
    for name in programs.iter().filter(|p| !known.iter().any(|k| k == *p)) {
        let dir = common::testdata().join("programs").join(name);
        let out = out_root.join(name);
        let _ = std::fs::remove_dir_all(&out);
        std::fs::create_dir_all(&out).unwrap();
        let sources: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "java"))
            .collect();
        let status = Command::new(&javac)
            .args(["--release", "17", "-encoding", "UTF-8", "-d"])
            .arg(&out)
            .args(&sources)
            .status()
            .unwrap();
        assert!(status.success(), "javac failed for {name}");
        let hotspot = run(
            Command::new(&java)
                .env("LC_ALL", "C.UTF-8")
                .arg("-cp")
                .arg(&out)
                .arg(name),
            &dir,
        );
        let ours = run(
            Command::new(env!("CARGO_BIN_EXE_rjava"))
                .arg("-cp")
                .arg(&out)
                .arg(name),
            &dir,
        );
        if hotspot.stdout != ours.stdout
            || hotspot.stderr != ours.stderr
            || hotspot.status.code() != ours.status.code()
        {
            failures.push(name.to_string());
        }
    }
    assert!(
        failures.is_empty(),
        "rjava differs from a live HotSpot run on {failures:?}"
    );
}
