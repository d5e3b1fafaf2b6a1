//! `java.lang.Double` and `java.lang.Float`: raw bit conversions, `toString` with
//! Java's shortest-digit layout, and parsing with Java's grammar (leading and
//! trailing whitespace, an optional `f`/`d` suffix, hexadecimal floating literals).

use super::{arg_double, arg_float, arg_int, arg_long, int, long, non_null, reference};
use crate::native::NativeRegistry;
use crate::thread::{Thread, Thrown};

pub fn register(r: &mut NativeRegistry) {
    r.register(
        "java/lang/Double",
        "doubleToRawLongBits",
        "(D)J",
        double_to_raw,
    );
    r.register(
        "java/lang/Double",
        "longBitsToDouble",
        "(J)D",
        long_bits_to_double,
    );
    r.register(
        "java/lang/Double",
        "toString",
        "(D)Ljava/lang/String;",
        double_to_string,
    );
    r.register(
        "java/lang/Double",
        "parseDouble0",
        "(Ljava/lang/String;)D",
        parse_double,
    );
    r.register("java/lang/Float", "floatToRawIntBits", "(F)I", float_to_raw);
    r.register(
        "java/lang/Float",
        "intBitsToFloat",
        "(I)F",
        int_bits_to_float,
    );
    r.register(
        "java/lang/Float",
        "toString",
        "(F)Ljava/lang/String;",
        float_to_string,
    );
    r.register(
        "java/lang/Float",
        "parseFloat0",
        "(Ljava/lang/String;)F",
        parse_float,
    );
}

fn double_to_raw(_: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    long(arg_double(args, 0).to_bits() as i64)
}

fn long_bits_to_double(_: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    Ok(arg_long(args, 0) as u64)
}

fn float_to_raw(_: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    int(arg_float(args, 0).to_bits() as i32)
}

fn int_bits_to_float(_: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    Ok(arg_int(args, 0) as u32 as u64)
}

fn double_to_string(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let s = rjava_classfile::javafmt::double_to_string(arg_double(args, 0));
    reference(Some(crate::string::new_string(thread, &s)?))
}

fn float_to_string(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let s = rjava_classfile::javafmt::float_to_string(arg_float(args, 0));
    reference(Some(crate::string::new_string(thread, &s)?))
}

/// Java's floating-point literal grammar (`Double.valueOf`), decimal forms only for
/// hexadecimal it defers to a small hex parser. `None` is a NumberFormatException.
pub fn parse_java_double(text: &str) -> Option<f64> {
    let t = text.trim_matches(|c: char| c <= ' ');
    let (sign, body) = match t.as_bytes().first()? {
        b'-' => (-1.0, &t[1..]),
        b'+' => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    match body {
        "NaN" => return Some(f64::NAN),
        "Infinity" => return Some(sign * f64::INFINITY),
        _ => {}
    }
    let body = body.strip_suffix(['d', 'D', 'f', 'F']).unwrap_or(body);
    if body.is_empty() {
        return None;
    }
    if let Some(hex) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
        return parse_hex(hex).map(|v| sign * v);
    }
    // Rust's grammar is a superset on the points that matter (it also accepts "inf"
    // and "nan", excluded above by requiring digits).
    let valid = body
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
        && body.bytes().any(|b| b.is_ascii_digit());
    if !valid {
        return None;
    }
    body.parse::<f64>().ok().map(|v| sign * v)
}

fn parse_hex(hex: &str) -> Option<f64> {
    let (mantissa, exp) = hex.split_once(['p', 'P'])?;
    let exp: i32 = exp.parse().ok()?;
    let (int_part, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac.is_empty() {
        return None;
    }
    let mut value = 0f64;
    for c in int_part.chars() {
        value = value * 16.0 + c.to_digit(16)? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in frac.chars() {
        value += c.to_digit(16)? as f64 * scale;
        scale /= 16.0;
    }
    Some(value * 2f64.powi(exp))
}

fn number_format(thread: &mut Thread, text: &str) -> Thrown {
    let msg = if text.trim().is_empty() {
        "empty String".to_string()
    } else if text.matches('.').count() > 1 {
        "multiple points".to_string()
    } else {
        format!("For input string: \"{text}\"")
    };
    thread.throw_new("java/lang/NumberFormatException", Some(&msg))
}

fn parse_double(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let s = non_null(thread, args, 0)?;
    let text = crate::string::to_rust(thread, s);
    match parse_java_double(&text) {
        Some(v) => Ok(v.to_bits()),
        None => Err(number_format(thread, &text)),
    }
}

fn parse_float(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let s = non_null(thread, args, 0)?;
    let text = crate::string::to_rust(thread, s);
    // Parse directly as f32 to round once, as Java does.
    let parsed = parse_java_double(&text).map(|d| {
        let t = text.trim_matches(|c: char| c <= ' ');
        let t = t.strip_suffix(['d', 'D', 'f', 'F']).unwrap_or(t);
        t.parse::<f32>().unwrap_or(d as f32)
    });
    match parsed {
        Some(v) => Ok(v.to_bits() as u64),
        None => Err(number_format(thread, &text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn java_grammar() {
        assert_eq!(parse_java_double(" 1.5 "), Some(1.5));
        assert_eq!(parse_java_double("2d"), Some(2.0));
        assert_eq!(parse_java_double("-1e3"), Some(-1000.0));
        assert_eq!(parse_java_double("0x1p3"), Some(8.0));
        assert!(parse_java_double("NaN").unwrap().is_nan());
        assert_eq!(parse_java_double("-Infinity"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_java_double("inf"), None);
        assert_eq!(parse_java_double("abc"), None);
        assert_eq!(parse_java_double(""), None);
        assert_eq!(parse_java_double(".5"), Some(0.5));
    }
}
