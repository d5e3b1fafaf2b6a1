//! The runtime calls compiled code makes: invoking other methods, allocating,
//! class initialization, type checks and throwing. `extern "C"`, thread first.
//!
//! Every helper that can allocate, throw or run Java code takes the bytecode pc of
//! the call site and the operand-stack depth there: it records both in the compiled
//! method's frame first, so stack traces name the right line and the collector scans
//! the right slots (compiled code has stored its references there). Helpers report
//! exceptions by leaving one pending; they never unwind through compiled code.

use std::sync::atomic::{AtomicUsize, Ordering};

use rjava_runtime::{Class, Method, Ref, Thread};

/// The thread a helper was called with.
fn thread<'a>(thread: *mut Thread) -> &'a mut Thread {
    // SAFETY: compiled code passes on the pointer it was given by `code::run`, which
    // made it from a `&mut Thread` that stays borrowed for the whole call, and
    // compiled code does not use the thread while a helper runs.
    unsafe { &mut *thread }
}

fn metadata<'a, T>(p: *const T) -> &'a T {
    // SAFETY: the translator embeds addresses of `Class` and `Method` metadata, which
    // is leaked when loaded and never freed or moved, and of call-site caches, which
    // are leaked when their call site is compiled.
    unsafe { &*p }
}

/// Records where the compiled frame on top of the stack is: its pc, and its operand
/// stack depth (as the slot just above the live part of the stack).
/// The start of every helper that resolves a constant of the compiled method's
/// class `current` at run time: the thread, the class, and the frame's pc and
/// stack top recorded (resolution may load classes, collect and throw).
fn resolving<'a>(
    thread_ptr: *mut Thread,
    current: *const Class,
    pc: u32,
    depth: u32,
) -> (&'a mut Thread, &'static Class) {
    let t = thread(thread_ptr);
    at(t, pc, depth);
    (t, metadata(current))
}

fn at(t: &mut Thread, pc: u32, depth: u32) {
    let frame = t.frames.last_mut().expect("a compiled frame");
    let max_locals = frame
        .method
        .code
        .as_ref()
        .map_or(0, |c| c.max_locals as usize);
    frame.pc = pc;
    frame.sp = frame.base + max_locals + depth as usize;
}

/// Calls `method` (for `virtual_` != 0 the implementation selected by the receiver's
/// class) with its `nargs` argument slots at depth `depth - nargs` of the caller's
/// operand stack.
pub(crate) extern "C" fn invoke(
    thread_ptr: *mut Thread,
    method: *const Method,
    pc: u32,
    depth: u32,
    nargs: u32,
    virtual_: u32,
) -> u64 {
    let t = thread(thread_ptr);
    let method: &'static Method = metadata(method);
    at(t, pc, depth);
    let base = t.frames.last().expect("caller").sp - nargs as usize;
    let target = if virtual_ != 0 {
        let Some(m) = select(t, method, base) else {
            return 0;
        };
        m
    } else {
        if !method.is_static() && t.stack[base] == 0 {
            t.throw_new("java/lang/NullPointerException", None);
            return 0;
        }
        method
    };
    let engine = t.vm.engine();
    engine.invoke_at(t, target, base).unwrap_or(0)
}

/// The implementation of `method` that a virtual or interface call selects from the
/// class of its receiver (the first of the `nargs` argument slots at the top of the
/// caller's operand stack of depth `depth`); 0 with the error pending for a null
/// receiver or a missing implementation.
pub(crate) extern "C" fn select_virtual(
    thread_ptr: *mut Thread,
    method: *const Method,
    pc: u32,
    depth: u32,
    nargs: u32,
) -> usize {
    let t = thread(thread_ptr);
    let method: &'static Method = metadata(method);
    at(t, pc, depth);
    let base = t.frames.last().expect("caller").sp - nargs as usize;
    select(t, method, base).map_or(0, |m| m as *const Method as usize)
}

/// An interface call site's cache: the receiver class seen last and the
/// implementation selected for it. Compiled code compares the receiver's class with
/// the first word and on a match calls the second; `select_cached` fills it.
/// (rjava runs Java on one thread; with several, the pair would have to be
/// published as one word.)
#[repr(C)]
#[derive(Default)]
pub(crate) struct CallSiteCache {
    pub class: AtomicUsize,
    pub method: AtomicUsize,
}

/// `select_virtual` for a call site with a cache: the selected implementation is
/// remembered for the receiver's class.
pub(crate) extern "C" fn select_cached(
    thread_ptr: *mut Thread,
    method: *const Method,
    pc: u32,
    depth: u32,
    nargs: u32,
    cache: *const CallSiteCache,
) -> usize {
    let selected = select_virtual(thread_ptr, method, pc, depth, nargs);
    if selected != 0 {
        let t = thread(thread_ptr);
        let base = t.frames.last().expect("caller").sp - nargs as usize;
        if let Some(receiver) = Ref::from_slot(t.stack[base]) {
            let cache = metadata(cache);
            cache.class.store(0, Ordering::Release);
            cache.method.store(selected, Ordering::Release);
            cache
                .class
                .store(receiver.class() as *const _ as usize, Ordering::Release);
        }
    }
    selected
}

/// The implementation of `method` for the receiver in slot `base`, or None with
/// `NullPointerException` or `AbstractMethodError` pending.
fn select(t: &mut Thread, method: &'static Method, base: usize) -> Option<&'static Method> {
    let Some(receiver) = Ref::from_slot(t.stack[base]) else {
        t.throw_new("java/lang/NullPointerException", None);
        return None;
    };
    match receiver.class().select_method(method) {
        Some(m) if !m.is_abstract() => Some(m),
        _ => {
            let msg = format!(
                "Receiver class {} does not define or inherit an implementation of the resolved method '{}'",
                receiver.class().java_name(),
                method.name
            );
            t.throw_new("java/lang/AbstractMethodError", Some(&msg));
            None
        }
    }
}

/// The slow path of a compiled method pushing its own frame (its locals at address
/// `locals` in the Java stack) when the inline check found the frame stack or the
/// Java stack at its limit: throws `StackOverflowError` (0), or pushes the frame in
/// the reserve while one is being made and returns the frame's address.
pub(crate) extern "C" fn push_own_frame(
    thread_ptr: *mut Thread,
    method: *const Method,
    locals: usize,
) -> usize {
    let t = thread(thread_ptr);
    let method: &'static Method = metadata(method);
    let base = (locals - t.stack_address) / 8;
    let code = method.code.as_ref().expect("compiled methods have code");
    let (max_locals, max_stack) = (code.max_locals as usize, code.max_stack as usize);
    match t.enter_frame(method, base, max_locals, max_stack) {
        Ok(()) => t.frames.last_mut().expect("pushed") as *mut _ as usize,
        Err(_) => 0,
    }
}

/// `invokedynamic` at constant-pool `index` of `class`, through the engine (which
/// links call sites), with the arguments at the top of the operand stack of depth
/// `depth`.
pub(crate) extern "C" fn invoke_dynamic(
    thread_ptr: *mut Thread,
    class: *const Class,
    index: u32,
    pc: u32,
    depth: u32,
) -> u64 {
    let t = thread(thread_ptr);
    let class: &'static Class = metadata(class);
    at(t, pc, depth);
    let sp = t.frames.last().expect("a compiled frame").sp;
    let engine = t.vm.engine();
    engine
        .invoke_dynamic(t, class, index as u16, sp)
        .unwrap_or(0)
}

pub(crate) extern "C" fn init_class(
    thread_ptr: *mut Thread,
    class: *const Class,
    pc: u32,
    depth: u32,
) {
    let t = thread(thread_ptr);
    let class: &'static Class = metadata(class);
    if !class.is_initialized() {
        at(t, pc, depth);
        let _ = rjava_runtime::init::initialize(t, class);
    }
}

pub(crate) extern "C" fn throw_null_pointer(thread_ptr: *mut Thread, pc: u32, depth: u32) {
    let t = thread(thread_ptr);
    at(t, pc, depth);
    t.throw_new("java/lang/NullPointerException", None);
}

pub(crate) extern "C" fn throw_divide_by_zero(thread_ptr: *mut Thread, pc: u32, depth: u32) {
    let t = thread(thread_ptr);
    at(t, pc, depth);
    t.throw_new("java/lang/ArithmeticException", Some("/ by zero"));
}

pub(crate) extern "C" fn throw_index(
    thread_ptr: *mut Thread,
    pc: u32,
    depth: u32,
    index: i32,
    length: i32,
) {
    let t = thread(thread_ptr);
    at(t, pc, depth);
    let msg = format!("Index {index} out of bounds for length {length}");
    t.throw_new("java/lang/ArrayIndexOutOfBoundsException", Some(&msg));
}

/// `athrow`: the exception becomes pending (NullPointerException for null).
/// `monitorenter` (`exit` 0) or `monitorexit` (`exit` 1) on `object`; the error, if
/// any, is left pending.
pub(crate) extern "C" fn monitor(
    thread_ptr: *mut Thread,
    pc: u32,
    depth: u32,
    object: u64,
    exit: u32,
) {
    let t = thread(thread_ptr);
    at(t, pc, depth);
    let _ = if exit == 0 {
        rjava_runtime::monitor::enter(t, object)
    } else {
        rjava_runtime::monitor::exit(t, object)
    };
}

pub(crate) extern "C" fn athrow(thread_ptr: *mut Thread, pc: u32, depth: u32, exception: u64) {
    let t = thread(thread_ptr);
    at(t, pc, depth);
    match Ref::from_slot(exception) {
        Some(e) => {
            t.throw(e);
        }
        None => {
            t.throw_new("java/lang/NullPointerException", None);
        }
    }
}

/// `new` of a class compiled code could not resolve when it was compiled (one not
/// loaded then, typically an exception class): resolve it now, as the interpreter
/// would, then allocate.
pub(crate) extern "C" fn new_object_unresolved(
    thread_ptr: *mut Thread,
    current: *const Class,
    index: u32,
    pc: u32,
    depth: u32,
) -> u64 {
    let (t, current) = resolving(thread_ptr, current, pc, depth);
    let Ok(class) = t.vm.engine().resolve_class(t, current, index as u16) else {
        return 0;
    };
    if class.is_interface() || class.is_abstract() {
        t.throw_new("java/lang/InstantiationError", Some(&class.java_name()));
        return 0;
    }
    new_object(thread_ptr, class, pc, depth)
}

/// A call through a method reference compiled code could not resolve when it was
/// compiled: resolve it now, then call as `invoke` does (`kind` 0: static, 1: a
/// constructor or private method, 2: virtual or interface).
pub(crate) extern "C" fn invoke_unresolved(
    thread_ptr: *mut Thread,
    current: *const Class,
    index: u32,
    pc: u32,
    depth: u32,
    nargs: u32,
    kind: u32,
) -> u64 {
    let (t, current) = resolving(thread_ptr, current, pc, depth);
    let Ok(method) = t.vm.engine().resolve_method(t, current, index as u16) else {
        return 0;
    };
    if method.is_static() != (kind == 0) {
        let msg = format!(
            "Expected {} method '{}'",
            if kind == 0 { "static" } else { "non-static" },
            method.name
        );
        t.throw_new("java/lang/IncompatibleClassChangeError", Some(&msg));
        return 0;
    }
    if kind == 0 {
        let owner = method.owner();
        if !owner.is_initialized() && rjava_runtime::init::initialize(t, owner).is_err() {
            return 0;
        }
    }
    let virtual_ = u32::from(kind == 2 && !method.is_private());
    invoke(thread_ptr, method, pc, depth, nargs, virtual_)
}

/// `ldc` of a string constant not resolved when the method was compiled.
pub(crate) extern "C" fn ldc_string(
    thread_ptr: *mut Thread,
    current: *const Class,
    index: u32,
    pc: u32,
    depth: u32,
) -> u64 {
    let (t, current) = resolving(thread_ptr, current, pc, depth);
    rjava_runtime::string::resolve_constant(t, current, index as u16).map_or(0, Ref::slot)
}

/// The class of the Class constant at `index` of `current`, resolved now (for
/// `checkcast`/`instanceof` of a class not loaded when the code was compiled); 0
/// with the error pending if it cannot be loaded.
pub(crate) extern "C" fn resolve_class(
    thread_ptr: *mut Thread,
    current: *const Class,
    index: u32,
    pc: u32,
    depth: u32,
) -> usize {
    let (t, current) = resolving(thread_ptr, current, pc, depth);
    t.vm.engine()
        .resolve_class(t, current, index as u16)
        .map_or(0, |c| c as *const Class as usize)
}

/// The address of the static field at `index` of `current`, resolved and its class
/// initialized now (for `getstatic`/`putstatic` of a class not loaded when the code
/// was compiled); 0 with the error pending.
pub(crate) extern "C" fn static_field_address(
    thread_ptr: *mut Thread,
    current: *const Class,
    index: u32,
    pc: u32,
    depth: u32,
) -> usize {
    let (t, current) = resolving(thread_ptr, current, pc, depth);
    let Ok(field) = t.vm.engine().resolve_field(t, current, index as u16, true) else {
        return 0;
    };
    let owner = field.owner();
    if !owner.is_initialized() && rjava_runtime::init::initialize(t, owner).is_err() {
        return 0;
    }
    owner.static_slot(field.offset) as *const _ as usize
}

/// The offset of the instance field at `index` of `current`, resolved now (for
/// `getfield`/`putfield` through a class not loaded when the code was compiled); 0
/// (never a field's offset: the header comes first) with the error pending.
pub(crate) extern "C" fn instance_field_offset(
    thread_ptr: *mut Thread,
    current: *const Class,
    index: u32,
    pc: u32,
    depth: u32,
) -> usize {
    let (t, current) = resolving(thread_ptr, current, pc, depth);
    t.vm.engine()
        .resolve_field(t, current, index as u16, false)
        .map_or(0, |f| f.offset as usize)
}

/// The array class whose elements are the class at `index` of `current`, resolving
/// that class now (`anewarray` of a class not loaded when the code was compiled).
pub(crate) extern "C" fn resolve_array_class(
    thread_ptr: *mut Thread,
    current: *const Class,
    index: u32,
    pc: u32,
    depth: u32,
) -> usize {
    let (t, current) = resolving(thread_ptr, current, pc, depth);
    let Ok(component) = t.vm.engine().resolve_class(t, current, index as u16) else {
        return 0;
    };
    match t.vm.loader.array_of(component) {
        Ok(array) => array as *const Class as usize,
        Err(e) => {
            rjava_runtime::exception::throw_load_error(t, &e);
            0
        }
    }
}

/// `multianewarray` of the array class at `index` of `current` with its `dims` counts
/// in the top slots of the caller's operand stack of depth `depth`.
pub(crate) extern "C" fn multi_new_array(
    thread_ptr: *mut Thread,
    current: *const Class,
    index: u32,
    dims: u32,
    pc: u32,
    depth: u32,
) -> u64 {
    let (t, current) = resolving(thread_ptr, current, pc, depth);
    let top = t.frames.last().expect("caller").sp;
    let counts: Vec<i32> = t.stack[top - dims as usize..top]
        .iter()
        .map(|&s| s as u32 as i32)
        .collect();
    let Ok(class) = t.vm.engine().resolve_class(t, current, index as u16) else {
        return 0;
    };
    rjava_runtime::alloc::new_multi_array(t, class, &counts).map_or(0, Ref::slot)
}

/// `ldc` of a Class constant: the class's mirror (resolving the class first).
pub(crate) extern "C" fn ldc_class(
    thread_ptr: *mut Thread,
    current: *const Class,
    index: u32,
    pc: u32,
    depth: u32,
) -> u64 {
    let (t, current) = resolving(thread_ptr, current, pc, depth);
    let Ok(class) = t.vm.engine().resolve_class(t, current, index as u16) else {
        return 0;
    };
    rjava_runtime::mirror::mirror_of(t, class).map_or(0, Ref::slot)
}

pub(crate) extern "C" fn new_object(
    thread_ptr: *mut Thread,
    class: *const Class,
    pc: u32,
    depth: u32,
) -> u64 {
    let t = thread(thread_ptr);
    let class: &'static Class = metadata(class);
    at(t, pc, depth);
    if !class.is_initialized() && rjava_runtime::init::initialize(t, class).is_err() {
        return 0;
    }
    rjava_runtime::alloc::new_object(t, class).map_or(0, Ref::slot)
}

pub(crate) extern "C" fn new_array(
    thread_ptr: *mut Thread,
    array_class: *const Class,
    length: i32,
    pc: u32,
    depth: u32,
) -> u64 {
    let t = thread(thread_ptr);
    let class: &'static Class = metadata(array_class);
    at(t, pc, depth);
    rjava_runtime::alloc::new_array(t, class, length).map_or(0, Ref::slot)
}

pub(crate) extern "C" fn check_cast(
    thread_ptr: *mut Thread,
    class: *const Class,
    value: u64,
    pc: u32,
    depth: u32,
) {
    let class: &'static Class = metadata(class);
    if let Some(obj) = Ref::from_slot(value)
        && !obj.class().is_assignable_to(class)
    {
        let t = thread(thread_ptr);
        at(t, pc, depth);
        let msg = rjava_runtime::exception::class_cast_message(obj.class(), class);
        t.throw_new("java/lang/ClassCastException", Some(&msg));
    }
}

/// Whether the pending `exception` is an instance of the catch type at constant-pool
/// `index` of `class`, loading that class if needed (as the interpreter's unwinding
/// does; a class that cannot be loaded catches nothing). The exception stays pending.
pub(crate) extern "C" fn catches(
    thread_ptr: *mut Thread,
    class: *const Class,
    index: u32,
    exception: u64,
) -> i32 {
    let t = thread(thread_ptr);
    let class: &'static Class = metadata(class);
    let Some(e) = Ref::from_slot(exception) else {
        return 0;
    };
    let catch = match class.resolved(index as u16) {
        Some(rjava_runtime::class::Resolved::Class(c)) => Some(c),
        _ => class
            .constant_pool
            .class_name(index as u16)
            .ok()
            .and_then(|name| t.vm.loader.load(name).ok()),
    };
    t.pending = Some(e);
    catch.map_or(0, |c| i32::from(e.class().is_subclass_of(c)))
}

pub(crate) extern "C" fn instance_of(class: *const Class, value: u64) -> i32 {
    let class: &'static Class = metadata(class);
    Ref::from_slot(value).map_or(0, |obj| i32::from(obj.class().is_assignable_to(class)))
}

/// `aastore` with its null, bounds and store checks.
pub(crate) extern "C" fn store_reference(
    thread_ptr: *mut Thread,
    array: u64,
    index: i32,
    value: u64,
    pc: u32,
    depth: u32,
) {
    let t = thread(thread_ptr);
    let Some(a) = Ref::from_slot(array) else {
        at(t, pc, depth);
        t.throw_new("java/lang/NullPointerException", None);
        return;
    };
    let length = a.array_length();
    if index < 0 || index >= length {
        throw_index(thread_ptr, pc, depth, index, length);
        return;
    }
    if let Some(v) = Ref::from_slot(value) {
        at(t, pc, depth);
        if rjava_runtime::exception::check_array_store(t, a, v).is_err() {
            return;
        }
    }
    a.array_set::<u64>(index as usize, value);
}

pub(crate) extern "C" fn frem(a: f32, b: f32) -> f32 {
    a % b
}

pub(crate) extern "C" fn drem(a: f64, b: f64) -> f64 {
    a % b
}
