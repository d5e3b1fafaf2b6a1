//! Linkage errors raised by the VM, against HotSpot's recorded output: classes that
//! changed incompatibly after their callers were compiled (testdata/linkage/regen.sh
//! builds them). Each must be a Java error with HotSpot's message, never a panic.

mod common;

use std::process::Command;

#[test]
fn linkage_errors_match_hotspot() {
    let dir = common::testdata().join("linkage");
    let out = Command::new(env!("CARGO_BIN_EXE_rjava"))
        .arg("-cp")
        .arg(dir.join("classes"))
        .arg("Linkage")
        .output()
        .expect("run rjava");
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        read("expected.stdout")
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        read("expected.stderr")
    );
    assert_eq!(out.status.code(), read("expected.exit").trim().parse().ok());
}
