//! Every hand-made malformed class in testdata/bad is rejected with exactly the error
//! recorded next to it (`NAME.expected`, written by testdata/bad/generate.py).

use std::path::Path;

use rjava_classfile::ClassFile;

#[test]
fn each_bad_class_gives_its_error() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/bad");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "class"))
        .collect();
    names.sort();
    assert!(names.len() >= 20, "only {} bad classes", names.len());
    let mut mismatches = Vec::new();
    for path in &names {
        let bytes = std::fs::read(path).unwrap();
        let expected = std::fs::read_to_string(path.with_extension("expected")).unwrap();
        let actual = match ClassFile::parse(&bytes) {
            Ok(_) => "parsed without an error".to_string(),
            Err(e) => e.to_string(),
        };
        if actual != expected.trim_end() {
            mismatches.push(format!(
                "{}:\n  expected: {}\n  actual:   {actual}",
                path.file_name().unwrap().to_string_lossy(),
                expected.trim_end()
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
