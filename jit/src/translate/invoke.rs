//! Method calls. The arguments are stored where an interpreter frame would have
//! them (the top of this frame's operand stack in the Java stack, which becomes
//! the callee's locals), and a helper runs the callee: compiled, interpreted or
//! native. `invokevirtual` of a class method finds the implementation in the
//! receiver's vtable inline; `invokeinterface` remembers the last receiver class
//! and its implementation in a cache per call site, and selects in a helper on a
//! miss.

use cranelift_codegen::ir::{
    AbiParam, BlockArg, FuncRef, InstBuilder, MemFlagsData, Signature, Value, types,
};
use cranelift_codegen::isa::CallConv;
use rjava_classfile::bytecode::{Instruction, Opcode, Operand};
use rjava_runtime::Method;

use super::{Result, Translator, Ty, unsupported};
use crate::compiler::CompileError;
use crate::helpers;

/// A virtual call being translated: the resolved method (as a value), the call's
/// pc, the operand-stack depth before it, and its argument slots.
#[derive(Clone, Copy)]
struct Site {
    m: Value,
    pc: u32,
    depth: usize,
    nargs: usize,
}

impl Translator<'_, '_> {
    pub(super) fn invoke(&mut self, insn: &Instruction) -> Result<()> {
        let index = match insn.operand {
            Operand::Constant(i) | Operand::InvokeInterface { index: i, .. } => i,
            _ => return Err(unsupported("invoke without operand")),
        };
        let op = insn.opcode;
        let method = match self.method_constant(index) {
            Ok(m) => m,
            Err(e) if e.transient => return self.invoke_unresolved(op, index, e),
            Err(e) => return Err(e),
        };
        if op == Opcode::Invokestatic && self.intrinsic(method)? {
            return Ok(());
        }
        // invokespecial of a superclass method (`super.m()`) runs the implementation
        // found from the current class's superclass up (§6.5 invokespecial); an
        // interface's default method (`I.super.m()`) is the resolved one.
        let method = if op == Opcode::Invokespecial
            && &*method.name != "<init>"
            && !method.is_private()
            && !method.owner().is_interface()
        {
            self.class
                .super_class
                .and_then(|s| s.resolve_method(&method.name, &method.descriptor))
                .filter(|m| !m.is_abstract())
                .ok_or_else(|| unsupported("invokespecial of an abstract method"))?
        } else {
            method
        };
        if (op == Opcode::Invokestatic) != method.is_static() {
            return Err(unsupported("static/instance mismatch"));
        }
        if op == Opcode::Invokestatic {
            self.ensure_initialized(method.owner());
        }
        // Private and final methods, and methods of final classes, have one
        // implementation whatever the receiver.
        let virtual_ = match op {
            Opcode::Invokeinterface => !method.is_private(),
            Opcode::Invokevirtual => {
                !(method.is_private() || method.is_final() || method.owner().is_final())
            }
            _ => false,
        };
        let nargs = method.arg_slots as usize;
        if !virtual_ && !method.is_static() && &*method.name != "<init>" {
            // A call bound here must still fail on a null receiver, at the call.
            let receiver = self.receiver(nargs)?;
            self.null_check(receiver);
        }
        if !virtual_ && self.inlines(method) {
            return self.inline(method);
        }
        // A class method's implementation sits at the same vtable index in every
        // subclass; interface methods are searched for by the runtime.
        let vtable_index = method
            .vtable_index()
            .filter(|_| virtual_ && !method.owner().is_interface());
        let receiver = if virtual_ {
            Some(self.receiver(nargs)?)
        } else {
            None
        };
        let depth = self.pass_arguments(nargs);
        let m = self.iconst(types::I64, method as *const Method as i64);
        let pc = self.pc;
        // Direct calls read the callee's `direct_entry` when they run, and go
        // through the runtime while it is 0 (not compiled, or synchronized).
        let raw = if let Some(receiver) = receiver {
            match vtable_index {
                Some(index) => self.vtable_call(
                    receiver,
                    index,
                    Site {
                        m,
                        pc,
                        depth,
                        nargs,
                    },
                ),
                None => self.cached_call(
                    receiver,
                    Site {
                        m,
                        pc,
                        depth,
                        nargs,
                    },
                ),
            }
        } else if std::ptr::eq(method, self.root)
            && let Some(me) = self.self_call
        {
            self.self_call(me, pc, depth, nargs)
        } else if !method.is_native() && method.code.is_some() {
            self.direct_call(m, pc, depth, nargs)
        } else {
            let (pc_v, depth_v, n) = self.call_site(pc, depth, nargs);
            self.call_through_runtime(m, pc_v, depth_v, n, false)
        };
        self.check_pending();
        if let Some(ret) = &method.signature.ret {
            let ty = Ty::of(ret);
            let value = self.slot_value(raw, ty);
            self.push(value, ty);
        }
        Ok(())
    }

    /// The receiver of a call whose `nargs` argument slots are on top of the stack.
    fn receiver(&self, nargs: usize) -> Result<Value> {
        let mut covered = 0;
        for e in self.stack.iter().rev() {
            covered += e.ty.slots();
            if covered == nargs {
                return Ok(e.v);
            }
        }
        Err(unsupported("arguments missing from the operand stack"))
    }

    /// A call through a method reference whose class is not loaded yet: a helper
    /// resolves it when the call runs. Calls to superclass methods through
    /// `invokespecial` (which select differently) still wait for the class.
    fn invoke_unresolved(&mut self, op: Opcode, index: u16, why: CompileError) -> Result<()> {
        let r = self
            .class
            .constant_pool
            .member_ref(index)
            .map_err(|_| unsupported(format!("bad method constant #{index}")))?;
        let kind = match op {
            Opcode::Invokestatic => 0,
            Opcode::Invokespecial if r.name == "<init>" => 1,
            Opcode::Invokevirtual | Opcode::Invokeinterface => 2,
            _ => return Err(why),
        };
        let descriptor = rjava_classfile::MethodDescriptor::parse(r.descriptor)
            .ok_or_else(|| unsupported("bad method descriptor"))?;
        let nargs = descriptor.param_slots() + usize::from(kind != 0);
        let depth = self.pass_arguments(nargs);
        let current = self.iconst(types::I64, self.class as *const _ as i64);
        let index = self.iconst(types::I32, i64::from(index));
        let pc = self.iconst(types::I32, self.pc as i64);
        let depth = self.iconst(types::I32, depth as i64);
        let n = self.iconst(types::I32, nargs as i64);
        let kind = self.iconst(types::I32, kind);
        let i32s = [types::I32; 5];
        let params: Vec<_> = [types::I64, types::I64].into_iter().chain(i32s).collect();
        let raw = self
            .call_helper(
                helpers::invoke_unresolved as *const () as usize,
                &params,
                Some(types::I64),
                &[self.thread, current, index, pc, depth, n, kind],
            )
            .expect("invoke returns a slot");
        self.check_pending();
        if let Some(ret) = &descriptor.ret {
            let ty = Ty::of(ret);
            let value = self.slot_value(raw, ty);
            self.push(value, ty);
        }
        Ok(())
    }

    /// `invokedynamic`: the arguments go to their slots and the engine runs the call
    /// site (string concatenation, lambdas, record methods), linking it first if
    /// needed.
    pub(super) fn invoke_dynamic(&mut self, insn: &Instruction) -> Result<()> {
        let Operand::InvokeDynamic(index) = insn.operand else {
            return Err(unsupported("invokedynamic without operand"));
        };
        let (_, _, descriptor) = self
            .class
            .constant_pool
            .dynamic(index)
            .map_err(|_| unsupported("bad invokedynamic constant"))?;
        let descriptor = rjava_classfile::MethodDescriptor::parse(descriptor)
            .ok_or_else(|| unsupported("bad invokedynamic descriptor"))?;
        if descriptor.ret.is_none() {
            return Err(unsupported("invokedynamic without a result"));
        }
        let nargs = descriptor.param_slots();
        let depth = self.pass_arguments(nargs);
        let class = self.iconst(types::I64, self.class as *const _ as i64);
        let index = self.iconst(types::I32, index as i64);
        let pc = self.iconst(types::I32, self.pc as i64);
        let depth = self.iconst(types::I32, depth as i64);
        let raw = self
            .call_helper(
                helpers::invoke_dynamic as *const () as usize,
                &[types::I64, types::I64, types::I32, types::I32, types::I32],
                Some(types::I64),
                &[self.thread, class, index, pc, depth],
            )
            .expect("invokedynamic returns a slot");
        self.check_pending();
        let ty = Ty::of(descriptor.ret.as_ref().expect("checked above"));
        let value = self.slot_value(raw, ty);
        self.push(value, ty);
        Ok(())
    }

    /// Hands the top `nargs` slots to a callee or helper: stores them where it will
    /// find them (the top of this frame's operand stack in the Java stack), spills
    /// the references (the arguments included) for a collection during the call, and
    /// takes the arguments off the simulated stack. Returns the operand-stack depth
    /// the arguments end at.
    pub(super) fn pass_arguments(&mut self, nargs: usize) -> usize {
        let depth = self.depth() as usize;
        let mut slot = self.max_locals + depth;
        let mut count = 0;
        let mut covered = 0;
        while covered < nargs {
            let e = self.stack[self.stack.len() - 1 - count];
            slot -= e.ty.slots();
            covered += e.ty.slots();
            self.store_slot(slot, e);
            count += 1;
        }
        self.spill_references();
        let new_len = self.stack.len() - count;
        self.stack.truncate(new_len);
        depth
    }

    /// A returned slot as a value of `ty`.
    fn slot_value(&mut self, raw: Value, ty: Ty) -> Value {
        match ty {
            Ty::Int => self.b.ins().ireduce(types::I32, raw),
            Ty::Float => {
                let bits = self.b.ins().ireduce(types::I32, raw);
                self.b.ins().bitcast(types::F32, MemFlagsData::new(), bits)
            }
            Ty::Double => self.b.ins().bitcast(types::F64, MemFlagsData::new(), raw),
            _ => raw,
        }
    }

    /// Any call: the runtime selects the target (virtual calls), pushes its frame and
    /// runs it compiled, interpreted or native.
    fn call_through_runtime(
        &mut self,
        m: Value,
        pc: Value,
        depth: Value,
        n: Value,
        virtual_: bool,
    ) -> Value {
        let v = self.iconst(types::I32, i64::from(virtual_));
        self.call_helper(
            helpers::invoke as *const () as usize,
            &[
                types::I64,
                types::I64,
                types::I32,
                types::I32,
                types::I32,
                types::I32,
            ],
            Some(types::I64),
            &[self.thread, m, pc, depth, n, v],
        )
        .expect("invoke returns a slot")
    }

    /// A call whose target `m` is fixed (at compile time, or selected at run time):
    /// when the target has compiled code (read at run time, so a method can call
    /// another compiled later), call the code directly with the arguments where
    /// they are (it pushes its frame itself if it needs one); otherwise go through
    /// the runtime.
    fn direct_call(&mut self, m: Value, pc: u32, depth: usize, nargs: usize) -> Value {
        let args_at = self.max_locals + depth - nargs;
        self.record_call_site(pc, args_at);
        let entry = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            m,
            std::mem::offset_of!(Method, direct_entry) as i32,
        );
        let compiled = self.b.create_block();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let result = self.b.append_block_param(done, types::I64);
        self.b.ins().brif(entry, compiled, &[], slow, &[]);

        self.b.switch_to_block(compiled);
        let value = self.compiled_call(entry, args_at);
        self.b.ins().jump(done, &[BlockArg::Value(value)]);

        self.b.switch_to_block(slow);
        let (pc, depth, n) = self.call_site(pc, depth, nargs);
        let value = self.call_through_runtime(m, pc, depth, n, false);
        self.b.ins().jump(done, &[BlockArg::Value(value)]);

        self.b.switch_to_block(done);
        result
    }

    /// A virtual call whose implementation the runtime selects from the receiver's
    /// class (interface methods; and the slow path of `vtable_call`).
    fn selected_call(&mut self, site: Site) -> Value {
        let Site {
            m,
            pc,
            depth,
            nargs,
        } = site;
        let (pc_v, depth_v, n) = self.call_site(pc, depth, nargs);
        let select = helpers::select_virtual as *const () as usize;
        let selected = self.method_helper(select, m, pc_v, depth_v, n);
        self.check_pending();
        self.direct_call(selected, pc, depth, nargs)
    }

    /// A virtual call dispatched inline: the receiver's class, its vtable entry at
    /// `index`, and that method's compiled code, called directly. A null receiver,
    /// a vtable not covering the index (only for code the verifier did not see),
    /// or a target without compiled code take `selected_call`'s way.
    fn vtable_call(&mut self, receiver: Value, index: usize, site: Site) -> Value {
        let Site {
            pc, depth, nargs, ..
        } = site;
        use cranelift_codegen::ir::condcodes::IntCC;
        use rjava_runtime::Class;
        let flags = MemFlagsData::trusted();
        let args_at = self.max_locals + depth - nargs;
        self.record_call_site(pc, args_at);
        let has_class = self.b.create_block();
        let lookup = self.b.create_block();
        let compiled = self.b.create_block();
        let entry_param = self.b.append_block_param(compiled, types::I64);
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let result = self.b.append_block_param(done, types::I64);

        self.b.ins().brif(receiver, has_class, &[], slow, &[]);
        self.b.switch_to_block(has_class);
        let class = self.b.ins().load(types::I64, flags, receiver, 0);
        let length =
            self.b
                .ins()
                .load(types::I64, flags, class, Class::VTABLE_LENGTH_OFFSET as i32);
        let covers = self
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedGreaterThan, length, index as i64);
        self.b.ins().brif(covers, lookup, &[], slow, &[]);

        self.b.switch_to_block(lookup);
        let table = self.b.ins().load(
            types::I64,
            flags,
            class,
            Class::VTABLE_ADDRESS_OFFSET as i32,
        );
        let selected = self
            .b
            .ins()
            .load(types::I64, flags, table, (index * 8) as i32);
        let entry = self.b.ins().load(
            types::I64,
            flags,
            selected,
            std::mem::offset_of!(Method, direct_entry) as i32,
        );
        self.b
            .ins()
            .brif(entry, compiled, &[BlockArg::Value(entry)], slow, &[]);

        self.b.switch_to_block(compiled);
        let value = self.compiled_call(entry_param, args_at);
        self.b.ins().jump(done, &[BlockArg::Value(value)]);

        self.b.switch_to_block(slow);
        let value = self.selected_call(site);
        self.b.ins().jump(done, &[BlockArg::Value(value)]);

        self.b.switch_to_block(done);
        result
    }

    /// An interface call through the call site's cache: when the receiver's class
    /// is the one seen last here, the implementation selected for it then is
    /// called; otherwise `helpers::select_cached` selects (and remembers) it.
    fn cached_call(&mut self, receiver: Value, site: Site) -> Value {
        let Site {
            m,
            pc,
            depth,
            nargs,
        } = site;
        let flags = MemFlagsData::trusted();
        let cache: &'static helpers::CallSiteCache = Box::leak(Box::default());
        let cache = self.iconst(types::I64, cache as *const _ as i64);
        let has_class = self.b.create_block();
        let hit = self.b.create_block();
        let miss = self.b.create_block();
        let call = self.b.create_block();
        let selected = self.b.append_block_param(call, types::I64);

        self.b.ins().brif(receiver, has_class, &[], miss, &[]);
        self.b.switch_to_block(has_class);
        let class = self.b.ins().load(types::I64, flags, receiver, 0);
        let seen = self.b.ins().load(types::I64, flags, cache, 0);
        let same = self
            .b
            .ins()
            .icmp(cranelift_codegen::ir::condcodes::IntCC::Equal, class, seen);
        self.b.ins().brif(same, hit, &[], miss, &[]);

        self.b.switch_to_block(hit);
        let method = self.b.ins().load(types::I64, flags, cache, 8);
        self.b.ins().jump(call, &[BlockArg::Value(method)]);

        self.b.switch_to_block(miss);
        let (pc_v, depth_v, n) = self.call_site(pc, depth, nargs);
        let select = helpers::select_cached as *const () as usize;
        let method = self
            .call_helper(
                select,
                &[
                    types::I64,
                    types::I64,
                    types::I32,
                    types::I32,
                    types::I32,
                    types::I64,
                ],
                Some(types::I64),
                &[self.thread, m, pc_v, depth_v, n, cache],
            )
            .expect("the helper returns a value");
        self.check_pending();
        self.b.ins().jump(call, &[BlockArg::Value(method)]);

        self.b.switch_to_block(call);
        self.direct_call(selected, pc, depth, nargs)
    }

    /// Calls compiled code at `entry` with the arguments at slot `args_at`.
    fn compiled_call(&mut self, entry: Value, args_at: usize) -> Value {
        let mut sig = Signature::new(CallConv::SystemV);
        sig.params.push(AbiParam::new(types::I64));
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I64));
        let sig = self.b.import_signature(sig);
        let locals = self.b.ins().iadd_imm_s(self.locals, (args_at * 8) as i64);
        let call = self
            .b
            .ins()
            .call_indirect(sig, entry, &[self.thread, locals]);
        self.b.inst_results(call)[0]
    }

    /// A call of the method being compiled (recursion): a plain call of this very
    /// function.
    fn self_call(&mut self, me: FuncRef, pc: u32, depth: usize, nargs: usize) -> Value {
        let args_at = self.max_locals + depth - nargs;
        self.record_call_site(pc, args_at);
        let locals = self.b.ins().iadd_imm_s(self.locals, (args_at * 8) as i64);
        let call = self.b.ins().call(me, &[self.thread, locals]);
        self.b.inst_results(call)[0]
    }

    /// Calls a helper `(thread, method, pc, depth, nargs) -> i64` about a call site.
    fn method_helper(
        &mut self,
        address: usize,
        m: Value,
        pc: Value,
        depth: Value,
        n: Value,
    ) -> Value {
        self.call_helper(
            address,
            &[types::I64, types::I64, types::I32, types::I32, types::I32],
            Some(types::I64),
            &[self.thread, m, pc, depth, n],
        )
        .expect("the helper returns a value")
    }

    /// The pc, operand-stack depth and argument count of a call site, for helpers.
    fn call_site(&mut self, pc: u32, depth: usize, nargs: usize) -> (Value, Value, Value) {
        (
            self.iconst(types::I32, i64::from(pc)),
            self.iconst(types::I32, depth as i64),
            self.iconst(types::I32, nargs as i64),
        )
    }

    /// `Math.sqrt`, `abs`, `min` and `max` (and StrictMath's) as machine instructions:
    /// they have the same results (IEEE square root; Cranelift's `fmin`/`fmax` order
    /// -0.0 below +0.0 and propagate NaN, as Java does).
    fn intrinsic(&mut self, method: &Method) -> Result<bool> {
        let owner = &*method.owner().name;
        if owner != "java/lang/Math" && owner != "java/lang/StrictMath" {
            return Ok(false);
        }
        let (name, desc) = (&*method.name, &*method.descriptor);
        match (name, desc) {
            ("sqrt", "(D)D") => {
                let a = self.pop()?;
                let v = self.b.ins().sqrt(a.v);
                self.push(v, a.ty);
            }
            ("abs", "(I)I" | "(J)J") => {
                let a = self.pop()?;
                let v = self.b.ins().iabs(a.v);
                self.push(v, a.ty);
            }
            ("abs", "(F)F" | "(D)D") => {
                let a = self.pop()?;
                let v = self.b.ins().fabs(a.v);
                self.push(v, a.ty);
            }
            ("min" | "max", "(II)I" | "(JJ)J") => {
                let b = self.pop_value()?;
                let a = self.pop()?;
                let v = if name == "min" {
                    self.b.ins().smin(a.v, b)
                } else {
                    self.b.ins().smax(a.v, b)
                };
                self.push(v, a.ty);
            }
            ("min" | "max", "(FF)F" | "(DD)D") => {
                let b = self.pop_value()?;
                let a = self.pop()?;
                let v = if name == "min" {
                    self.b.ins().fmin(a.v, b)
                } else {
                    self.b.ins().fmax(a.v, b)
                };
                self.push(v, a.ty);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
