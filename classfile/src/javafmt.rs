//! Java's `Float.toString` and `Double.toString`.
//!
//! Both the disassembler (constants) and the runtime (string conversion) print
//! floating-point numbers the way Java does: the shortest digits that round-trip,
//! which Rust's formatter finds, laid out with Java's rules: plain notation with at
//! least one fractional digit for 10^-3 <= |x| < 10^7, `d.dddE±n` otherwise.

/// `Double.toString(d)`.
pub fn double_to_string(d: f64) -> String {
    if d.is_nan() {
        return "NaN".into();
    }
    if d.is_infinite() {
        return if d > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let shortest = format!("{d:e}");
    // Java shows at least two significant digits; with only one, it picks the
    // two-digit decimal closest to the exact value (4.9E-324, not 5.0E-324).
    if significant_digits(&shortest) == 1 {
        let two = format!("{d:.1e}");
        if two.parse::<f64>() == Ok(d) {
            return layout(&two);
        }
    }
    layout(&shortest)
}

/// `Float.toString(f)`.
pub fn float_to_string(f: f32) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let shortest = format!("{f:e}");
    if significant_digits(&shortest) == 1 {
        let two = format!("{f:.1e}");
        if two.parse::<f32>() == Ok(f) {
            return layout(&two);
        }
    }
    layout(&shortest)
}

fn significant_digits(sci: &str) -> usize {
    let mantissa = sci.split('e').next().unwrap_or(sci);
    mantissa.bytes().filter(u8::is_ascii_digit).count()
}

/// Turns Rust's shortest scientific form (`-1.2345e-5`, `0e0`) into Java's layout.
fn layout(sci: &str) -> String {
    let (negative, sci) = match sci.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, sci),
    };
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let digits = match digits.trim_end_matches('0') {
        "" => "0",
        d => d,
    };
    let mut out = String::with_capacity(digits.len() + 8);
    if negative {
        out.push('-');
    }
    if digits == "0" {
        out.push_str("0.0");
    } else if (-3..7).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
            out.push_str(digits);
        } else {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                out.push_str(digits);
                out.extend(std::iter::repeat_n('0', int_len - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        out.push('.');
        out.push_str(if digits.len() > 1 { &digits[1..] } else { "0" });
        out.push('E');
        out.push_str(&exp.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_print_like_java() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (100.0, "100.0"),
            (0.1, "0.1"),
            (0.001, "0.001"),
            (1.0e-4, "1.0E-4"),
            (1234567.0, "1234567.0"),
            (1.0e7, "1.0E7"),
            (1.0e10, "1.0E10"),
            (1.0 / 3.0, "0.3333333333333333"),
            (-2.5e-10, "-2.5E-10"),
            (f64::MAX, "1.7976931348623157E308"),
            (f64::MIN_POSITIVE, "2.2250738585072014E-308"),
            (4.9e-324, "4.9E-324"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-Infinity"),
            (123.456, "123.456"),
            (1.0e23, "1.0E23"),
            (2.0e-3, "0.002"),
        ];
        for (d, s) in cases {
            assert_eq!(double_to_string(*d), *s, "{d:?}");
        }
    }

    #[test]
    fn floats_print_like_java() {
        let cases: &[(f32, &str)] = &[
            (0.1, "0.1"),
            (3.5, "3.5"),
            (1.0e10, "1.0E10"),
            // JDK 17 prints 1.17549435E-38; JDK 19+ and rjava print the shortest digits.
            (f32::MIN_POSITIVE, "1.1754944E-38"),
            (1.4e-45, "1.4E-45"),
            (f32::MAX, "3.4028235E38"),
            (1.0 / 3.0, "0.33333334"),
        ];
        for (f, s) in cases {
            assert_eq!(float_to_string(*f), *s, "{f:?}");
        }
    }
}
