//! Method invocation: choosing the target (`invokestatic`, `invokespecial`,
//! `invokevirtual` through the vtable, `invokeinterface` through the itable),
//! binding natives, and pushing interpreter frames with a stack-depth check.

use std::sync::atomic::Ordering;

use rjava_runtime::thread::Frame;
use rjava_runtime::{Class, JitState, Method, Ref, Thread, Thrown};

use super::fields::null_pointer;
use crate::prepare::Prepared;
use crate::resolve;

/// Whether a call to `method` runs compiled code: counts the invocation and
/// compiles the method once it is hot (`-XX:CompileThreshold` invocations and loop
/// back-edges), at once under `-Xcomp`, never under `-Xint`.
#[inline]
pub fn use_compiled(thread: &mut Thread, method: &'static Method) -> bool {
    use rjava_runtime::vm::ExecMode;
    match method.jit_state() {
        JitState::Compiled => true,
        JitState::NotCompilable | JitState::Queued => false,
        JitState::Interpreted => {
            let options = thread.vm.options.jit;
            match options.mode {
                ExecMode::Interpreted => false,
                ExecMode::Compiled => rjava_jit::compile(thread, method),
                ExecMode::Mixed => {
                    let n = method.invocations.load(Ordering::Relaxed).saturating_add(1);
                    method.invocations.store(n, Ordering::Relaxed);
                    let hot = n.saturating_add(method.backedges.load(Ordering::Relaxed));
                    hot >= options.compile_threshold && rjava_jit::compile(thread, method)
                }
            }
        }
    }
}

/// The thread ran out of its work budget: an `InternalError` that unwinds the
/// program like any other (the budget stays at zero, so handlers cannot loop on).
#[cold]
pub fn budget_exhausted(thread: &mut Thread) {
    // Making the error runs Java code (Throwable's constructor): lend it some.
    thread.work_budget = 100_000;
    thread.throw_new("java/lang/InternalError", Some("work budget exhausted"));
    thread.work_budget = 0;
}

/// Counts a loop back-edge to bytecode `target_pc` taken in `method`. When the count
/// reaches the threshold the loop is compiled for the rest of this invocation: the
/// on-stack-replacement entry is returned once it is ready. The whole method is compiled when it is
/// next called (its back-edges count towards the threshold there), so a `main`
/// that is never called again is not compiled twice.
#[inline]
pub fn count_backedge(
    thread: &mut Thread,
    method: &'static Method,
    target_pc: u32,
) -> Option<usize> {
    let n = method.backedges.load(Ordering::Relaxed).wrapping_add(1);
    method.backedges.store(n, Ordering::Relaxed);
    let options = thread.vm.options.jit;
    // At the threshold the loop is compiled (in the background, usually); every
    // OSR_POLL back-edges after it the interpreter looks whether the code is ready.
    let asks = n == options.compile_threshold
        || (n > options.compile_threshold && n.is_multiple_of(OSR_POLL));
    if !asks || options.mode != rjava_runtime::vm::ExecMode::Mixed {
        return None;
    }
    if options.on_stack_replacement
        && method.jit_state() != JitState::NotCompilable
        && !method.is_synchronized()
    {
        return rjava_jit::compile_osr(thread, method, target_pc);
    }
    None
}

/// Back-edges between two looks for a loop's compiled entry while it compiles.
const OSR_POLL: u32 = 1024;

pub enum Kind {
    Static,
    Special,
    Virtual,
    Interface,
}

/// The method an invoke instruction runs, given its arguments at `args` (receiver first).
pub fn target(
    thread: &mut Thread,
    cur: &'static Class,
    index: u16,
    kind: Kind,
    args: usize,
) -> Result<&'static Method, Thrown> {
    let resolved = resolve::method(thread, cur, index)?;
    match kind {
        Kind::Static => {
            if !resolved.is_static() {
                let msg = format!("Expected static method {}", resolve::describe(resolved));
                return Err(thread.throw_new("java/lang/IncompatibleClassChangeError", Some(&msg)));
            }
            let owner = resolved.owner();
            if !owner.is_initialized() {
                rjava_runtime::init::initialize(thread, owner)?;
            }
            Ok(resolved)
        }
        Kind::Special => {
            if Ref::from_slot(thread.stack[args]).is_none() {
                return Err(null_pointer(thread));
            }
            Ok(special_target(cur, resolved))
        }
        Kind::Virtual | Kind::Interface => {
            let Some(receiver) = Ref::from_slot(thread.stack[args]) else {
                return Err(null_pointer(thread));
            };
            if resolved.is_private() || resolved.is_static() {
                return Ok(resolved);
            }
            let class = receiver.class();
            match class.select_method(resolved) {
                Some(m) if !m.is_abstract() => Ok(m),
                _ => {
                    let msg = format!(
                        "Receiver class {} does not define or inherit an implementation of the resolved method {} of {} {}.",
                        class.java_name(),
                        resolve::describe(resolved).trim_matches('\''),
                        if resolved.owner().is_interface() {
                            "interface"
                        } else {
                            "class"
                        },
                        resolved.owner().java_name()
                    );
                    Err(thread.throw_new("java/lang/AbstractMethodError", Some(&msg)))
                }
            }
        }
    }
}

/// `invokespecial` of a superclass method from a subclass looks the method up again
/// from the caller's superclass (ACC_SUPER semantics); constructors, private methods
/// and `Interface.super.m()` run as resolved.
pub(crate) fn special_target(cur: &'static Class, resolved: &'static Method) -> &'static Method {
    let owner = resolved.owner();
    if &*resolved.name == "<init>"
        || owner.is_interface()
        || std::ptr::eq(owner, cur)
        || !cur.is_subclass_of(owner)
    {
        return resolved;
    }
    let mut c = cur.super_class;
    while let Some(k) = c {
        if let Some(m) = k
            .declared_method(&resolved.name, &resolved.descriptor)
            .filter(|m| !m.is_static())
        {
            return m;
        }
        c = k.super_class;
    }
    resolved
}

/// The interpreter's prepared code for `method`, made on its first call.
pub fn prepared(thread: &mut Thread, method: &'static Method) -> Result<&'static Prepared, Thrown> {
    if let Some(p) = method
        .prepared
        .get()
        .and_then(|p| p.downcast_ref::<Prepared>())
    {
        return Ok(p);
    }
    let Some(code) = method.code.as_ref() else {
        let msg = format!("{} has no code", resolve::describe(method));
        return Err(thread.throw_new("java/lang/AbstractMethodError", Some(&msg)));
    };
    match crate::prepare::prepare(code) {
        Ok(mut p) => {
            let owner = method.owner();
            let mut tables = crate::quicken::Tables::default();
            for insn in p.insns.iter_mut() {
                *insn = crate::quicken::quicken(thread, owner, *insn, &mut tables);
            }
            p.statics = tables.statics.into_boxed_slice();
            p.methods = tables.methods.into_boxed_slice();
            p.constants = tables.constants.into_boxed_slice();
            let _ = method.prepared.set(Box::new(p));
            Ok(method
                .prepared
                .get()
                .and_then(|p| p.downcast_ref::<Prepared>())
                .expect("just set"))
        }
        Err(e) => {
            let msg = format!("Bad code in method {}: {}", resolve::describe(method), e.0);
            Err(thread.throw_new("java/lang/VerifyError", Some(&msg)))
        }
    }
}

/// Pushes a frame for `method` whose arguments are already at `base..`.
pub fn push_frame(
    thread: &mut Thread,
    method: &'static Method,
    base: usize,
) -> Result<&'static Prepared, Thrown> {
    // Preparing may allocate: until it is done, the arguments are still the caller's
    // operand stack (and so roots); after it, they become the new frame's locals.
    let code = prepared(thread, method)?;
    thread.enter_frame(method, base, code.max_locals, code.max_stack)?;
    Ok(code)
}

/// Throws `StackOverflowError`; its construction may use the reserved depth.
pub fn stack_overflow(thread: &mut Thread) -> Thrown {
    thread.stack_overflow()
}

/// Calls a native method with its arguments in `thread.stack[args..args + n]`.
/// The native gets a frame of its own, so stack traces show it as HotSpot does
/// (`at java.base/java.lang.System.arraycopy(Native Method)`).
pub fn call_native(
    thread: &mut Thread,
    method: &'static Method,
    args: usize,
) -> Result<u64, Thrown> {
    let n = method.arg_slots as usize;
    let mut frame = Frame::new(method, args);
    frame.sp = args + n;
    thread.frames.push(frame);
    let result = bind_and_call(thread, method, args, n);
    thread.frames.pop();
    result
}

fn bind_and_call(
    thread: &mut Thread,
    method: &'static Method,
    args: usize,
    n: usize,
) -> Result<u64, Thrown> {
    let f = match method.native.get() {
        Some(f) => *f,
        None => {
            let owner = method.owner();
            match thread
                .vm
                .natives
                .find(&owner.name, &method.name, &method.descriptor)
            {
                Some(f) => *method.native.get_or_init(|| f),
                None => {
                    let msg = resolve::describe(method);
                    return Err(thread.throw_new("java/lang/UnsatisfiedLinkError", Some(&msg)));
                }
            }
        }
    };
    // Natives take their arguments by slice: copy them off the Java stack (a native
    // may call back into Java, which reuses the stack above them); small argument
    // lists stay on the Rust stack.
    if n <= 16 {
        let mut argv = [0u64; 16];
        argv[..n].copy_from_slice(&thread.stack[args..args + n]);
        f(thread, &argv[..n])
    } else {
        let argv: Vec<u64> = thread.stack[args..args + n].to_vec();
        f(thread, &argv)
    }
}
