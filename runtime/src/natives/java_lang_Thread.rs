//! `java.lang.Thread`: the current thread's object and sleeping. Only the main
//! thread exists for now; the VM makes its object with `new Thread("main")`.

use super::{arg_long, reference};
use crate::native::NativeRegistry;
use crate::thread::{Thread, Thrown};

pub fn register(r: &mut NativeRegistry) {
    r.register(
        "java/lang/Thread",
        "currentThread",
        "()Ljava/lang/Thread;",
        current_thread,
    );
    r.register("java/lang/Thread", "sleep0", "(J)V", sleep);
    r.register("java/lang/Thread", "start0", "()V", start);
    r.register(
        "java/lang/Thread",
        "holdsLock",
        "(Ljava/lang/Object;)Z",
        holds_lock,
    );
}

fn current_thread(thread: &mut Thread, _: &[u64]) -> Result<u64, Thrown> {
    reference(thread.java_thread)
}

fn sleep(_: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let millis = arg_long(args, 0).max(0) as u64;
    std::thread::sleep(std::time::Duration::from_millis(millis));
    Ok(0)
}

/// Whether the (only) thread holds `obj`'s monitor: its lock count is not zero.
fn holds_lock(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let obj = super::non_null(thread, args, 0)?;
    super::int(i32::from(crate::monitor::holds_lock(obj)))
}

fn start(thread: &mut Thread, _: &[u64]) -> Result<u64, Thrown> {
    Err(thread.throw_new(
        "java/lang/UnsupportedOperationException",
        Some("rjava runs one thread for now"),
    ))
}

/// Creates the main thread's `java.lang.Thread` (`new Thread("main")`).
pub fn create_main_thread(thread: &mut Thread) -> Result<(), Thrown> {
    let class = thread
        .vm
        .loader
        .load("java/lang/Thread")
        .map_err(|e| crate::exception::throw_load_error(thread, &e))?;
    crate::init::initialize(thread, class)?;
    let obj = crate::alloc::new_object(thread, class)?;
    let Some(ctor) = class.declared_method("<init>", "(Ljava/lang/String;)V") else {
        crate::exception::fatal("java.lang.Thread has no Thread(String) constructor");
    };
    thread.with_roots(&[obj], |thread| {
        let name = crate::string::new_string(thread, "main")?;
        thread
            .vm
            .engine()
            .invoke(thread, ctor, &[obj.slot(), name.slot()])
    })?;
    if let Some(alive) = class.declared_field("alive", "Z") {
        obj.write::<u8>(alive.offset, 1);
    }
    thread.java_thread = Some(obj);
    Ok(())
}
