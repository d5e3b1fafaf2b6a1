//! Native methods of the class library, one file per Java class
//! (`java_lang_Object.rs` implements `java.lang.Object`'s natives). `register_all`
//! puts every one in the VM's registry; methods bind to them on first call.

#![allow(non_snake_case)]

mod fdlibm;
mod java_io_FileInputStream;
mod java_io_FileOutputStream;
mod java_lang_Character;
mod java_lang_Class;
mod java_lang_Double;
mod java_lang_Math;
mod java_lang_NullPointerException;
mod java_lang_Object;
mod java_lang_Runtime;
mod java_lang_StrictMath;
mod java_lang_String;
mod java_lang_System;
mod java_lang_Thread;
mod java_lang_Throwable;
mod java_lang_reflect_Array;
mod unicode_tables;

pub use java_lang_Object::identity_hash;
pub use java_lang_Thread::create_main_thread;

use crate::native::NativeRegistry;
use crate::object::Ref;
use crate::thread::{Thread, Thrown};

pub fn register_all(r: &mut NativeRegistry) {
    java_io_FileInputStream::register(r);
    java_io_FileOutputStream::register(r);
    java_lang_Character::register(r);
    java_lang_Class::register(r);
    java_lang_Double::register(r);
    java_lang_Math::register(r);
    java_lang_StrictMath::register(r);
    java_lang_NullPointerException::register(r);
    java_lang_Object::register(r);
    java_lang_Runtime::register(r);
    java_lang_String::register(r);
    java_lang_System::register(r);
    java_lang_Thread::register(r);
    java_lang_Throwable::register(r);
    java_lang_reflect_Array::register(r);
}

/// The reference in argument slot `i` (null allowed).
pub(crate) fn arg_ref(args: &[u64], i: usize) -> Option<Ref> {
    Ref::from_slot(args[i])
}

pub(crate) fn arg_int(args: &[u64], i: usize) -> i32 {
    args[i] as u32 as i32
}

pub(crate) fn arg_long(args: &[u64], i: usize) -> i64 {
    args[i] as i64
}

pub(crate) fn arg_double(args: &[u64], i: usize) -> f64 {
    f64::from_bits(args[i])
}

pub(crate) fn arg_float(args: &[u64], i: usize) -> f32 {
    f32::from_bits(args[i] as u32)
}

pub(crate) fn int(v: i32) -> Result<u64, Thrown> {
    Ok(v as u32 as u64)
}

pub(crate) fn long(v: i64) -> Result<u64, Thrown> {
    Ok(v as u64)
}

pub(crate) fn reference(v: Option<Ref>) -> Result<u64, Thrown> {
    Ok(Ref::to_slot(v))
}

/// A non-null reference argument, or `NullPointerException`.
pub(crate) fn non_null(thread: &mut Thread, args: &[u64], i: usize) -> Result<Ref, Thrown> {
    match arg_ref(args, i) {
        Some(r) => Ok(r),
        None => Err(thread.throw_new("java/lang/NullPointerException", None)),
    }
}

/// The offset of a field the VM writes directly, or a fatal error if the class
/// library lacks it.
pub(crate) fn field_offset(class: &'static crate::Class, name: &str, descriptor: &str) -> u32 {
    match class.resolve_field(name, descriptor) {
        Some(f) => f.offset,
        None => crate::exception::fatal(&format!(
            "{}.{name} is missing from the class library",
            class.name
        )),
    }
}
