//! `rjavap -c -p` on every testdata program equals the `javap -c -p` output that
//! testdata/regen.sh recorded (`expected.javap`), so the disassembler is tested on
//! machines without a JDK too.

mod common;

#[test]
fn rjavap_matches_recorded_javap() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for group in ["programs", "bench"] {
        let Ok(entries) = std::fs::read_dir(common::testdata().join(group)) else {
            continue;
        };
        let mut dirs: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        for dir in dirs {
            let Ok(expected) = std::fs::read_to_string(dir.join("expected.javap")) else {
                continue;
            };
            let mut classes: Vec<String> = common::class_files(&dir)
                .iter()
                .map(|p| p.display().to_string())
                .collect();
            // regen.sh lists class files sorted by name, byte-wise.
            classes.sort_by(|a, b| a.rsplit('/').next().cmp(&b.rsplit('/').next()));
            let mut args = vec!["-c".to_string(), "-p".to_string()];
            args.extend(classes);
            let (mut out, mut err) = (Vec::new(), Vec::new());
            rjava::rjavap::run(&args, &mut out, &mut err);
            let actual = String::from_utf8_lossy(&out);
            if !common::same_disassembly(&expected, &actual) {
                failures.push(dir.display().to_string());
            }
            checked += 1;
        }
    }
    assert!(checked >= 60, "only {checked} programs have expected.javap");
    assert!(
        failures.is_empty(),
        "rjavap differs from the recorded javap output for: {failures:?}"
    );
}
