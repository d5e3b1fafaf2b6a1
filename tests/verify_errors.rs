//! Every hostile class in testdata/bad/verify ends the way it ends on HotSpot: the
//! same error on stderr, byte for byte (VerifyError with its details, linkage and
//! access errors), the same exit code, and never a crash. Once interpreted and once
//! with every method compiled up front.

mod common;

use std::process::Command;

fn check(mode: &str) {
    let dir = common::testdata().join("bad/verify");
    let mut cases: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".expected")
                .map(str::to_string)
        })
        .collect();
    cases.sort();
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for name in &cases {
        let expected = std::fs::read_to_string(dir.join(format!("{name}.expected"))).unwrap();
        let (status, stderr) = expected.split_once('\n').unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_rjava"))
            .args([mode, "-cp"])
            .arg(&dir)
            .arg(name)
            .output()
            .unwrap();
        let actual_status = match out.status.code() {
            Some(code) => format!("exit {code}"),
            None => "killed by a signal".to_string(),
        };
        let actual_stderr = String::from_utf8_lossy(&out.stderr);
        if actual_status != status || actual_stderr != stderr {
            failures.push(format!(
                "{name} ({mode}): expected {status}, got {actual_status}\n--- expected stderr\n{stderr}--- actual stderr\n{actual_stderr}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn hostile_classes_fail_as_on_hotspot() {
    check("-Xint");
}

#[test]
fn hostile_classes_fail_as_on_hotspot_with_the_jit() {
    check("-Xcomp");
}
