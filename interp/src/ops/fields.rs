//! `getstatic`, `putstatic`, `getfield`, `putfield`: fixed offsets from the layout,
//! with class initialization before static access and null checks on instances.

use std::sync::atomic::Ordering;

use rjava_runtime::{BasicType, Class, Ref, Thread, Thrown};

use crate::resolve;

pub fn read_field(obj: Ref, offset: u32, ty: BasicType) -> u64 {
    match ty {
        BasicType::Boolean | BasicType::Byte => obj.read::<i8>(offset) as i32 as u32 as u64,
        BasicType::Char => obj.read::<u16>(offset) as u64,
        BasicType::Short => obj.read::<i16>(offset) as i32 as u32 as u64,
        BasicType::Int | BasicType::Float => obj.read::<u32>(offset) as u64,
        BasicType::Long | BasicType::Double | BasicType::Reference => obj.read::<u64>(offset),
    }
}

pub fn write_field(obj: Ref, offset: u32, ty: BasicType, v: u64) {
    match ty {
        // Storing to a boolean keeps only the low bit (JVM spec putfield).
        BasicType::Boolean => obj.write::<u8>(offset, (v & 1) as u8),
        BasicType::Byte => obj.write::<u8>(offset, v as u8),
        BasicType::Char | BasicType::Short => obj.write::<u16>(offset, v as u16),
        BasicType::Int | BasicType::Float => obj.write::<u32>(offset, v as u32),
        BasicType::Long | BasicType::Double | BasicType::Reference => obj.write::<u64>(offset, v),
    }
}

pub fn get_static(
    thread: &mut Thread,
    cur: &'static Class,
    index: u16,
    sp: &mut usize,
) -> Result<(), Thrown> {
    let f = resolve::field(thread, cur, index, true)?;
    let owner = f.owner();
    if !owner.is_initialized() {
        rjava_runtime::init::initialize(thread, owner)?;
    }
    let v = owner.static_slot(f.offset).load(Ordering::Relaxed);
    thread.stack[*sp] = static_value(v, f.basic_type);
    *sp += f.basic_type.slots();
    Ok(())
}

pub fn put_static(
    thread: &mut Thread,
    cur: &'static Class,
    index: u16,
    sp: &mut usize,
) -> Result<(), Thrown> {
    let f = resolve::field(thread, cur, index, true)?;
    let owner = f.owner();
    if !owner.is_initialized() {
        rjava_runtime::init::initialize(thread, owner)?;
    }
    *sp -= f.basic_type.slots();
    owner.static_slot(f.offset).store(
        static_store(thread.stack[*sp], f.basic_type),
        Ordering::Relaxed,
    );
    Ok(())
}

/// A static slot's raw value as it goes on the operand stack (sign-extended ints).
#[inline]
pub fn static_value(v: u64, ty: BasicType) -> u64 {
    match ty {
        BasicType::Boolean | BasicType::Byte => v as u8 as i8 as i32 as u32 as u64,
        BasicType::Short => v as u16 as i16 as i32 as u32 as u64,
        BasicType::Char => v as u16 as u64,
        _ => v,
    }
}

/// An operand-stack value narrowed to the static field's type.
#[inline]
pub fn static_store(v: u64, ty: BasicType) -> u64 {
    match ty {
        BasicType::Boolean => v & 1,
        BasicType::Byte => v as u8 as u64,
        BasicType::Char | BasicType::Short => v as u16 as u64,
        BasicType::Int | BasicType::Float => v as u32 as u64,
        _ => v,
    }
}

pub fn get_field(
    thread: &mut Thread,
    cur: &'static Class,
    index: u16,
    sp: &mut usize,
) -> Result<(), Thrown> {
    let f = resolve::field(thread, cur, index, false)?;
    let Some(obj) = Ref::from_slot(thread.stack[*sp - 1]) else {
        return Err(null_pointer(thread));
    };
    let v = read_field(obj, f.offset, f.basic_type);
    thread.stack[*sp - 1] = v;
    *sp += f.basic_type.slots() - 1;
    Ok(())
}

pub fn put_field(
    thread: &mut Thread,
    cur: &'static Class,
    index: u16,
    sp: &mut usize,
) -> Result<(), Thrown> {
    let f = resolve::field(thread, cur, index, false)?;
    let width = f.basic_type.slots();
    let v = thread.stack[*sp - width];
    let Some(obj) = Ref::from_slot(thread.stack[*sp - width - 1]) else {
        return Err(null_pointer(thread));
    };
    write_field(obj, f.offset, f.basic_type, v);
    *sp -= width + 1;
    Ok(())
}

pub fn null_pointer(thread: &mut Thread) -> Thrown {
    thread.throw_new("java/lang/NullPointerException", None)
}
