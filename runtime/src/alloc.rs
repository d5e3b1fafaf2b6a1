//! Allocation as Java sees it: objects and arrays of loaded classes, with
//! `OutOfMemoryError` and `NegativeArraySizeException` thrown on failure.

use crate::class::Class;
use crate::gc::heap::{AllocError, Heap, array_size};
use crate::gc::{self, Cause};
use crate::object::Ref;
use crate::thread::{Thread, Thrown};

pub fn new_object(thread: &mut Thread, class: &'static Class) -> Result<Ref, Thrown> {
    match allocate(thread, |heap, tlab| heap.alloc_object(tlab, class)) {
        Ok(r) => Ok(r),
        Err(_) => Err(out_of_memory(thread, "Java heap space")),
    }
}

/// `multianewarray`: arrays of arrays of the array class `class`, `counts[0]` long
/// at the outermost level (negative counts are a `NegativeArraySizeException`).
pub fn new_multi_array(
    thread: &mut Thread,
    class: &'static Class,
    counts: &[i32],
) -> Result<Ref, Thrown> {
    if let Some(&bad) = counts.iter().find(|&&c| c < 0) {
        return Err(thread.throw_new(
            "java/lang/NegativeArraySizeException",
            Some(&bad.to_string()),
        ));
    }
    build_multi_array(thread, class, counts)
}

fn build_multi_array(
    thread: &mut Thread,
    class: &'static Class,
    counts: &[i32],
) -> Result<Ref, Thrown> {
    let array = new_array(thread, class, counts[0])?;
    if counts.len() > 1 {
        let component = class.component().expect("multianewarray of an array class");
        // Each inner array goes into the outer one as soon as it is made, so only
        // the outer one needs keeping.
        thread.with_roots(&[array], |thread| {
            for i in 0..counts[0] as usize {
                let inner = build_multi_array(thread, component, &counts[1..])?;
                array.array_set_ref(i, Some(inner));
            }
            Ok(())
        })?;
    }
    Ok(array)
}

/// A new array of the array class `class`.
pub fn new_array(thread: &mut Thread, class: &'static Class, length: i32) -> Result<Ref, Thrown> {
    if length < 0 {
        return Err(thread.throw_new(
            "java/lang/NegativeArraySizeException",
            Some(&length.to_string()),
        ));
    }
    let max = thread.vm.heap.max_bytes();
    // Like HotSpot: a request past the VM's array limit, or bigger than the whole
    // heap, fails at once without a collection.
    let too_big =
        length as u64 > MAX_ARRAY_LENGTH || array_size(class, length).is_none_or(|size| size > max);
    if too_big {
        let msg = if length as u64 > MAX_ARRAY_LENGTH {
            "Requested array size exceeds VM limit"
        } else {
            "Java heap space"
        };
        return Err(out_of_memory(thread, msg));
    }
    match allocate(thread, |heap, tlab| heap.alloc_array(tlab, class, length)) {
        Ok(r) => Ok(r),
        Err(_) => Err(out_of_memory(thread, "Java heap space")),
    }
}

/// HotSpot's largest array length (`Integer.MAX_VALUE - 2`); longer requests fail
/// with "Requested array size exceeds VM limit".
const MAX_ARRAY_LENGTH: u64 = i32::MAX as u64 - 2;

/// Runs an allocation, collecting when the heap asks for it: once when the target
/// is reached, and then growing the target toward `-Xmx` if the collection freed
/// too little.
fn allocate(
    thread: &mut Thread,
    attempt: impl Fn(&Heap, &mut crate::gc::heap::Tlab) -> Result<Ref, AllocError>,
) -> Result<Ref, AllocError> {
    let vm = thread.vm;
    if vm.collector.options.stress {
        thread.stress_countdown = thread.stress_countdown.saturating_sub(1);
        if thread.stress_countdown == 0 {
            thread.stress_countdown = vm.collector.options.stress_interval.max(1);
            gc::collect(thread, Cause::Stress);
        }
    }
    match attempt(&vm.heap, &mut thread.tlab) {
        Err(AllocError::NeedsCollection) => {
            gc::collect(thread, Cause::AllocationFailure);
            // Grow the target (by half the heap each time, so a big array gets there
            // in a few steps) until the allocation fits or the heap is at -Xmx.
            loop {
                match attempt(&vm.heap, &mut thread.tlab) {
                    Err(AllocError::NeedsCollection) if vm.heap.grow() => continue,
                    other => return other,
                }
            }
        }
        other => other,
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
