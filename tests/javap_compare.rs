//! `rjavap -c -p` against the JDK's `javap -c -p`, byte for byte, on every testdata
//! class and on a few hundred of the JDK's own classes. Skipped without a JDK.

mod common;

use std::path::PathBuf;
use std::process::Command;

fn javap(args: &[String]) -> String {
    let tool = common::jdk_tool("javap").expect("javap");
    let out = Command::new(tool).args(args).output().expect("run javap");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn rjavap(args: &[String]) -> String {
    let mut out = Vec::new();
    let mut err = Vec::new();
    rjava::rjavap::run(args, &mut out, &mut err);
    String::from_utf8_lossy(&out).into_owned()
}

/// Compares in batches (javap starts slowly) and reports the first difference.
fn compare(files: &[PathBuf]) {
    for batch in files.chunks(400) {
        let mut args = vec!["-c".to_string(), "-p".to_string()];
        args.extend(batch.iter().map(|f| f.display().to_string()));
        let expected = javap(&args);
        let actual = rjavap(&args);
        let same = expected.lines().count() == actual.lines().count()
            && expected
                .lines()
                .zip(actual.lines())
                .all(|(e, a)| common::same_line(e, a));
        if !same {
            let _ = std::fs::write(std::env::temp_dir().join("javap-expected.txt"), &expected);
            let _ = std::fs::write(std::env::temp_dir().join("rjavap-actual.txt"), &actual);
            let first = expected
                .lines()
                .zip(actual.lines())
                .position(|(a, b)| !common::same_line(a, b))
                .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
            let context = |text: &str| {
                text.lines()
                    .skip(first.saturating_sub(5))
                    .take(10)
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            panic!(
                "rjavap differs from javap at output line {}:\n--- javap\n{}\n--- rjavap\n{}",
                first + 1,
                context(&expected),
                context(&actual)
            );
        }
    }
}

#[test]
fn rjavap_matches_javap_on_testdata() {
    if common::jdk_tool("javap").is_none() {
        common::skip("rjavap_matches_javap_on_testdata");
        return;
    }
    let files: Vec<PathBuf> = common::class_files(&common::testdata())
        .into_iter()
        .filter(|p| !p.components().any(|c| c.as_os_str() == "bad"))
        .collect();
    assert!(!files.is_empty());
    compare(&files);
}

#[test]
fn rjavap_matches_javap_on_jdk_classes() {
    let Some(dir) = common::jdk_classes() else {
        common::skip("rjavap_matches_javap_on_jdk_classes");
        return;
    };
    // Every 40th class of every module: several hundred classes of all kinds.
    let files: Vec<PathBuf> = common::class_files(&dir)
        .into_iter()
        .filter(|p| !p.ends_with("module-info.class"))
        .step_by(40)
        .collect();
    assert!(files.len() > 300, "{} classes", files.len());
    compare(&files);
}
