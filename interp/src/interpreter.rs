//! The dispatch loop: runs pre-decoded instructions of the frames on the thread's
//! Java stack. Calls between interpreted methods push a frame and continue in the
//! same loop (no Rust recursion per Java call), so deep Java recursion is bounded by
//! the Java stack and ends in `StackOverflowError`, never a native stack overflow.
//!
//! Before any instruction that can call out (allocate, throw, invoke, initialize a
//! class) the loop saves its instruction index, bytecode pc and operand-stack top in
//! the frame (`sync!`), so stack traces, re-entrant calls and the future collector
//! see a consistent stack.

use std::sync::atomic::Ordering;

use rjava_runtime::{Ref, Thread, Thrown};

use crate::indy;
use crate::ops::invoke::{self, Kind};
use crate::ops::slots::*;
use crate::ops::{arith, arrays, constants, fields, objects, stack};
use crate::prepare::Insn;
use crate::resolve;

/// Runs until the frame at depth `entry_depth` returns (its result in one slot) or
/// an exception escapes it (`Err`, exception pending).
pub fn execute(thread: &mut Thread, entry_depth: usize) -> Result<u64, Thrown> {
    // Prepared code of the frames this activation runs (frames[entry_depth..]), so
    // switching frames needs no lookup.
    let mut codes: Vec<&'static crate::prepare::Prepared> = Vec::new();
    'frames: loop {
        let frame = *thread.frames.last().expect("execute needs a frame");
        let method = frame.method;
        let cur = method.owner();
        let depth = thread.frames.len() - entry_depth;
        codes.truncate(depth);
        let code = match codes.get(depth - 1) {
            Some(c) => *c,
            None => {
                let c = invoke::prepared(thread, method)?;
                codes.push(c);
                c
            }
        };
        let base = frame.base;
        let mut sp = frame.sp;
        let mut ip = frame.ip as usize;

        macro_rules! sync {
            () => {{
                let f = thread.frames.last_mut().expect("current frame");
                f.ip = ip as u32;
                f.pc = code.pcs[ip - 1];
                f.sp = sp;
            }};
        }
        macro_rules! throw {
            () => {{
                if unwind(thread, entry_depth) {
                    continue 'frames;
                }
                return Err(Thrown);
            }};
        }
        // One unit of the thread's work budget (calls and back-edges), which is
        // unlimited except where a test or the fuzzer bounds how long code may run.
        macro_rules! spend_budget {
            () => {{
                if thread.work_budget == 0 {
                    sync!();
                    invoke::budget_exhausted(thread);
                    throw!();
                }
                thread.work_budget -= 1;
            }};
        }
        // Calls `target` with its arguments at `args..sp`: natives in place, bytecode
        // methods by pushing a frame and continuing the loop in it.
        macro_rules! call {
            ($target:expr, $args:expr) => {{
                let target = $target;
                let args = $args;
                sync!();
                if target.is_native() {
                    let result = match invoke::call_native(thread, target, args) {
                        Ok(v) => v,
                        Err(_) => throw!(),
                    };
                    sp = args;
                    if let Some(t) = target.return_type {
                        thread.stack[sp] = result;
                        sp += t.slots();
                    }
                    continue;
                }
                spend_budget!();
                if invoke::use_compiled(thread, target) {
                    // Compiled code pushes its own frame.
                    let result = rjava_jit::run(thread, target, args);
                    match result {
                        Ok(v) => {
                            sp = args;
                            if let Some(t) = target.return_type {
                                thread.stack[sp] = v;
                                sp += t.slots();
                            }
                            thread.frames.last_mut().expect("caller").sp = sp;
                            continue;
                        }
                        Err(_) => throw!(),
                    }
                }
                match invoke::push_frame(thread, target, args) {
                    Ok(callee) => codes.push(callee),
                    Err(_) => throw!(),
                }
                if target.is_synchronized() && enter_synchronized(thread, target, args).is_err() {
                    throw!();
                }
                continue 'frames;
            }};
        }
        // A branch back to an earlier instruction: count it toward compiling the method.
        macro_rules! backedge {
            ($target:expr) => {{
                if ($target as usize) < ip {
                    spend_budget!();
                }
                if ($target as usize) < ip
                    && let Some(entry) =
                        invoke::count_backedge(thread, method, code.pcs[$target as usize])
                {
                    // On-stack replacement: the compiled loop finishes the method.
                    ip = $target as usize;
                    let f = thread.frames.last_mut().expect("current frame");
                    f.ip = ip as u32;
                    f.pc = code.pcs[ip];
                    f.sp = sp;
                    let result = rjava_jit::run_osr(thread, method, entry, base);
                    thread.frames.pop();
                    let value = match result {
                        Ok(v) => v,
                        Err(_) => {
                            // The compiled code threw: unwind from the caller, whose
                            // frame is intact (this method has no handlers).
                            if thread.frames.len() <= entry_depth {
                                return Err(Thrown);
                            }
                            throw!();
                        }
                    };
                    let n = method.return_type.map_or(0, |t| t.slots());
                    if n > 0 {
                        thread.stack[base] = value;
                    }
                    if thread.frames.len() == entry_depth {
                        return Ok(value);
                    }
                    thread.frames.last_mut().expect("caller frame").sp = base + n;
                    continue 'frames;
                }
            }};
        }
        macro_rules! attempt {
            ($e:expr) => {{
                sync!();
                match $e {
                    Ok(v) => v,
                    Err(_) => throw!(),
                }
            }};
        }

        loop {
            let insn = code.insns[ip];
            ip += 1;
            let s = &mut thread.stack;
            match insn {
                Insn::Nop => {}
                Insn::AconstNull => {
                    s[sp] = 0;
                    sp += 1;
                }
                Insn::Iconst(v) => {
                    set_i(s, sp, v);
                    sp += 1;
                }
                Insn::Lconst(v) => {
                    set_l(s, sp, v as i64);
                    sp += 2;
                }
                Insn::Fconst(v) => {
                    set_f(s, sp, v);
                    sp += 1;
                }
                Insn::Dconst(v) => {
                    set_d(s, sp, v as f64);
                    sp += 2;
                }
                Insn::Ldc(index) => {
                    let v = attempt!(constants::ldc(thread, cur, index));
                    thread.stack[sp] = v;
                    sp += 1;
                }
                Insn::Ldc2(index) => {
                    let v = attempt!(constants::ldc(thread, cur, index));
                    thread.stack[sp] = v;
                    sp += 2;
                }
                Insn::Const1(index) => {
                    s[sp] = code.constants[index as usize];
                    sp += 1;
                }
                Insn::Const2(index) => {
                    s[sp] = code.constants[index as usize];
                    sp += 2;
                }
                Insn::Load(i) => {
                    s[sp] = s[base + i as usize];
                    sp += 1;
                }
                Insn::Load2(i) => {
                    s[sp] = s[base + i as usize];
                    sp += 2;
                }
                Insn::Store(i) => {
                    sp -= 1;
                    s[base + i as usize] = s[sp];
                }
                Insn::Store2(i) => {
                    sp -= 2;
                    s[base + i as usize] = s[sp];
                }
                Insn::Iinc(i, delta) => {
                    let slot = base + i as usize;
                    set_i(s, slot, get_i(s, slot).wrapping_add(delta as i32));
                }
                Insn::ArrayLoad(ty) => attempt!(arrays::load(thread, ty, &mut sp)),
                Insn::ArrayStore(ty) => attempt!(arrays::store(thread, ty, &mut sp)),
                Insn::Pop
                | Insn::Pop2
                | Insn::Dup
                | Insn::DupX1
                | Insn::DupX2
                | Insn::Dup2
                | Insn::Dup2X1
                | Insn::Dup2X2
                | Insn::Swap => stack::shuffle(insn, s, &mut sp),
                Insn::Arith(op) => {
                    if arith::arith(op, s, &mut sp).is_err() {
                        sync!();
                        thread.throw_new("java/lang/ArithmeticException", Some("/ by zero"));
                        throw!();
                    }
                }
                Insn::Iadd => {
                    sp -= 1;
                    set_i(s, sp - 1, get_i(s, sp - 1).wrapping_add(get_i(s, sp)));
                }
                Insn::Isub => {
                    sp -= 1;
                    set_i(s, sp - 1, get_i(s, sp - 1).wrapping_sub(get_i(s, sp)));
                }
                Insn::Imul => {
                    sp -= 1;
                    set_i(s, sp - 1, get_i(s, sp - 1).wrapping_mul(get_i(s, sp)));
                }
                Insn::Dadd => {
                    sp -= 2;
                    set_d(s, sp - 2, get_d(s, sp - 2) + get_d(s, sp));
                }
                Insn::Dsub => {
                    sp -= 2;
                    set_d(s, sp - 2, get_d(s, sp - 2) - get_d(s, sp));
                }
                Insn::Dmul => {
                    sp -= 2;
                    set_d(s, sp - 2, get_d(s, sp - 2) * get_d(s, sp));
                }
                Insn::Ddiv => {
                    sp -= 2;
                    set_d(s, sp - 2, get_d(s, sp - 2) / get_d(s, sp));
                }
                Insn::Ladd => {
                    sp -= 2;
                    set_l(s, sp - 2, get_l(s, sp - 2).wrapping_add(get_l(s, sp)));
                }
                Insn::Lsub => {
                    sp -= 2;
                    set_l(s, sp - 2, get_l(s, sp - 2).wrapping_sub(get_l(s, sp)));
                }
                Insn::I2l => {
                    set_l(s, sp - 1, get_i(s, sp - 1) as i64);
                    sp += 1;
                }
                Insn::L2i => {
                    sp -= 1;
                    set_i(s, sp - 1, get_l(s, sp - 1) as i32);
                }
                Insn::I2d => {
                    set_d(s, sp - 1, get_i(s, sp - 1) as f64);
                    sp += 1;
                }
                Insn::Lcmp => {
                    sp -= 3;
                    let (a, b) = (get_l(s, sp - 1), get_l(s, sp + 1));
                    set_i(s, sp - 1, (a > b) as i32 - (a < b) as i32);
                }
                Insn::IfZero(cond, target) => {
                    sp -= 1;
                    if cond.holds(get_i(s, sp), 0) {
                        backedge!(target);
                        ip = target as usize;
                    }
                }
                Insn::IfIcmp(cond, target) => {
                    sp -= 2;
                    if cond.holds(get_i(s, sp), get_i(s, sp + 1)) {
                        backedge!(target);
                        ip = target as usize;
                    }
                }
                Insn::Convert(op) => arith::convert(op, s, &mut sp),
                Insn::Compare(op) => arith::compare(op, s, &mut sp),
                Insn::If(op, target) => {
                    if branch(op, s, &mut sp) {
                        backedge!(target);
                        ip = target as usize;
                    }
                }
                Insn::Goto(target) => {
                    backedge!(target);
                    ip = target as usize;
                }
                Insn::Jsr(target) => {
                    s[sp] = ip as u64;
                    sp += 1;
                    ip = target as usize;
                }
                Insn::Ret(i) => ip = s[base + i as usize] as usize,
                Insn::TableSwitch(t) => {
                    let sw = &code.switches[t as usize];
                    sp -= 1;
                    let key = get_i(s, sp);
                    let offset = key as i64 - sw.low as i64;
                    ip = if offset >= 0 && (offset as usize) < sw.targets.len() {
                        sw.targets[offset as usize]
                    } else {
                        sw.default
                    } as usize;
                }
                Insn::LookupSwitch(t) => {
                    let sw = &code.switches[t as usize];
                    sp -= 1;
                    let key = get_i(s, sp);
                    ip = match sw.keys.binary_search(&key) {
                        Ok(i) => sw.targets[i],
                        Err(_) => sw.default,
                    } as usize;
                }
                Insn::Return(n) => {
                    let n = n as usize;
                    let done = thread.frames.pop().expect("returning frame");
                    if let Some(lock) = done.monitor
                        && rjava_runtime::monitor::exit(thread, lock.slot()).is_err()
                    {
                        throw!();
                    }
                    let s = &mut thread.stack;
                    for k in 0..n {
                        s[base + k] = s[sp - n + k];
                    }
                    let result = if n > 0 { s[base] } else { 0 };
                    if thread.frames.len() == entry_depth {
                        return Ok(result);
                    }
                    thread.frames.last_mut().expect("caller frame").sp = base + n;
                    continue 'frames;
                }
                Insn::GetStatic(i) => attempt!(fields::get_static(thread, cur, i, &mut sp)),
                Insn::PutStatic(i) => attempt!(fields::put_static(thread, cur, i, &mut sp)),
                Insn::GetField(i) => attempt!(fields::get_field(thread, cur, i, &mut sp)),
                Insn::PutField(i) => attempt!(fields::put_field(thread, cur, i, &mut sp)),
                Insn::InvokeStatic(i)
                | Insn::InvokeSpecial(i)
                | Insn::InvokeVirtual(i)
                | Insn::InvokeInterface(i) => {
                    let kind = match insn {
                        Insn::InvokeStatic(_) => Kind::Static,
                        Insn::InvokeSpecial(_) => Kind::Special,
                        Insn::InvokeVirtual(_) => Kind::Virtual,
                        _ => Kind::Interface,
                    };
                    let resolved = attempt!(resolve::method(thread, cur, i));
                    let args = sp - resolved.arg_slots as usize;
                    let target = attempt!(invoke::target(thread, cur, i, kind, args));
                    call!(target, args);
                }
                Insn::InvokeDirect(index) => {
                    let target = code.methods[index as usize];
                    let args = sp - target.arg_slots as usize;
                    if !target.is_static() && thread.stack[args] == 0 {
                        sync!();
                        fields::null_pointer(thread);
                        throw!();
                    }
                    call!(target, args);
                }
                Insn::InvokeVtable(index, arg_slots) => {
                    let args = sp - arg_slots as usize;
                    let Some(receiver) = Ref::from_slot(thread.stack[args]) else {
                        sync!();
                        fields::null_pointer(thread);
                        throw!();
                    };
                    let target = receiver.class().vtable()[index as usize];
                    if target.is_abstract() {
                        sync!();
                        let msg = format!(
                            "Receiver class {} does not define or inherit an implementation of the resolved method {}",
                            receiver.class().java_name(),
                            resolve::describe(target).trim_matches('\'')
                        );
                        thread.throw_new("java/lang/AbstractMethodError", Some(&msg));
                        throw!();
                    }
                    call!(target, args);
                }
                Insn::GetFieldQuick(offset, ty) => {
                    let Some(obj) = Ref::from_slot(s[sp - 1]) else {
                        sync!();
                        fields::null_pointer(thread);
                        throw!();
                    };
                    s[sp - 1] = fields::read_field(obj, offset, ty);
                    sp += ty.slots() - 1;
                }
                Insn::PutFieldQuick(offset, ty) => {
                    let width = ty.slots();
                    let Some(obj) = Ref::from_slot(s[sp - width - 1]) else {
                        sync!();
                        fields::null_pointer(thread);
                        throw!();
                    };
                    fields::write_field(obj, offset, ty, s[sp - width]);
                    sp -= width + 1;
                }
                Insn::GetField4(offset) | Insn::GetFieldRef(offset) | Insn::GetField8(offset) => {
                    let Some(obj) = Ref::from_slot(s[sp - 1]) else {
                        sync!();
                        fields::null_pointer(thread);
                        throw!();
                    };
                    if let Insn::GetField4(_) = insn {
                        s[sp - 1] = obj.read::<u32>(offset) as u64;
                    } else {
                        s[sp - 1] = obj.read::<u64>(offset);
                        if let Insn::GetField8(_) = insn {
                            sp += 1;
                        }
                    }
                }
                Insn::PutField4(offset) | Insn::PutFieldRef(offset) | Insn::PutField8(offset) => {
                    let width = if let Insn::PutField8(_) = insn { 2 } else { 1 };
                    let Some(obj) = Ref::from_slot(s[sp - width - 1]) else {
                        sync!();
                        fields::null_pointer(thread);
                        throw!();
                    };
                    let v = s[sp - width];
                    if let Insn::PutField4(_) = insn {
                        obj.write::<u32>(offset, v as u32);
                    } else {
                        obj.write::<u64>(offset, v);
                    }
                    sp -= width + 1;
                }
                Insn::GetStaticQuick(index, ty) => {
                    s[sp] = fields::static_value(
                        code.statics[index as usize].load(Ordering::Relaxed),
                        ty,
                    );
                    sp += ty.slots();
                }
                Insn::PutStaticQuick(index, ty) => {
                    sp -= ty.slots();
                    code.statics[index as usize]
                        .store(fields::static_store(s[sp], ty), Ordering::Relaxed);
                }
                Insn::InvokeDynamic(i) => attempt!(indy::invoke_dynamic(thread, cur, i, &mut sp)),
                Insn::New(i) => {
                    let v = attempt!(objects::new(thread, cur, i));
                    thread.stack[sp] = v;
                    sp += 1;
                }
                Insn::NewArray(ty) => {
                    let len = get_i(s, sp - 1);
                    let v = attempt!(objects::new_primitive_array(thread, ty, len));
                    thread.stack[sp - 1] = v;
                }
                Insn::ANewArray(i) => {
                    let len = get_i(s, sp - 1);
                    let v = attempt!(objects::new_reference_array(thread, cur, i, len));
                    thread.stack[sp - 1] = v;
                }
                Insn::MultiANewArray(i, dims) => {
                    let v = attempt!(objects::multi_new_array(thread, cur, i, dims, &mut sp));
                    thread.stack[sp] = v;
                    sp += 1;
                }
                Insn::ArrayLength => attempt!(arrays::length(thread, sp)),
                Insn::AThrow => {
                    sync!();
                    let v = thread.stack[sp - 1];
                    objects::athrow(thread, v);
                    throw!();
                }
                Insn::CheckCast(i) => {
                    let v = s[sp - 1];
                    attempt!(objects::check_cast(thread, cur, i, v));
                }
                Insn::InstanceOf(i) => {
                    let v = s[sp - 1];
                    let r = attempt!(objects::instance_of(thread, cur, i, v));
                    set_i(&mut thread.stack, sp - 1, r);
                }
                Insn::MonitorEnter => {
                    sp -= 1;
                    let v = s[sp];
                    attempt!(rjava_runtime::monitor::enter(thread, v));
                }
                Insn::MonitorExit => {
                    sp -= 1;
                    let v = s[sp];
                    attempt!(rjava_runtime::monitor::exit(thread, v));
                }
            }
        }
    }
}

/// Conditional branches: whether to jump.
#[inline]
fn branch(op: rjava_classfile::bytecode::Opcode, s: &[u64], sp: &mut usize) -> bool {
    use rjava_classfile::bytecode::Opcode::*;
    match op {
        Ifeq | Ifne | Iflt | Ifge | Ifgt | Ifle => {
            *sp -= 1;
            let v = get_i(s, *sp);
            match op {
                Ifeq => v == 0,
                Ifne => v != 0,
                Iflt => v < 0,
                Ifge => v >= 0,
                Ifgt => v > 0,
                _ => v <= 0,
            }
        }
        Ifnull => {
            *sp -= 1;
            s[*sp] == 0
        }
        Ifnonnull => {
            *sp -= 1;
            s[*sp] != 0
        }
        IfAcmpeq | IfAcmpne => {
            *sp -= 2;
            (s[*sp] == s[*sp + 1]) == (op == IfAcmpeq)
        }
        _ => {
            *sp -= 2;
            let (a, b) = (get_i(s, *sp), get_i(s, *sp + 1));
            match op {
                IfIcmpeq => a == b,
                IfIcmpne => a != b,
                IfIcmplt => a < b,
                IfIcmpge => a >= b,
                IfIcmpgt => a > b,
                _ => a <= b,
            }
        }
    }
}

/// Locks the receiver (or the class mirror, for static methods) of a synchronized
/// method that was just entered, remembering it in the frame.
pub fn enter_synchronized(
    thread: &mut Thread,
    method: &'static rjava_runtime::Method,
    args: usize,
) -> Result<(), Thrown> {
    let lock = if method.is_static() {
        rjava_runtime::mirror::mirror_of(thread, method.owner())?
    } else {
        Ref::from_slot(thread.stack[args]).expect("receiver checked by invoke")
    };
    rjava_runtime::monitor::enter(thread, lock.slot())?;
    thread.frames.last_mut().expect("entered frame").monitor = Some(lock);
    Ok(())
}

/// Finds a handler for the pending exception, popping frames that have none.
/// Returns false when the exception leaves the frame at `entry_depth`.
fn unwind(thread: &mut Thread, entry_depth: usize) -> bool {
    let Some(exception) = thread.pending else {
        return false;
    };
    loop {
        let frame = *thread.frames.last().expect("unwinding frame");
        let Ok(code) = invoke::prepared(thread, frame.method) else {
            return false;
        };
        thread.pending = Some(exception);
        let at = frame.ip.saturating_sub(1);
        let cur = frame.method.owner();
        for h in code.handlers.iter() {
            if h.start <= at && at < h.end {
                let catches = h.catch_type == 0 || {
                    match resolve::class(thread, cur, h.catch_type) {
                        Ok(c) => exception.class().is_subclass_of(c),
                        Err(_) => false,
                    }
                };
                thread.pending = Some(exception);
                if catches {
                    thread.pending = None;
                    let sp = frame.base + code.max_locals;
                    thread.stack[sp] = exception.slot();
                    let f = thread.frames.last_mut().expect("handler frame");
                    f.sp = sp + 1;
                    f.ip = h.target;
                    return true;
                }
            }
        }
        let done = thread.frames.pop().expect("frame");
        if let Some(lock) = done.monitor {
            let _ = rjava_runtime::monitor::exit(thread, lock.slot());
            thread.pending = Some(exception);
        }
        if thread.frames.len() <= entry_depth {
            return false;
        }
    }
}
