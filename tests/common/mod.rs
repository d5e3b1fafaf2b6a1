//! Helpers shared by the integration tests: the testdata layout and the optional JDK.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn testdata() -> PathBuf {
    repo_root().join("testdata")
}

/// All `.class` files under `dir`, sorted.
pub fn class_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "class") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The installed JDK's home, if `java` is on PATH (or JAVA_HOME is set).
pub fn java_home() -> Option<PathBuf> {
    static HOME: OnceLock<Option<PathBuf>> = OnceLock::new();
    HOME.get_or_init(|| {
        if let Some(h) = std::env::var_os("JAVA_HOME").map(PathBuf::from)
            && h.join("bin/java").exists()
        {
            return Some(h);
        }
        let out = Command::new("sh")
            .args(["-c", "command -v java"])
            .output()
            .ok()?;
        let java = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
        let java = std::fs::canonicalize(java).ok()?;
        let home = java.parent()?.parent()?.to_path_buf();
        home.join("lib/modules").exists().then_some(home)
    })
    .clone()
}

/// A JDK tool (`javap`, `jimage`) from the installed JDK.
pub fn jdk_tool(name: &str) -> Option<PathBuf> {
    let p = java_home()?.join("bin").join(name);
    p.exists().then_some(p)
}

/// Prints why a JDK-dependent test does nothing here.
pub fn skip(test: &str) {
    eprintln!("SKIPPED {test}: no JDK found (set JAVA_HOME or put java on PATH)");
}

/// The JDK's own class files, extracted once with `jimage` into the target directory.
pub fn jdk_classes() -> Option<PathBuf> {
    let jimage = jdk_tool("jimage")?;
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("jdk-classes");
    let done = dir.join(".extracted");
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        let modules = java_home()?.join("lib/modules");
        let status = Command::new(jimage)
            .arg("extract")
            .arg("--dir")
            .arg(&dir)
            .arg(modules)
            .status()
            .ok()?;
        assert!(status.success(), "jimage extract failed");
        std::fs::write(&done, "").ok()?;
    }
    Some(dir)
}

/// JDK 17's `Float.toString`/`Double.toString` sometimes print more digits than the
/// shortest that round-trip (fixed in JDK 19); rjava prints the shortest, as DESIGN.md
/// says. Two lines that differ only in such a constant's digits are the same value.
pub fn same_line(expected: &str, actual: &str) -> bool {
    if expected == actual {
        return true;
    }
    let split = |line: &str| -> Option<(String, char, String)> {
        let (head, value) = line.rsplit_once(' ')?;
        let suffix = value.chars().last()?;
        matches!(suffix, 'f' | 'd').then(|| {
            (
                head.to_string(),
                suffix,
                value[..value.len() - 1].to_string(),
            )
        })
    };
    let (Some((h1, s1, v1)), Some((h2, s2, v2))) = (split(expected), split(actual)) else {
        return false;
    };
    let same_value = match s1 {
        'f' => v1
            .parse::<f32>()
            .ok()
            .zip(v2.parse::<f32>().ok())
            .is_some_and(|(a, b)| a.to_bits() == b.to_bits()),
        _ => v1
            .parse::<f64>()
            .ok()
            .zip(v2.parse::<f64>().ok())
            .is_some_and(|(a, b)| a.to_bits() == b.to_bits()),
    };
    h1 == h2 && s1 == s2 && same_value
}

/// Whether two disassemblies are the same, line by line, up to `same_line`.
pub fn same_disassembly(expected: &str, actual: &str) -> bool {
    expected.lines().count() == actual.lines().count()
        && expected
            .lines()
            .zip(actual.lines())
            .all(|(e, a)| same_line(e, a))
}
