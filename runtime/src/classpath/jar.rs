//! Jar files as class path entries, read with the `zip` crate.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::{ClassBytes, ClassPathError, Manifest};

/// Entries larger than this are refused rather than read into memory: no class file
/// or manifest comes near it, and a hostile jar may claim any size.
const MAX_ENTRY_SIZE: u64 = 256 << 20;

pub struct Jar {
    path: PathBuf,
    /// `ZipArchive` needs `&mut` to read an entry.
    archive: Mutex<zip::ZipArchive<File>>,
}

impl Jar {
    pub fn open(path: &Path) -> Result<Jar, String> {
        let file = File::open(path).map_err(|e| e.to_string())?;
        let archive = zip::ZipArchive::new(file).map_err(|e| e.to_string())?;
        Ok(Jar {
            path: path.to_path_buf(),
            archive: Mutex::new(archive),
        })
    }

    fn corrupt(&self, reason: impl ToString) -> ClassPathError {
        ClassPathError::CorruptJar {
            path: self.path.display().to_string(),
            reason: reason.to_string(),
        }
    }

    /// Reads an entry by its path inside the jar; `None` if there is no such entry.
    pub fn read_entry(&self, entry: &str) -> Result<Option<Vec<u8>>, ClassPathError> {
        let mut archive = self.archive.lock().unwrap_or_else(|e| e.into_inner());
        let mut file = match archive.by_name(entry) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(self.corrupt(e)),
        };
        if file.size() > MAX_ENTRY_SIZE {
            return Err(self.corrupt(format!("entry {entry} is too large")));
        }
        let mut bytes = Vec::with_capacity(file.size() as usize);
        file.by_ref()
            .take(MAX_ENTRY_SIZE + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| self.corrupt(e))?;
        Ok(Some(bytes))
    }

    pub(super) fn read(&self, entry: &str) -> Result<Option<ClassBytes>, ClassPathError> {
        let Some(bytes) = self.read_entry(entry)? else {
            return Ok(None);
        };
        let abs = std::fs::canonicalize(&self.path).unwrap_or_else(|_| self.path.clone());
        let modified = std::fs::metadata(&self.path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|d| d.as_secs());
        Ok(Some(ClassBytes {
            bytes,
            location: format!("jar:file:{}!/{entry}", abs.display()),
            modified,
        }))
    }

    /// The jar's manifest, if it has one.
    pub fn manifest(&self) -> Result<Option<Manifest>, ClassPathError> {
        let Some(bytes) = self.read_entry("META-INF/MANIFEST.MF")? else {
            return Ok(None);
        };
        Ok(Some(Manifest::parse(&String::from_utf8_lossy(&bytes))))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}
