//! The class path: where class files come from.
//!
//! Entries are directories and jar files, separated by `:` as on the `java` command
//! line, and searched in order for a class by its binary name (`java/util/ArrayList`).
//! Like `java`, an entry that does not exist is skipped; a jar that exists but cannot
//! be read is an error naming the jar, so a corrupt jar is never silently ignored.

mod jar;
mod manifest;

use std::path::{Path, PathBuf};

use rjava_classfile::{ClassFile, FormatError};
use thiserror::Error;

pub use jar::Jar;
pub use manifest::Manifest;

#[derive(Debug, Error)]
pub enum ClassPathError {
    #[error("{0}")]
    NotFound(String),
    #[error("Invalid or corrupt jarfile {path}: {reason}")]
    CorruptJar { path: String, reason: String },
    #[error("{name}: {source}")]
    Format { name: String, source: FormatError },
    #[error("{requested} (wrong name: {found})")]
    WrongName { requested: String, found: String },
    #[error("error reading {path}: {reason}")]
    Io { path: String, reason: String },
}

/// The bytes of a class file and where they were found.
#[derive(Debug, Clone)]
pub struct ClassBytes {
    pub bytes: Vec<u8>,
    /// A file path, or `jar:file:/app.jar!/p/C.class` for jar entries.
    pub location: String,
    /// The file's modification time, when known (seconds since the Unix epoch).
    pub modified: Option<u64>,
}

enum Entry {
    Dir(PathBuf),
    Jar(Jar),
    /// A jar that failed to open; reported when a lookup reaches it.
    Broken {
        path: String,
        reason: String,
    },
}

#[derive(Default)]
pub struct ClassPath {
    entries: Vec<Entry>,
}

impl ClassPath {
    /// Parses a `:`-separated class path. Empty elements mean the current directory,
    /// as with `java`.
    pub fn parse(spec: &str) -> ClassPath {
        let mut cp = ClassPath::default();
        for part in spec.split(':') {
            cp.push(Path::new(if part.is_empty() { "." } else { part }));
        }
        cp
    }

    /// Appends an entry; paths that do not exist are ignored.
    pub fn push(&mut self, path: &Path) {
        if path.is_dir() {
            self.entries.push(Entry::Dir(path.to_path_buf()));
        } else if path.is_file() {
            match Jar::open(path) {
                Ok(jar) => self.entries.push(Entry::Jar(jar)),
                Err(reason) => self.entries.push(Entry::Broken {
                    path: path.display().to_string(),
                    reason,
                }),
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The class file for a binary name in internal form (`p/q/Name`).
    pub fn find(&self, name: &str) -> Result<ClassBytes, ClassPathError> {
        let relative = format!("{name}.class");
        for entry in &self.entries {
            match entry {
                Entry::Dir(dir) => {
                    let path = dir.join(&relative);
                    if path.is_file() {
                        return read_file(&path);
                    }
                }
                Entry::Jar(jar) => {
                    if let Some(found) = jar.read(&relative)? {
                        return Ok(found);
                    }
                }
                Entry::Broken { path, reason } => {
                    return Err(ClassPathError::CorruptJar {
                        path: path.clone(),
                        reason: reason.clone(),
                    });
                }
            }
        }
        Err(ClassPathError::NotFound(name.to_string()))
    }

    /// Finds, parses and checks a class, which must declare the name it was asked for.
    pub fn load(&self, name: &str) -> Result<(ClassFile, ClassBytes), ClassPathError> {
        let found = self.find(name)?;
        let class = parse_named(&found.bytes, name)?;
        Ok((class, found))
    }
}

/// Parses class bytes that are expected to define `name`.
pub fn parse_named(bytes: &[u8], name: &str) -> Result<ClassFile, ClassPathError> {
    let class = ClassFile::parse(bytes).map_err(|source| ClassPathError::Format {
        name: name.to_string(),
        source,
    })?;
    if class.name != name {
        return Err(ClassPathError::WrongName {
            requested: name.to_string(),
            found: class.name.clone(),
        });
    }
    Ok(class)
}

/// Reads a class file from disk.
pub fn read_file(path: &Path) -> Result<ClassBytes, ClassPathError> {
    let io = |e: std::io::Error| ClassPathError::Io {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    let bytes = std::fs::read(path).map_err(io)?;
    let modified = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_secs());
    let location = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    Ok(ClassBytes {
        bytes,
        location: location.display().to_string(),
        modified,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_entries_are_skipped_and_missing_classes_named() {
        let cp = ClassPath::parse("/no/such/dir:/no/such.jar");
        assert!(cp.is_empty());
        let err = cp.find("p/Missing").unwrap_err();
        assert!(matches!(err, ClassPathError::NotFound(ref n) if n == "p/Missing"));
    }

    #[test]
    fn corrupt_jar_is_reported_by_name() {
        let dir = std::env::temp_dir().join(format!("rjava-cp-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let jar = dir.join("bad.jar");
        std::fs::write(&jar, b"this is not a zip file").unwrap();
        let cp = ClassPath::parse(jar.to_str().unwrap());
        let err = cp.find("Main").unwrap_err();
        assert!(
            err.to_string().starts_with("Invalid or corrupt jarfile"),
            "{err}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
