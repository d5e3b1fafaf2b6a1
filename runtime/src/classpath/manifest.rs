//! The main section of a jar manifest (`META-INF/MANIFEST.MF`).
//!
//! The format is the jar specification's own: `Name: value` lines, where a line that
//! starts with a space continues the previous one; sections are separated by blank lines.

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Manifest {
    main: Vec<(String, String)>,
}

impl Manifest {
    pub fn parse(text: &str) -> Manifest {
        let mut main: Vec<(String, String)> = Vec::new();
        for line in text.lines() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.is_empty() {
                break; // end of the main section
            }
            if let Some(cont) = line.strip_prefix(' ') {
                if let Some(last) = main.last_mut() {
                    last.1.push_str(cont);
                }
            } else if let Some((k, v)) = line.split_once(':') {
                main.push((k.trim().to_string(), v.trim_start().to_string()));
            }
        }
        Manifest { main }
    }

    /// A main-section attribute; names are case-insensitive.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.main
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim_end())
    }

    pub fn main_class(&self) -> Option<&str> {
        self.get("Main-Class").filter(|s| !s.is_empty())
    }

    /// The `Class-Path` attribute's space-separated relative URLs.
    pub fn class_path(&self) -> Vec<&str> {
        self.get("Class-Path")
            .map(|s| s.split_whitespace().collect())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_main_class_with_continuation_lines() {
        let m = Manifest::parse(
            "Manifest-Version: 1.0\r\nMain-Class: com.example.VeryLong\r\n Name\r\nClass-Path: a.jar b.jar\r\n\r\nName: x\r\nMain-Class: no\r\n",
        );
        assert_eq!(m.main_class(), Some("com.example.VeryLongName"));
        assert_eq!(m.class_path(), ["a.jar", "b.jar"]);
        assert_eq!(
            Manifest::parse("Manifest-Version: 1.0\n").main_class(),
            None
        );
    }
}
