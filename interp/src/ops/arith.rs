//! Arithmetic, conversions and comparisons on operand-stack slots, with Java's
//! exact semantics: wrapping integer overflow, `MIN_VALUE / -1`, shift counts
//! masked, `%` on floats as C's fmod, saturating float-to-int conversion with NaN
//! as 0, and fcmpl/fcmpg differing only on NaN.

use rjava_classfile::bytecode::Opcode;

use super::slots::*;

/// Integer division by zero (the only arithmetic that throws).
pub struct DivideByZero;

#[inline]
pub fn arith(op: Opcode, s: &mut [u64], sp: &mut usize) -> Result<(), DivideByZero> {
    use Opcode::*;
    macro_rules! bin_i {
        ($f:expr) => {{
            let b = get_i(s, *sp - 1);
            let a = get_i(s, *sp - 2);
            *sp -= 1;
            set_i(s, *sp - 1, $f(a, b));
        }};
    }
    macro_rules! bin_l {
        ($f:expr) => {{
            let b = get_l(s, *sp - 2);
            let a = get_l(s, *sp - 4);
            *sp -= 2;
            set_l(s, *sp - 2, $f(a, b));
        }};
    }
    macro_rules! bin_f {
        ($f:expr) => {{
            let b = get_f(s, *sp - 1);
            let a = get_f(s, *sp - 2);
            *sp -= 1;
            set_f(s, *sp - 1, $f(a, b));
        }};
    }
    macro_rules! bin_d {
        ($f:expr) => {{
            let b = get_d(s, *sp - 2);
            let a = get_d(s, *sp - 4);
            *sp -= 2;
            set_d(s, *sp - 2, $f(a, b));
        }};
    }
    // Long shifts take an int count on top of a long.
    macro_rules! shift_l {
        ($f:expr) => {{
            let n = get_i(s, *sp - 1);
            let a = get_l(s, *sp - 3);
            *sp -= 1;
            set_l(s, *sp - 2, $f(a, n));
        }};
    }
    match op {
        Iadd => bin_i!(|a: i32, b| a.wrapping_add(b)),
        Ladd => bin_l!(|a: i64, b| a.wrapping_add(b)),
        Fadd => bin_f!(|a: f32, b| a + b),
        Dadd => bin_d!(|a: f64, b| a + b),
        Isub => bin_i!(|a: i32, b| a.wrapping_sub(b)),
        Lsub => bin_l!(|a: i64, b| a.wrapping_sub(b)),
        Fsub => bin_f!(|a: f32, b| a - b),
        Dsub => bin_d!(|a: f64, b| a - b),
        Imul => bin_i!(|a: i32, b| a.wrapping_mul(b)),
        Lmul => bin_l!(|a: i64, b| a.wrapping_mul(b)),
        Fmul => bin_f!(|a: f32, b| a * b),
        Dmul => bin_d!(|a: f64, b| a * b),
        Idiv | Irem => {
            if get_i(s, *sp - 1) == 0 {
                return Err(DivideByZero);
            }
            if op == Idiv {
                bin_i!(|a: i32, b| a.wrapping_div(b))
            } else {
                bin_i!(|a: i32, b| a.wrapping_rem(b))
            }
        }
        Ldiv | Lrem => {
            if get_l(s, *sp - 2) == 0 {
                return Err(DivideByZero);
            }
            if op == Ldiv {
                bin_l!(|a: i64, b| a.wrapping_div(b))
            } else {
                bin_l!(|a: i64, b| a.wrapping_rem(b))
            }
        }
        Fdiv => bin_f!(|a: f32, b| a / b),
        Ddiv => bin_d!(|a: f64, b| a / b),
        // Rust's % on floats is fmod, which is what Java's frem/drem are.
        Frem => bin_f!(|a: f32, b| a % b),
        Drem => bin_d!(|a: f64, b| a % b),
        Ineg => set_i(s, *sp - 1, get_i(s, *sp - 1).wrapping_neg()),
        Lneg => set_l(s, *sp - 2, get_l(s, *sp - 2).wrapping_neg()),
        Fneg => set_f(s, *sp - 1, -get_f(s, *sp - 1)),
        Dneg => set_d(s, *sp - 2, -get_d(s, *sp - 2)),
        Ishl => bin_i!(|a: i32, b: i32| a.wrapping_shl(b as u32 & 31)),
        Ishr => bin_i!(|a: i32, b: i32| a.wrapping_shr(b as u32 & 31)),
        Iushr => bin_i!(|a: i32, b: i32| ((a as u32) >> (b as u32 & 31)) as i32),
        Lshl => shift_l!(|a: i64, n: i32| a.wrapping_shl(n as u32 & 63)),
        Lshr => shift_l!(|a: i64, n: i32| a.wrapping_shr(n as u32 & 63)),
        Lushr => shift_l!(|a: i64, n: i32| ((a as u64) >> (n as u32 & 63)) as i64),
        Iand => bin_i!(|a: i32, b| a & b),
        Land => bin_l!(|a: i64, b| a & b),
        Ior => bin_i!(|a: i32, b| a | b),
        Lor => bin_l!(|a: i64, b| a | b),
        Ixor => bin_i!(|a: i32, b| a ^ b),
        Lxor => bin_l!(|a: i64, b| a ^ b),
        _ => unreachable!("not an arithmetic opcode: {op:?}"),
    }
    Ok(())
}

/// Conversions between primitive types (`i2l` ... `i2s`).
#[inline]
pub fn convert(op: Opcode, s: &mut [u64], sp: &mut usize) {
    use Opcode::*;
    // `as` from float to int saturates and maps NaN to 0, exactly like Java.
    match op {
        I2l => {
            let v = get_i(s, *sp - 1) as i64;
            *sp += 1;
            set_l(s, *sp - 2, v);
        }
        I2f => set_f(s, *sp - 1, get_i(s, *sp - 1) as f32),
        I2d => {
            let v = get_i(s, *sp - 1) as f64;
            *sp += 1;
            set_d(s, *sp - 2, v);
        }
        L2i => {
            let v = get_l(s, *sp - 2) as i32;
            *sp -= 1;
            set_i(s, *sp - 1, v);
        }
        L2f => {
            let v = get_l(s, *sp - 2) as f32;
            *sp -= 1;
            set_f(s, *sp - 1, v);
        }
        L2d => set_d(s, *sp - 2, get_l(s, *sp - 2) as f64),
        F2i => set_i(s, *sp - 1, get_f(s, *sp - 1) as i32),
        F2l => {
            let v = get_f(s, *sp - 1) as i64;
            *sp += 1;
            set_l(s, *sp - 2, v);
        }
        F2d => {
            let v = get_f(s, *sp - 1) as f64;
            *sp += 1;
            set_d(s, *sp - 2, v);
        }
        D2i => {
            let v = get_d(s, *sp - 2) as i32;
            *sp -= 1;
            set_i(s, *sp - 1, v);
        }
        D2l => set_l(s, *sp - 2, get_d(s, *sp - 2) as i64),
        D2f => {
            let v = get_d(s, *sp - 2) as f32;
            *sp -= 1;
            set_f(s, *sp - 1, v);
        }
        I2b => set_i(s, *sp - 1, get_i(s, *sp - 1) as i8 as i32),
        I2c => set_i(s, *sp - 1, get_i(s, *sp - 1) as u16 as i32),
        I2s => set_i(s, *sp - 1, get_i(s, *sp - 1) as i16 as i32),
        _ => unreachable!("not a conversion opcode: {op:?}"),
    }
}

/// `lcmp`, `fcmpl`, `fcmpg`, `dcmpl`, `dcmpg`: -1, 0 or 1; NaN gives -1 for the
/// `l` forms and 1 for the `g` forms.
#[inline]
pub fn compare(op: Opcode, s: &mut [u64], sp: &mut usize) {
    use Opcode::*;
    use std::cmp::Ordering;
    let ord_to_int = |o: Option<Ordering>, nan: i32| match o {
        Some(Ordering::Less) => -1,
        Some(Ordering::Equal) => 0,
        Some(Ordering::Greater) => 1,
        None => nan,
    };
    let (result, width) = match op {
        Lcmp => (
            ord_to_int(Some(get_l(s, *sp - 4).cmp(&get_l(s, *sp - 2))), 0),
            2,
        ),
        Fcmpl | Fcmpg => {
            let r = get_f(s, *sp - 2).partial_cmp(&get_f(s, *sp - 1));
            (ord_to_int(r, if op == Fcmpl { -1 } else { 1 }), 1)
        }
        Dcmpl | Dcmpg => {
            let r = get_d(s, *sp - 4).partial_cmp(&get_d(s, *sp - 2));
            (ord_to_int(r, if op == Dcmpl { -1 } else { 1 }), 2)
        }
        _ => unreachable!("not a comparison opcode: {op:?}"),
    };
    *sp -= 2 * width;
    *sp += 1;
    set_i(s, *sp - 1, result);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_i(op: Opcode, a: i32, b: i32) -> Result<i32, DivideByZero> {
        let mut s = [0u64; 4];
        set_i(&mut s, 0, a);
        set_i(&mut s, 1, b);
        let mut sp = 2;
        arith(op, &mut s, &mut sp)?;
        assert_eq!(sp, 1);
        Ok(get_i(&s, 0))
    }

    #[test]
    fn integer_corner_cases() {
        assert_eq!(run_i(Opcode::Idiv, i32::MIN, -1).ok(), Some(i32::MIN));
        assert_eq!(run_i(Opcode::Irem, i32::MIN, -1).ok(), Some(0));
        assert_eq!(run_i(Opcode::Irem, -7, 3).ok(), Some(-1));
        assert!(run_i(Opcode::Idiv, 1, 0).is_err());
        assert_eq!(run_i(Opcode::Ishl, 1, 33).ok(), Some(2));
        assert_eq!(run_i(Opcode::Iushr, -1, 28).ok(), Some(15));
        assert_eq!(run_i(Opcode::Iadd, i32::MAX, 1).ok(), Some(i32::MIN));
    }

    #[test]
    fn conversions_saturate_and_narrow() {
        let mut s = [0u64; 4];
        let mut sp = 2;
        set_d(&mut s, 0, f64::NAN);
        convert(Opcode::D2i, &mut s, &mut sp);
        assert_eq!((sp, get_i(&s, 0)), (1, 0));
        set_f(&mut s, 0, 1e20);
        convert(Opcode::F2i, &mut s, &mut sp);
        assert_eq!(get_i(&s, 0), i32::MAX);
        set_i(&mut s, 0, 0x1ff);
        convert(Opcode::I2b, &mut s, &mut sp);
        assert_eq!(get_i(&s, 0), -1);
        set_i(&mut s, 0, -1);
        convert(Opcode::I2c, &mut s, &mut sp);
        assert_eq!(get_i(&s, 0), 0xffff);
    }

    #[test]
    fn nan_comparisons_differ_between_l_and_g() {
        for (op, expected) in [(Opcode::Fcmpl, -1), (Opcode::Fcmpg, 1)] {
            let mut s = [0u64; 2];
            set_f(&mut s, 0, f32::NAN);
            set_f(&mut s, 1, 1.0);
            let mut sp = 2;
            compare(op, &mut s, &mut sp);
            assert_eq!((sp, get_i(&s, 0)), (1, expected));
        }
    }
}
