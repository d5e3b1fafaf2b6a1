//! `java.lang.Math`: the functions HotSpot computes with intrinsics of its own rather
//! than fdlibm (sin, cos, tan, exp, log, log10, pow), from the platform's libm through
//! Rust's `f64` methods: both are within an ulp and agree on nearly all arguments.
//! The other functions are `StrictMath`'s, as in the JDK; `StrictMath` has its own
//! file.

use super::{arg_double, arg_float};
use crate::native::NativeRegistry;
use crate::thread::{Thread, Thrown};

fn d(v: f64) -> Result<u64, Thrown> {
    Ok(v.to_bits())
}

macro_rules! unary {
    ($($name:literal => $f:expr),* $(,)?) => {
        pub fn register(r: &mut NativeRegistry) {
            $({
                fn native(_: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
                    let f: fn(f64) -> f64 = $f;
                    d(f(arg_double(args, 0)))
                }
                r.register("java/lang/Math", $name, "(D)D", native);
            })*
            r.register("java/lang/Math", "pow", "(DD)D", pow);
            r.register("java/lang/Math", "fma", "(DDD)D", fma);
            r.register("java/lang/Math", "fma", "(FFF)F", fma_float);
        }
    };
}

unary! {
    "sin" => f64::sin,
    "cos" => f64::cos,
    "tan" => f64::tan,
    "exp" => f64::exp,
    "log" => f64::ln,
    "log10" => f64::log10,
}

/// Java's `pow` differs from C's only where C leaves room: `pow(x, NaN)` is NaN
/// even for x == 1, and `pow(-1, ±Infinity)` is NaN.
pub(super) fn java_pow(a: f64, b: f64) -> f64 {
    if b.is_nan() || (a.abs() == 1.0 && b.is_infinite()) {
        return f64::NAN;
    }
    a.powf(b)
}

fn pow(_: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    d(java_pow(arg_double(args, 0), arg_double(args, 2)))
}

/// `a * b + c` rounded once.
fn fma(_: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    d(arg_double(args, 0).mul_add(arg_double(args, 2), arg_double(args, 4)))
}

fn fma_float(_: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let (a, b, c) = (arg_float(args, 0), arg_float(args, 1), arg_float(args, 2));
    Ok(a.mul_add(b, c).to_bits() as u64)
}

/// IEEE 754 remainder: `a - n*b` with `n` the integer nearest `a/b`, ties to even.
pub(super) fn ieee_remainder(_: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let (a, b) = (arg_double(args, 0), arg_double(args, 2));
    if a.is_nan() || b.is_nan() || a.is_infinite() || b == 0.0 {
        return d(f64::NAN);
    }
    if b.is_infinite() {
        return d(a);
    }
    let r = a % b;
    let half = (b / 2.0).abs();
    let mut result = if r.abs() > half || (r.abs() == half && ((a - r) / b).rem_euclid(2.0) == 1.0)
    {
        r - b.abs().copysign(r)
    } else {
        r
    };
    if result == 0.0 {
        result = 0.0f64.copysign(a);
    }
    d(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow_follows_java_special_cases() {
        assert!(java_pow(1.0, f64::NAN).is_nan());
        assert!(java_pow(-1.0, f64::INFINITY).is_nan());
        assert_eq!(java_pow(2.0, 10.0), 1024.0);
        assert_eq!(java_pow(f64::NAN, 0.0), 1.0);
    }
}
