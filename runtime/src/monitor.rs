//! Object monitors for one thread: a lock count in the object header's flag word,
//! raised by `monitorenter` and synchronized methods, lowered on exit. Both engines
//! lock through here.

use crate::object::Ref;
use crate::thread::{Thread, Thrown};

const LOCK_COUNT_MASK: u32 = 0xffff;

fn null_pointer(thread: &mut Thread) -> Thrown {
    thread.throw_new("java/lang/NullPointerException", None)
}

/// `monitorenter` on the reference in `value` (a slot).
pub fn enter(thread: &mut Thread, value: u64) -> Result<(), Thrown> {
    let Some(obj) = Ref::from_slot(value) else {
        return Err(null_pointer(thread));
    };
    let flags = obj.flags();
    obj.set_flags(
        (flags & !LOCK_COUNT_MASK) | ((flags & LOCK_COUNT_MASK) + 1).min(LOCK_COUNT_MASK),
    );
    Ok(())
}

/// `monitorexit`: `IllegalMonitorStateException` if the monitor is not held.
pub fn exit(thread: &mut Thread, value: u64) -> Result<(), Thrown> {
    let Some(obj) = Ref::from_slot(value) else {
        return Err(null_pointer(thread));
    };
    let flags = obj.flags();
    if flags & LOCK_COUNT_MASK == 0 {
        return Err(thread.throw_new(
            "java/lang/IllegalMonitorStateException",
            Some("current thread is not owner"),
        ));
    }
    obj.set_flags(flags - 1);
    Ok(())
}

/// Whether the current thread holds `obj`'s monitor (`Thread.holdsLock`).
pub fn holds_lock(obj: Ref) -> bool {
    obj.flags() & LOCK_COUNT_MASK != 0
}
