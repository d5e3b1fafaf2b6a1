//! The embedded class library: every class parses, and it is self-contained (no
//! class refers to a class the library does not define, apart from the bootstrap
//! owners of invokedynamic, which the VM links itself).

use std::collections::BTreeSet;
use std::io::{Cursor, Read};

use rjava_classfile::{ClassFile, Constant};

fn classes() -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(rjava_runtime::library::CLASS_LIBRARY))
        .expect("library is a jar");
    let mut out = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("entry");
        let name = entry.name().expect("entry name").to_string();
        if let Some(class) = name.strip_suffix(".class") {
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).expect("read entry");
            out.push((class.to_string(), bytes));
        }
    }
    out
}

#[test]
fn library_classes_parse_and_are_self_contained() {
    let classes = classes();
    assert!(classes.len() > 50, "only {} classes", classes.len());
    let defined: BTreeSet<&str> = classes.iter().map(|(n, _)| n.as_str()).collect();
    for required in [
        "java/lang/Object",
        "java/lang/String",
        "java/lang/System",
        "java/lang/Throwable",
        "java/io/PrintStream",
    ] {
        assert!(defined.contains(required), "{required} is missing");
    }
    let mut missing = BTreeSet::new();
    for (name, bytes) in &classes {
        let class = ClassFile::parse(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(&class.name, name);
        for (_, c) in class.constant_pool.iter() {
            if let Constant::Class { name_index } = c {
                let mut referenced = class.constant_pool.utf8(*name_index).unwrap();
                referenced = referenced.trim_start_matches('[');
                if let Some(inner) = referenced.strip_prefix('L') {
                    referenced = inner.trim_end_matches(';');
                } else if referenced.len() == 1 {
                    continue; // primitive array
                }
                if !defined.contains(referenced) && !referenced.starts_with("java/lang/invoke/") {
                    missing.insert(format!("{referenced} (from {name})"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "referenced but not in the library: {missing:?}"
    );
}

/// With a JDK installed, rebuilding the library from its sources gives exactly the
/// committed classlib.jar (build.sh is deterministic), so the two cannot drift.
#[test]
fn committed_library_matches_its_sources() {
    let has = |tool: &str| {
        std::process::Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !(has("javac") && has("jar") && has("java")) {
        eprintln!("SKIPPED committed_library_matches_its_sources: no JDK on PATH");
        return;
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("classlib");
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("classlib-rebuilt.jar");
    let status = std::process::Command::new("bash")
        .arg(dir.join("build.sh"))
        .arg(&out)
        .status()
        .expect("run build.sh");
    assert!(status.success(), "build.sh failed");
    let rebuilt = std::fs::read(&out).unwrap();
    assert!(
        rebuilt == rjava_runtime::library::CLASS_LIBRARY,
        "runtime/classlib/classlib.jar is stale: run runtime/classlib/build.sh and commit it"
    );
}
