//! Modified UTF-8 (JVM spec §4.4.7), the encoding of `CONSTANT_Utf8` entries.
//!
//! It differs from UTF-8 in two ways: NUL is the two-byte form `C0 80`, and a
//! supplementary character is two three-byte surrogates. Java strings are UTF-16, and
//! a constant may hold a lone surrogate, which a Rust `String` cannot; such constants
//! keep their UTF-16 units beside a lossy `String`.

use std::fmt;

/// A decoded `CONSTANT_Utf8`.
#[derive(Clone, PartialEq, Eq)]
pub struct JavaStr {
    text: Box<str>,
    /// Present only when `text` cannot represent the constant exactly (lone surrogates).
    utf16: Option<Box<[u16]>>,
}

impl JavaStr {
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// True when the constant holds unpaired surrogates that `as_str` replaced.
    pub fn is_lossy(&self) -> bool {
        self.utf16.is_some()
    }

    /// The text with each unpaired surrogate shown as `replacement` (javap shows `?`,
    /// as Java's encoders do).
    pub fn replacing_lone_surrogates(&self, replacement: char) -> String {
        match &self.utf16 {
            None => self.text.to_string(),
            Some(units) => char::decode_utf16(units.iter().copied())
                .map(|c| c.unwrap_or(replacement))
                .collect(),
        }
    }

    /// The UTF-16 code units of the constant, exactly as Java sees them.
    pub fn to_utf16(&self) -> Vec<u16> {
        match &self.utf16 {
            Some(units) => units.to_vec(),
            None => self.text.encode_utf16().collect(),
        }
    }
}

impl From<&str> for JavaStr {
    fn from(s: &str) -> Self {
        JavaStr {
            text: s.into(),
            utf16: None,
        }
    }
}

impl fmt::Debug for JavaStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.text, f)
    }
}

impl fmt::Display for JavaStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Decodes modified UTF-8; `None` if the bytes are not well formed.
pub fn decode(bytes: &[u8]) -> Option<JavaStr> {
    // Fast path: pure ASCII without NUL is the same in both encodings.
    if bytes.iter().all(|&b| b != 0 && b < 0x80) {
        // ASCII is valid UTF-8.
        let text = std::str::from_utf8(bytes).ok()?;
        return Some(JavaStr::from(text));
    }
    let units = decode_utf16_units(bytes)?;
    let mut text = String::with_capacity(units.len());
    let mut lossy = false;
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok(c) => text.push(c),
            Err(_) => {
                lossy = true;
                text.push(char::REPLACEMENT_CHARACTER);
            }
        }
    }
    let utf16 = lossy.then(|| units.into_boxed_slice());
    Some(JavaStr {
        text: text.into(),
        utf16,
    })
}

fn decode_utf16_units(bytes: &[u8]) -> Option<Vec<u16>> {
    let mut units = Vec::with_capacity(bytes.len());
    let mut i = 0;
    let cont = |b: u8| (b & 0xc0 == 0x80).then_some((b & 0x3f) as u16);
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            0x01..=0x7f => {
                units.push(b as u16);
                i += 1;
            }
            0xc0..=0xdf => {
                let b2 = cont(*bytes.get(i + 1)?)?;
                units.push(((b as u16 & 0x1f) << 6) | b2);
                i += 2;
            }
            0xe0..=0xef => {
                let b2 = cont(*bytes.get(i + 1)?)?;
                let b3 = cont(*bytes.get(i + 2)?)?;
                units.push(((b as u16 & 0x0f) << 12) | (b2 << 6) | b3);
                i += 3;
            }
            // 0x00, stray continuation bytes and 4-byte forms are not modified UTF-8.
            _ => return None,
        }
    }
    Some(units)
}

/// Encodes UTF-16 units as modified UTF-8 (used by tests and by class-file writers).
pub fn encode(units: &[u16]) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len());
    for &u in units {
        match u {
            0x0001..=0x007f => out.push(u as u8),
            0x0000 | 0x0080..=0x07ff => {
                out.push(0xc0 | (u >> 6) as u8);
                out.push(0x80 | (u & 0x3f) as u8);
            }
            _ => {
                out.push(0xe0 | (u >> 12) as u8);
                out.push(0x80 | ((u >> 6) & 0x3f) as u8);
                out.push(0x80 | (u & 0x3f) as u8);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_round_trips() {
        assert_eq!(
            decode(b"java/lang/Object").unwrap().as_str(),
            "java/lang/Object"
        );
    }

    #[test]
    fn nul_is_two_bytes() {
        assert_eq!(decode(&[0x61, 0xc0, 0x80]).unwrap().as_str(), "a\0");
        assert!(decode(&[0x61, 0x00]).is_none());
    }

    #[test]
    fn supplementary_characters_are_surrogate_pairs() {
        let units: Vec<u16> = "x😀".encode_utf16().collect();
        let bytes = encode(&units);
        assert_eq!(bytes.len(), 1 + 6);
        let s = decode(&bytes).unwrap();
        assert_eq!(s.as_str(), "x😀");
        assert!(!s.is_lossy());
        assert_eq!(s.to_utf16(), units);
    }

    #[test]
    fn lone_surrogate_keeps_its_units() {
        let units = [0x41, 0xd800, 0x42];
        let s = decode(&encode(&units)).unwrap();
        assert!(s.is_lossy());
        assert_eq!(s.to_utf16(), units);
        assert_eq!(s.as_str(), "A\u{fffd}B");
        assert_eq!(s.replacing_lone_surrogates('?'), "A?B");
    }

    #[test]
    fn malformed_sequences_are_rejected() {
        assert!(decode(&[0xe0, 0x80]).is_none());
        assert!(decode(&[0x80]).is_none());
        assert!(decode(&[0xf0, 0x9f, 0x98, 0x80]).is_none());
        assert!(decode(&[0xc3, 0x41]).is_none());
    }
}
