//! `java.lang.Character`'s Unicode queries beyond ASCII (the class library answers
//! ASCII itself). Case mappings and the alphabetic/case properties come from Rust's
//! Unicode tables; the general category and numeric values, which Rust does not
//! expose, from `unicode_tables.rs` (generated from the Unicode 13.0 database that
//! JDK 17 implements, by runtime/classlib/tools/UnicodeTables.java).

use super::unicode_tables;
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
    int(category(arg_int(args, 0)))
}

/// `Character.getType` of a code point (0, UNASSIGNED, outside the code space).
fn category(cp: i32) -> i32 {
    let Ok(cp) = u32::try_from(cp) else { return 0 };
    if cp > 0x10_ffff {
        return 0;
    }
    let runs = &unicode_tables::CATEGORY_RUNS;
    let i = runs.partition_point(|&(start, _)| start <= cp);
    runs.get(i.wrapping_sub(1)).map_or(0, |&(_, t)| t as i32)
}

/// `Character.getNumericValue`: -1 without one, -2 when it is not a non-negative integer.
fn numeric(cp: i32) -> i32 {
    let Ok(cp) = u32::try_from(cp) else { return -1 };
    let runs = &unicode_tables::NUMERIC_RUNS;
    let i = runs.partition_point(|&(first, _, _, _)| first <= cp);
    match runs.get(i.wrapping_sub(1)) {
        Some(&(first, last, value, step)) if cp <= last => {
            value + (cp - first) as i32 * step as i32
        }
        _ => -1,
    }
}

fn numeric_value(_: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    int(numeric(arg_int(args, 0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_and_numeric_values_follow_unicode() {
        assert_eq!(category('A' as i32), 1);
        assert_eq!(category('a' as i32), 2);
        assert_eq!(category(0xbd), 11); // ½ OTHER_NUMBER
        assert_eq!(category(0x2167), 10); // Ⅷ LETTER_NUMBER
        assert_eq!(category(0x20ac), 26); // € CURRENCY_SYMBOL
        assert_eq!(category(0xd800), 19); // SURROGATE
        assert_eq!(category(0x110000), 0);
        assert_eq!(numeric('7' as i32), 7);
        assert_eq!(numeric('z' as i32), 35);
        assert_eq!(numeric(0xbd), -2);
        assert_eq!(numeric(0x2167), 8);
        assert_eq!(numeric(0x0669), 9); // ARABIC-INDIC NINE
        assert_eq!(numeric('!' as i32), -1);
        assert_eq!(numeric(-5), -1);
    }
}
