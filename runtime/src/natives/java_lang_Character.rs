//! `java.lang.Character`'s Unicode queries beyond ASCII (the class library answers
//! ASCII itself), from Rust's Unicode tables. Rust does not expose the general
//! category, so `getType0` derives it from the properties it has: exact for letters,
//! digits, spaces and controls, approximate among symbols and punctuation.

use super::{arg_int, int};
use crate::native::NativeRegistry;
use crate::thread::{Thread, Thrown};

pub fn register(r: &mut NativeRegistry) {
    let c = "java/lang/Character";
    r.register(c, "isAlphabetic0", "(I)Z", |_, a| {
        flag(a, char::is_alphabetic)
    });
    r.register(c, "isIdeographic0", "(I)Z", |_, a| flag(a, is_ideographic));
    r.register(c, "isLowerCase0", "(I)Z", |_, a| {
        flag(a, char::is_lowercase)
    });
    r.register(c, "isUpperCase0", "(I)Z", |_, a| {
        flag(a, char::is_uppercase)
    });
    r.register(c, "getType0", "(I)I", get_type);
    r.register(c, "numericValue0", "(I)I", numeric_value);
    r.register(c, "toLowerCase0", "(I)I", |_, a| {
        map(a, |c| single(c.to_lowercase()))
    });
    r.register(c, "toUpperCase0", "(I)I", |_, a| {
        map(a, |c| single(c.to_uppercase()))
    });
}

fn char_arg(args: &[u64]) -> Option<char> {
    char::from_u32(arg_int(args, 0) as u32)
}

fn flag(args: &[u64], f: fn(char) -> bool) -> Result<u64, Thrown> {
    int(i32::from(char_arg(args).is_some_and(f)))
}

fn is_ideographic(c: char) -> bool {
    matches!(c as u32, 0x3006 | 0x3007 | 0x3021..=0x3029 | 0x3038..=0x303a | 0x3400..=0x4dbf | 0x4e00..=0x9fff
        | 0xf900..=0xfaff | 0x20000..=0x3134f)
}

/// A case mapping that Character (unlike String) applies only when it is one char.
fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
    let first = it.next()?;
    it.next().is_none().then_some(first)
}

fn map(args: &[u64], f: fn(char) -> Option<char>) -> Result<u64, Thrown> {
    let cp = arg_int(args, 0);
    int(char_arg(args).and_then(f).map_or(cp, |c| c as i32))
}

fn get_type(_: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let Some(c) = char_arg(args) else {
        return int(19);
    }; // SURROGATE
    let t = if c.is_alphabetic() && c.is_numeric() {
        10 // LETTER_NUMBER (Nl): Roman numerals and the like
    } else if c.is_uppercase() {
        1
    } else if c.is_lowercase() {
        2
    } else if c.is_alphabetic() {
        5
    } else if c.is_numeric() {
        if c.is_ascii_digit() || numeric(c).is_some() {
            9
        } else {
            11
        }
    } else if c == '\u{2028}' {
        13
    } else if c == '\u{2029}' {
        14
    } else if c.is_whitespace() {
        12
    } else if c.is_control() {
        15
    } else if matches!(c as u32, 0xe000..=0xf8ff | 0xf0000..=0x10ffff) {
        18
    } else if matches!(c as u32, 0x20a0..=0x20cf) {
        26
    } else if matches!(c as u32, 0x2200..=0x22ff) {
        25
    } else {
        24
    };
    int(t)
}

/// Decimal digit value for Unicode digit blocks (each block is 10 consecutive code points).
fn numeric(c: char) -> Option<i32> {
    const ZEROS: [u32; 12] = [
        0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xff10,
    ];
    let cp = c as u32;
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&cp))
        .map(|z| (cp - z) as i32)
}

fn numeric_value(_: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    int(char_arg(args).and_then(numeric).unwrap_or(-1))
}
