//! Array instructions: element loads and stores with null and bounds checks and the
//! JDK's messages, `arraylength`, and the covariance check of `aastore`.

use rjava_runtime::{BasicType, Ref, Thread, Thrown};

use super::fields::null_pointer;
use super::slots::*;

#[inline]
fn checked(thread: &mut Thread, array: u64, index: i32) -> Result<Ref, Thrown> {
    let Some(a) = Ref::from_slot(array) else {
        return Err(null_pointer(thread));
    };
    let len = a.array_length();
    if index < 0 || index >= len {
        let msg = format!("Index {index} out of bounds for length {len}");
        return Err(thread.throw_new("java/lang/ArrayIndexOutOfBoundsException", Some(&msg)));
    }
    Ok(a)
}

#[inline]
pub fn load(thread: &mut Thread, ty: BasicType, sp: &mut usize) -> Result<(), Thrown> {
    let index = get_i(&thread.stack, *sp - 1);
    let a = checked(thread, thread.stack[*sp - 2], index)?;
    let i = index as usize;
    // baload serves boolean[] too; both have one-byte elements.
    let ty = if a.class().array_element_type() == Some(BasicType::Boolean) {
        BasicType::Boolean
    } else {
        ty
    };
    *sp -= 2;
    let s = &mut thread.stack;
    match ty {
        BasicType::Boolean | BasicType::Byte => set_i(s, *sp, a.array_get::<i8>(i) as i32),
        BasicType::Char => set_i(s, *sp, a.array_get::<u16>(i) as i32),
        BasicType::Short => set_i(s, *sp, a.array_get::<i16>(i) as i32),
        BasicType::Int | BasicType::Float => s[*sp] = a.array_get::<u32>(i) as u64,
        BasicType::Long | BasicType::Double | BasicType::Reference => {
            s[*sp] = a.array_get::<u64>(i)
        }
    }
    *sp += ty.slots();
    Ok(())
}

#[inline]
pub fn store(thread: &mut Thread, ty: BasicType, sp: &mut usize) -> Result<(), Thrown> {
    let width = ty.slots();
    let value = thread.stack[*sp - width];
    let index = get_i(&thread.stack, *sp - width - 1);
    let a = checked(thread, thread.stack[*sp - width - 2], index)?;
    let i = index as usize;
    match ty {
        BasicType::Boolean | BasicType::Byte => {
            let boolean = a.class().array_element_type() == Some(BasicType::Boolean);
            a.array_set::<u8>(
                i,
                if boolean {
                    (value & 1) as u8
                } else {
                    value as u8
                },
            )
        }
        BasicType::Char | BasicType::Short => a.array_set::<u16>(i, value as u16),
        BasicType::Int | BasicType::Float => a.array_set::<u32>(i, value as u32),
        BasicType::Long | BasicType::Double => a.array_set::<u64>(i, value),
        BasicType::Reference => {
            if let Some(v) = Ref::from_slot(value) {
                rjava_runtime::exception::check_array_store(thread, a, v)?;
            }
            a.array_set::<u64>(i, value)
        }
    }
    *sp -= width + 2;
    Ok(())
}

pub fn length(thread: &mut Thread, sp: usize) -> Result<(), Thrown> {
    let Some(a) = Ref::from_slot(thread.stack[sp - 1]) else {
        return Err(null_pointer(thread));
    };
    set_i(&mut thread.stack, sp - 1, a.array_length());
    Ok(())
}
