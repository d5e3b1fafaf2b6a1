//! `java.lang.Object`: class, identity hash code, `clone`, and the monitor methods
//! (one thread for now: `wait` sleeps out its timeout, `notify` has no one to wake).

use std::sync::atomic::{AtomicU32, Ordering};

use super::{arg_long, int, non_null, reference};
use crate::native::NativeRegistry;
use crate::object::{HEADER_SIZE, Ref};
use crate::thread::{Thread, Thrown};

pub fn register(r: &mut NativeRegistry) {
    r.register(
        "java/lang/Object",
        "getClass",
        "()Ljava/lang/Class;",
        get_class,
    );
    r.register("java/lang/Object", "hashCode", "()I", hash_code);
    r.register("java/lang/Object", "clone", "()Ljava/lang/Object;", clone);
    r.register("java/lang/Object", "notify", "()V", notify);
    r.register("java/lang/Object", "notifyAll", "()V", notify);
    r.register("java/lang/Object", "wait", "(J)V", wait);
}

fn get_class(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let this = non_null(thread, args, 0)?;
    reference(Some(crate::mirror::mirror_of(thread, this.class())?))
}

/// The identity hash: a pseudo-random non-zero 31-bit number fixed on first use
/// (Marsaglia's xorshift, as HotSpot's default hashCode mode uses).
pub fn identity_hash(obj: Ref) -> i32 {
    static STATE: AtomicU32 = AtomicU32::new(0x2545_f491);
    let h = obj.identity_hash();
    if h != 0 {
        return h as i32;
    }
    let mut x = STATE.load(Ordering::Relaxed);
    let mut hash = 0;
    while hash == 0 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        hash = x & 0x7fff_ffff;
    }
    STATE.store(x, Ordering::Relaxed);
    obj.set_identity_hash(hash);
    hash as i32
}

fn hash_code(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let this = non_null(thread, args, 0)?;
    int(identity_hash(this))
}

fn clone(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let this = non_null(thread, args, 0)?;
    let class = this.class();
    if class.is_array() {
        let copy = crate::alloc::new_array(thread, class, this.array_length())?;
        let size = class.array_element_size().unwrap_or(8) as usize;
        Ref::array_copy_within(this, 0, copy, 0, this.array_length() as usize, size);
        return reference(Some(copy));
    }
    let cloneable = thread.vm.loader.load("java/lang/Cloneable").ok();
    if !cloneable.is_some_and(|c| class.implements(c)) {
        return Err(thread.throw_new(
            "java/lang/CloneNotSupportedException",
            Some(&class.java_name()),
        ));
    }
    let copy = crate::alloc::new_object(thread, class)?;
    let mut offset = HEADER_SIZE;
    while offset < class.instance_size {
        copy.write::<u64>(offset, this.read::<u64>(offset));
        offset += 8;
    }
    reference(Some(copy))
}

fn owner_check(thread: &mut Thread, obj: Ref) -> Result<(), Thrown> {
    if obj.flags() & 0xffff == 0 {
        return Err(thread.throw_new(
            "java/lang/IllegalMonitorStateException",
            Some("current thread is not owner"),
        ));
    }
    Ok(())
}

fn notify(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let this = non_null(thread, args, 0)?;
    owner_check(thread, this)?;
    Ok(0)
}

fn wait(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let this = non_null(thread, args, 0)?;
    let millis = arg_long(args, 1);
    if millis < 0 {
        return Err(thread.throw_new(
            "java/lang/IllegalArgumentException",
            Some("timeout value is negative"),
        ));
    }
    owner_check(thread, this)?;
    if millis > 0 {
        std::thread::sleep(std::time::Duration::from_millis(millis as u64));
    }
    Ok(0)
}
