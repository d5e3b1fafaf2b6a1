//! Object instructions: `new` (with class initialization), array creation,
//! `checkcast`/`instanceof` with the JDK's ClassCastException message, `athrow`
//! and monitors (re-entrant counting; one thread for now).

use rjava_runtime::{BasicType, Class, Ref, Thread, Thrown};

use super::fields::null_pointer;
use super::slots::*;
use crate::resolve;

pub fn new(thread: &mut Thread, cur: &'static Class, index: u16) -> Result<u64, Thrown> {
    let class = resolve::class(thread, cur, index)?;
    if class.is_interface() || class.is_abstract() {
        return Err(thread.throw_new("java/lang/InstantiationError", Some(&class.java_name())));
    }
    if !class.is_initialized() {
        rjava_runtime::init::initialize(thread, class)?;
    }
    Ok(rjava_runtime::alloc::new_object(thread, class)?.slot())
}

pub fn new_primitive_array(thread: &mut Thread, ty: BasicType, length: i32) -> Result<u64, Thrown> {
    let component = thread.vm.loader.primitive(ty);
    Ok(rjava_runtime::alloc::new_array_of(thread, component, length)?.slot())
}

pub fn new_reference_array(
    thread: &mut Thread,
    cur: &'static Class,
    index: u16,
    length: i32,
) -> Result<u64, Thrown> {
    let component = resolve::class(thread, cur, index)?;
    Ok(rjava_runtime::alloc::new_array_of(thread, component, length)?.slot())
}

/// `multianewarray`: the counts are on the stack, outermost first.
pub fn multi_new_array(
    thread: &mut Thread,
    cur: &'static Class,
    index: u16,
    dims: u8,
    sp: &mut usize,
) -> Result<u64, Thrown> {
    let class = resolve::class(thread, cur, index)?;
    let dims = dims as usize;
    let counts: Vec<i32> = (0..dims)
        .map(|d| get_i(&thread.stack, *sp - dims + d))
        .collect();
    let array = rjava_runtime::alloc::new_multi_array(thread, class, &counts)?;
    *sp -= dims;
    Ok(array.slot())
}

pub fn check_cast(
    thread: &mut Thread,
    cur: &'static Class,
    index: u16,
    value: u64,
) -> Result<(), Thrown> {
    let Some(obj) = Ref::from_slot(value) else {
        return Ok(());
    };
    let target = resolve::class(thread, cur, index)?;
    if obj.class().is_assignable_to(target) {
        return Ok(());
    }
    let msg = rjava_runtime::exception::class_cast_message(obj.class(), target);
    Err(thread.throw_new("java/lang/ClassCastException", Some(&msg)))
}

pub fn instance_of(
    thread: &mut Thread,
    cur: &'static Class,
    index: u16,
    value: u64,
) -> Result<i32, Thrown> {
    let Some(obj) = Ref::from_slot(value) else {
        return Ok(0);
    };
    let target = resolve::class(thread, cur, index)?;
    Ok(i32::from(obj.class().is_assignable_to(target)))
}

pub fn athrow(thread: &mut Thread, value: u64) -> Thrown {
    match Ref::from_slot(value) {
        Some(e) => thread.throw(e),
        None => null_pointer(thread),
    }
}
