//! Runs every testdata program on rjava and compares stdout, stderr and the exit
//! code with what HotSpot printed (recorded by testdata/regen.sh): with default
//! tiering, with `-Xint`, with `-Xcomp`, and both of the latter under GC stress.
//!
//! Programs listed in testdata/known_failures.txt (one name per line, `#` comments)
//! exercise what rjava cannot do yet; they are still run, and the test fails if one
//! of them starts passing, so the list only ever shrinks.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: i32,
}

fn run(dir: &Path, name: &str, flags: &[String]) -> Outcome {
    let args: Vec<String> = std::fs::read_to_string(dir.join("args"))
        .map(|s| s.lines().map(str::to_string).collect())
        .unwrap_or_default();
    let jvm_flags: Vec<String> = std::fs::read_to_string(dir.join("jvm.flags"))
        .map(|s| s.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    let stdin = std::fs::read(dir.join("stdin")).unwrap_or_default();
    let mut child = Command::new(env!("CARGO_BIN_EXE_rjava"))
        .args(&jvm_flags)
        .args(flags)
        .arg("-cp")
        .arg(dir)
        .arg(name)
        .args(&args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start rjava");
    let mut input = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().expect("run rjava");
    let _ = writer.join();
    Outcome {
        stdout: out.stdout,
        stderr: out.stderr,
        code: out.status.code().unwrap_or(-1),
    }
}

fn expected(dir: &Path) -> Outcome {
    let read = |f: &str| std::fs::read(dir.join(f)).unwrap_or_default();
    let code = String::from_utf8_lossy(&read("expected.exit"))
        .trim()
        .parse()
        .unwrap_or(0);
    Outcome {
        stdout: read("expected.stdout"),
        stderr: read("expected.stderr"),
        code,
    }
}

fn known_failures() -> Vec<String> {
    std::fs::read_to_string(common::testdata().join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn program_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    for group in ["programs", "bench"] {
        if let Ok(entries) = std::fs::read_dir(common::testdata().join(group)) {
            dirs.extend(
                entries
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.join("expected.exit").exists()),
            );
        }
    }
    dirs.sort();
    dirs
}

/// The first differing line of two outputs, for the failure report.
fn first_difference(what: &str, expected: &[u8], actual: &[u8]) -> String {
    let (e, a) = (
        String::from_utf8_lossy(expected),
        String::from_utf8_lossy(actual),
    );
    let line = e
        .lines()
        .zip(a.lines())
        .position(|(x, y)| x != y)
        .unwrap_or_else(|| e.lines().count().min(a.lines().count()));
    format!(
        "{what} differs at line {}: expected {:?}, got {:?}",
        line + 1,
        e.lines().nth(line).unwrap_or("<end>"),
        a.lines().nth(line).unwrap_or("<end>")
    )
}

#[test]
fn testdata_programs_match_hotspot() {
    check_all_programs("", |_| Vec::new());
}

#[test]
fn testdata_programs_match_hotspot_interpreted() {
    check_all_programs(" with -Xint", |_| vec!["-Xint".into()]);
}

/// Every method the JIT can compile is compiled before its first call.
#[test]
fn testdata_programs_match_hotspot_compiled() {
    check_all_programs(" with -Xcomp", |_| vec!["-Xcomp".into()]);
}

/// A collection before every allocation (`-XX:+FullGCALot`), so a reference the
/// collector does not know about shows up as a wrong result or a failed check: once
/// with the interpreter's frames, once with compiled frames. Programs with a big live
/// set name a coarser interval in a `gc_stress_interval` file.
fn stress_flags(mode: &str, dir: &Path) -> Vec<String> {
    let interval = std::fs::read_to_string(dir.join("gc_stress_interval"))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| "1".into());
    vec![
        mode.into(),
        "-XX:+FullGCALot".into(),
        format!("-XX:FullGCALotInterval={interval}"),
    ]
}

#[test]
fn testdata_programs_match_hotspot_interpreted_under_gc_stress() {
    check_all_programs(" with -Xint -XX:+FullGCALot", |dir| {
        stress_flags("-Xint", dir)
    });
}

#[test]
fn testdata_programs_match_hotspot_compiled_under_gc_stress() {
    check_all_programs(" with -Xcomp -XX:+FullGCALot", |dir| {
        stress_flags("-Xcomp", dir)
    });
}

fn check_all_programs(mode: &str, flags: impl Fn(&Path) -> Vec<String> + Sync) {
    let known = known_failures();
    let mut unexpected_failures = Vec::new();
    let mut unexpected_passes = Vec::new();
    let mut passed = 0;
    for dir in program_dirs() {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let want = expected(&dir);
        let got = run(&dir, &name, &flags(&dir));
        let mut problems = Vec::new();
        if got.code != want.code {
            problems.push(format!("exit code {} instead of {}", got.code, want.code));
        }
        if got.stdout != want.stdout {
            problems.push(first_difference("stdout", &want.stdout, &got.stdout));
        }
        if got.stderr != want.stderr {
            problems.push(first_difference("stderr", &want.stderr, &got.stderr));
        }
        let is_known = known.contains(&name);
        match (problems.is_empty(), is_known) {
            (true, false) => passed += 1,
            (true, true) => unexpected_passes.push(name),
            (false, false) => unexpected_failures.push(format!("{name}: {}", problems.join("; "))),
            (false, true) => {}
        }
    }
    eprintln!(
        "{passed} programs match HotSpot{mode}; {} known failures",
        known.len()
    );
    assert!(
        unexpected_failures.is_empty() && unexpected_passes.is_empty(),
        "failures:\n{}\nnow passing (remove from testdata/known_failures.txt): {:?}",
        unexpected_failures.join("\n"),
        unexpected_passes
    );
}
