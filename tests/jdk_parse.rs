//! Parses every class of the installed JDK (all modules) with the class-file parser.
//! Skipped when no JDK is installed. Run in release mode with `--nocapture` for the
//! throughput figure.

mod common;

use std::time::Instant;

use rjava_classfile::{ClassFile, MethodDescriptor, ReferenceMap};

#[test]
fn every_jdk_class_parses() {
    let Some(dir) = common::jdk_classes() else {
        common::skip("every_jdk_class_parses");
        return;
    };
    let files = common::class_files(&dir);
    assert!(
        files.len() > 10_000,
        "only {} classes extracted",
        files.len()
    );
    let data: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    let bytes: usize = data.iter().map(Vec::len).sum();
    let start = Instant::now();
    let mut failures = Vec::new();
    for (file, bytes) in files.iter().zip(&data) {
        if let Err(e) = ClassFile::parse(bytes) {
            failures.push(format!("{}: {e}", file.display()));
        }
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "parsed {} JDK classes ({:.1} MB) in {:.3} s: {:.0} MB/s",
        files.len(),
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

/// Computes the collector's reference maps for every method of a sample of JDK
/// classes (every 10th): real javac output of all ages must analyse without error.
#[test]
fn jdk_methods_get_reference_maps() {
    let Some(dir) = common::jdk_classes() else {
        common::skip("jdk_methods_get_reference_maps");
        return;
    };
    let mut failures = Vec::new();
    let mut methods = 0;
    for file in common::class_files(&dir).iter().step_by(10) {
        let Ok(class) = ClassFile::parse(&std::fs::read(file).unwrap()) else {
            continue;
        };
        for m in &class.methods {
            let (Some(code), Some(desc)) = (m.code(), MethodDescriptor::parse(&m.descriptor))
            else {
                continue;
            };
            methods += 1;
            if let Err(e) = ReferenceMap::compute(&class.constant_pool, code, m.is_static(), &desc)
            {
                failures.push(format!("{}.{}{}: {e}", class.name, m.name, m.descriptor));
            }
        }
    }
    eprintln!("reference maps for {methods} JDK methods");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}
