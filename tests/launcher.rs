//! The `rjava` launcher's command line, class path set-up and main-class checks,
//! driven in-process on testdata classes (no JDK needed).

mod common;

fn run(args: &[&str]) -> (i32, String, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = rjava::launcher::run(&args, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

fn hello_dir() -> String {
    common::testdata()
        .join("programs/Hello")
        .display()
        .to_string()
}

#[test]
fn dry_run_loads_and_checks_main() {
    let file = format!("{}/Hello.class", hello_dir());
    assert_eq!(
        run(&["--dry-run", &file]),
        (0, String::new(), String::new())
    );
    assert_eq!(run(&["--dry-run", "-cp", &hello_dir(), "Hello"]).0, 0);
}

#[test]
fn missing_main_class_reads_like_java() {
    let (code, _, err) = run(&["-cp", &hello_dir(), "no.such.Main"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "Error: Could not find or load main class no.such.Main\nCaused by: java.lang.ClassNotFoundException: no.such.Main\n"
    );
}

#[test]
fn class_without_main_reads_like_java() {
    // A nested class of a testdata program that has no main method.
    let dir = common::testdata().join("programs/InnerClasses");
    let inner = common::class_files(&dir)
        .into_iter()
        .find(|p| p.file_name().unwrap().to_string_lossy().contains('$'))
        .expect("an inner class");
    let name = inner.file_stem().unwrap().to_string_lossy().to_string();
    let (code, _, err) = run(&["-cp", &dir.display().to_string(), &name]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with(&format!(
            "Error: Main method not found in class {name}, please define"
        )),
        "{err}"
    );
}

#[test]
fn malformed_main_class_is_a_linkage_error() {
    let file = common::testdata()
        .join("bad/BadOpcode.class")
        .display()
        .to_string();
    let (code, _, err) = run(&[&file]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("Error: LinkageError occurred while loading main class"),
        "{err}"
    );
    assert!(
        err.contains("java.lang.ClassFormatError: Illegal opcode 203"),
        "{err}"
    );
}

#[test]
fn jar_errors_read_like_java() {
    assert_eq!(
        run(&["-jar", "/no/such.jar"]).2,
        "Error: Unable to access jarfile /no/such.jar\n"
    );
    let not_a_jar = common::testdata()
        .join("programs/Hello/Hello.java")
        .display()
        .to_string();
    assert_eq!(
        run(&["-jar", &not_a_jar]).2,
        format!("Error: Invalid or corrupt jarfile {not_a_jar}\n")
    );
}

#[test]
fn version_and_help_go_where_java_sends_them() {
    let (code, out, err) = run(&["-version"]);
    assert_eq!((code, out.is_empty()), (0, true));
    assert!(err.starts_with("rjava version"));
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Usage: rjava"));
}

#[test]
fn heap_size_errors_read_like_java() {
    let (code, _, err) = run(&["-Xmxlots", "-cp", &hello_dir(), "Hello"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("Invalid maximum heap size: -Xmxlots\n"),
        "{err}"
    );
    let (code, _, err) = run(&["-Xms1x", "-cp", &hello_dir(), "Hello"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("Invalid initial heap size: -Xms1x\n"),
        "{err}"
    );
    let (code, _, err) = run(&["-Xmx1m", "-cp", &hello_dir(), "Hello"]);
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "Error occurred during initialization of VM\nToo small maximum heap\n"
        )
    );
    let (code, _, err) = run(&["-Xms64m", "-Xmx16m", "-cp", &hello_dir(), "Hello"]);
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "Error occurred during initialization of VM\nInitial heap size set to a larger value than the maximum heap size\n"
        )
    );
}

/// `-verbose:gc` prints unified-logging lines on stdout, in order with the program's
/// output: the collector's name first, then one line per collection.
#[test]
fn verbose_gc_logs_each_collection() {
    let dir = common::testdata().join("programs/GcSurvivors");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_rjava"))
        .args(["-verbose:gc", "-Xmx16m", "-cp"])
        .arg(&dir)
        .arg("GcSurvivors")
        .output()
        .expect("run rjava");
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let log: Vec<&str> = stdout.lines().filter(|l| l.starts_with('[')).collect();
    assert!(log[0].ends_with("[info][gc] Using Mark Sweep"), "{stdout}");
    let pauses: Vec<&&str> = log
        .iter()
        .filter(|l| l.contains("Pause Full (System.gc())"))
        .collect();
    assert_eq!(pauses.len(), 20, "{stdout}");
    for line in pauses {
        // [0.123s][info][gc] GC(3) Pause Full (System.gc()) 4M->1M(8M) 1.234ms
        let (stamp, rest) = line.split_once("][info][gc] GC(").expect("prefix");
        assert!(stamp.starts_with('[') && stamp.ends_with('s'), "{line}");
        let sizes = rest.split(") ").nth(2).expect("sizes");
        let (before, after) = sizes.split_once("->").expect("arrow");
        assert!(before.ends_with('M') && after.contains("M("), "{line}");
        assert!(line.ends_with("ms"), "{line}");
    }
    // The program's own lines are all there after the log lines interleaved.
    let program: Vec<&str> = stdout.lines().filter(|l| !l.starts_with('[')).collect();
    let expected = std::fs::read_to_string(dir.join("expected.stdout")).unwrap();
    assert_eq!(program, expected.lines().collect::<Vec<_>>());
}
