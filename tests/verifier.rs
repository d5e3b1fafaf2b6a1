//! The verifier accepts every class javac wrote: rjava's class library, every
//! testdata program and (when a JDK is installed) every class of java.base. Run in
//! release mode with `--nocapture` for the time it takes.

mod common;

use std::io::Read;
use std::path::Path;
use std::time::Instant;

use rjava_classfile::ClassFile;
use rjava_classfile::verifier::{ClassTable, Error, verify_class};

fn library_classes() -> Vec<ClassFile> {
    let jar = common::repo_root().join("runtime/classlib/classlib.jar");
    let mut archive = zip::ZipArchive::new(std::fs::File::open(jar).unwrap()).unwrap();
    let mut classes = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        if !entry.name().unwrap().ends_with(".class") {
            continue;
        }
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        classes.push(ClassFile::parse(&bytes).unwrap());
    }
    classes
}

fn parse_dir(dir: &Path) -> Vec<ClassFile> {
    common::class_files(dir)
        .iter()
        .map(|f| ClassFile::parse(&std::fs::read(f).unwrap()).unwrap())
        .collect()
}

/// Verifies `classes` against `table`, returning one line per failure.
fn verify_all(classes: &[ClassFile], table: &ClassTable) -> Vec<String> {
    let mut failures = Vec::new();
    for class in classes {
        match verify_class(class, table) {
            Ok(()) => {}
            Err(Error::Verify(e)) => failures.push(format!("{}: {e}", class.name)),
            Err(Error::Load(missing)) => failures.push(format!(
                "{}: needs {missing}, which is not there",
                class.name
            )),
        }
    }
    failures
}

fn report(failures: &[String]) -> String {
    format!(
        "{} failures:\n{}",
        failures.len(),
        failures[..failures.len().min(10)].join("\n")
    )
}

#[test]
fn the_class_library_verifies() {
    let classes = library_classes();
    let mut table = ClassTable::default();
    classes.iter().for_each(|c| table.add(c));
    let start = Instant::now();
    let failures = verify_all(&classes, &table);
    eprintln!(
        "verified {} library classes in {:.3} s",
        classes.len(),
        start.elapsed().as_secs_f64()
    );
    assert!(failures.is_empty(), "{}", report(&failures));
}

#[test]
fn every_testdata_program_verifies() {
    let library = library_classes();
    let mut failures = Vec::new();
    let mut count = 0;
    for group in ["programs", "bench", "linkage"] {
        let Ok(dirs) = std::fs::read_dir(common::testdata().join(group)) else {
            continue;
        };
        for dir in dirs.flatten().map(|d| d.path()).filter(|p| p.is_dir()) {
            let classes = parse_dir(&dir);
            let mut table = ClassTable::default();
            library.iter().chain(&classes).for_each(|c| table.add(c));
            count += classes.len();
            failures.extend(verify_all(&classes, &table));
        }
    }
    assert!(count > 200, "only {count} testdata classes");
    assert!(failures.is_empty(), "{}", report(&failures));
}

#[test]
fn every_class_of_java_base_verifies() {
    let Some(dir) = common::jdk_classes() else {
        common::skip("every_class_of_java_base_verifies");
        return;
    };
    let classes = parse_dir(&dir.join("java.base"));
    assert!(
        classes.len() > 5000,
        "only {} classes in java.base",
        classes.len()
    );
    let mut table = ClassTable::default();
    classes.iter().for_each(|c| table.add(c));
    let start = Instant::now();
    let failures = verify_all(&classes, &table);
    let methods: usize = classes.iter().map(|c| c.methods.len()).sum();
    eprintln!(
        "verified {} java.base classes ({methods} methods) in {:.3} s",
        classes.len(),
        start.elapsed().as_secs_f64()
    );
    assert!(failures.is_empty(), "{}", report(&failures));
}
