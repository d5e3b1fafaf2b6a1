//! Classes the `run` fuzz target once crashed rjava with (testdata/bad/fuzz): each
//! must now end in a Java error or normally, in every execution mode, never with a
//! Rust panic or a signal.

mod common;

use std::process::Command;

#[test]
fn fuzz_findings_stay_fixed() {
    let dir = common::testdata().join("bad/fuzz");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".class")
                .map(str::to_string)
        })
        .collect();
    names.sort();
    assert!(!names.is_empty());
    let mut failures = Vec::new();
    for name in &names {
        for mode in ["-Xint", "-Xcomp"] {
            let out = Command::new(env!("CARGO_BIN_EXE_rjava"))
                .args([mode, "-Xmx32m", "-cp"])
                .arg(&dir)
                .arg(name)
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            let clean = matches!(out.status.code(), Some(0 | 1)) && !stderr.contains("panicked");
            if !clean {
                failures.push(format!("{name} {mode}: {:?}\n{stderr}", out.status));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
