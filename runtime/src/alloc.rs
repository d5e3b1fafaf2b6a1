//! Allocation as Java sees it: objects and arrays of loaded classes, with
//! `OutOfMemoryError` and `NegativeArraySizeException` thrown on failure.

use crate::class::Class;
use crate::object::Ref;
use crate::thread::{Thread, Thrown};

pub fn new_object(thread: &mut Thread, class: &'static Class) -> Result<Ref, Thrown> {
    let vm = thread.vm;
    match vm.heap.alloc_object(&mut thread.tlab, class) {
        Some(r) => Ok(r),
        None => Err(out_of_memory(thread, "Java heap space")),
    }
}

/// A new array of the array class `class`.
pub fn new_array(thread: &mut Thread, class: &'static Class, length: i32) -> Result<Ref, Thrown> {
    if length < 0 {
        return Err(thread.throw_new(
            "java/lang/NegativeArraySizeException",
            Some(&length.to_string()),
        ));
    }
    let vm = thread.vm;
    match vm.heap.alloc_array(&mut thread.tlab, class, length) {
        Some(r) => Ok(r),
        None => {
            let too_big = length as u64 * class.array_element_size().unwrap_or(8) as u64
                > vm.heap.max_bytes() as u64;
            let msg = if too_big {
                "Requested array size exceeds VM limit"
            } else {
                "Java heap space"
            };
            Err(out_of_memory(thread, msg))
        }
    }
}

/// A new array whose elements are `component` (a class, or a primitive class).
pub fn new_array_of(
    thread: &mut Thread,
    component: &'static Class,
    length: i32,
) -> Result<Ref, Thrown> {
    let class = match thread.vm.loader.array_of(component) {
        Ok(c) => c,
        Err(e) => return Err(crate::exception::throw_load_error(thread, &e)),
    };
    new_array(thread, class, length)
}

/// Throws `OutOfMemoryError`. Making it allocates too; if that fails as well, the
/// error made at start-up is thrown instead of recursing.
fn out_of_memory(thread: &mut Thread, message: &str) -> Thrown {
    if thread.in_out_of_memory {
        return match thread.vm.preallocated_oom.get() {
            Some(e) => thread.throw(*e),
            None => crate::exception::fatal("out of memory while starting the VM"),
        };
    }
    thread.in_out_of_memory = true;
    let thrown = thread.throw_new("java/lang/OutOfMemoryError", Some(message));
    thread.in_out_of_memory = false;
    thrown
}

/// Makes the `OutOfMemoryError` kept for when the heap is too full to make one.
pub fn preallocate_out_of_memory_error(thread: &mut Thread) -> Result<(), Thrown> {
    let e = crate::exception::create(
        thread,
        "java/lang/OutOfMemoryError",
        Some("Java heap space"),
    )?;
    let _ = thread.vm.preallocated_oom.set(e);
    Ok(())
}
