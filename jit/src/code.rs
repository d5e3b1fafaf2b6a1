//! Running compiled code: the one place rjava calls machine code the JIT produced.

use std::sync::atomic::Ordering;

use rjava_runtime::{Method, Thread, Thrown};

/// The signature of every compiled method: the thread and the address of the
/// frame's first local in the Java stack; the result in one slot (0 for void, and
/// meaningless when an exception is pending).
pub(crate) type Entry = unsafe extern "C" fn(*mut Thread, *mut u64) -> u64;

/// Runs the compiled code of `method` with its arguments at `base` in the Java
/// stack (the top of the caller's operand stack). The caller pushes no frame: the
/// code pushes its own when it first needs one (a call, a helper, a throw) and pops
/// it when it returns, so a method that needs none, such as a getter, never has
/// one. Synchronized methods are the exception: their frame is pushed here, to hold
/// the lock.
pub fn run(thread: &mut Thread, method: &'static Method, base: usize) -> Result<u64, Thrown> {
    let address = method.jit_entry.load(Ordering::Acquire);
    assert!(address != 0, "run() on a method without compiled code");
    if let Some(caller) = thread.frames.last_mut() {
        // The arguments are the callee's from now on.
        caller.sp = caller.sp.min(base);
    }
    if !method.is_synchronized() {
        return call(thread, method, address, base);
    }
    let code = method.code.as_ref().expect("compiled methods have code");
    let (locals, stack) = (code.max_locals as usize, code.max_stack as usize);
    thread.enter_frame(method, base, locals, stack)?;
    let result = run_locked(thread, method, address, base);
    thread.frames.pop();
    result
}

/// A synchronized method locks its receiver (or class mirror) around the code, and
/// unlocks it however the code ends. Its frame, on top, holds the lock meanwhile.
fn run_locked(
    thread: &mut Thread,
    method: &'static Method,
    address: usize,
    base: usize,
) -> Result<u64, Thrown> {
    let lock = if method.is_static() {
        rjava_runtime::mirror::mirror_of(thread, method.owner())?
    } else {
        rjava_runtime::Ref::from_slot(thread.stack[base]).expect("receiver checked by the caller")
    };
    rjava_runtime::monitor::enter(thread, lock.slot())?;
    thread
        .frames
        .last_mut()
        .expect("the method's frame")
        .monitor = Some(lock);
    let result = call(thread, method, address, base);
    let lock = thread
        .frames
        .last_mut()
        .expect("the method's frame")
        .monitor
        .take();
    let pending = thread.pending;
    let unlocked = lock.map_or(Ok(()), |l| rjava_runtime::monitor::exit(thread, l.slot()));
    match (result, unlocked) {
        (Ok(v), Ok(())) => Ok(v),
        (Err(t), _) => {
            thread.pending = pending;
            Err(t)
        }
        (Ok(_), Err(t)) => Err(t),
    }
}

/// Continues the interpreted frame of `method` on top of the frame stack (locals at
/// `base`, operand stack empty) in the on-stack-replacement code at `entry`, from
/// `compile_osr`, to the end of the method. That code uses the frame it is given
/// and leaves it for the interpreter to pop.
pub fn run_osr(
    thread: &mut Thread,
    method: &'static Method,
    entry: usize,
    base: usize,
) -> Result<u64, Thrown> {
    call(thread, method, entry, base)
}

fn call(
    thread: &mut Thread,
    method: &'static Method,
    address: usize,
    base: usize,
) -> Result<u64, Thrown> {
    let code = method.code.as_ref().expect("compiled methods have code");
    let needed = base + code.max_locals as usize + code.max_stack as usize;
    assert!(needed <= thread.stack.len(), "frame outside the Java stack");
    let locals = thread.stack[base..].as_mut_ptr();
    // SAFETY: `address` comes from `compiler::compile` or `compile_osr`: the
    // finalized code of this very method, with the `Entry` signature; that code lives as long as the
    // JIT module (the whole run). It reads and writes only the frame's slots
    // [base, base + max_locals + max_stack), which are inside the Java stack (checked
    // above), and the thread through the helpers, which take it as `&mut` one at a
    // time while compiled code itself does nothing else with it but read `pending`.
    let result = unsafe {
        let entry: Entry = std::mem::transmute::<usize, Entry>(address);
        entry(thread as *mut Thread, locals)
    };
    if thread.pending.is_some() {
        Err(Thrown)
    } else {
        Ok(result)
    }
}
