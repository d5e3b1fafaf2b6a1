//! Bytecode to Cranelift IR for one method.
//!
//! The translator walks the instructions in order over a simulated operand stack of
//! typed IR values. Locals are Cranelift variables, one per (slot, type), so a slot
//! that javac reuses for another type is simply another variable; the frontend
//! builds the SSA form. Each branch target starts a block; the operand stack crosses
//! block boundaries through per-depth variables (javac leaves values there only for
//! `?:` and the like).
//!
//! Families of opcodes live in their own files: `constants`, `locals`, `stack`,
//! `arith` (with conversions and comparisons), `control` (branches, switches,
//! returns), `fields`, `arrays`, `objects` (allocation, type checks, athrow) and
//! `invoke`; `resolve` finds the constant-pool entries they use.

mod arith;
mod arrays;
mod constants;
mod control;
mod fields;
mod frame;
mod inline;
mod invoke;
mod locals;
mod objects;
mod resolve;
mod stack;

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{
    AbiParam, Block, FuncRef, InstBuilder, MemFlagsData, Signature, Type, Value, types,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, Variable};
use rjava_classfile::bytecode::{Instruction, Opcode};
use rjava_classfile::{Code, FieldType, ReferenceMap};
use rjava_runtime::{Class, Method, Thread};

use crate::compiler::CompileError;

/// The kind of a value on the operand stack or in a local.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Ty {
    Int,
    Long,
    Float,
    Double,
    Ref,
}

impl Ty {
    fn clif(self) -> Type {
        match self {
            Ty::Int => types::I32,
            Ty::Long | Ty::Ref => types::I64,
            Ty::Float => types::F32,
            Ty::Double => types::F64,
        }
    }

    /// Operand-stack slots the value takes in the JVM's numbering.
    fn slots(self) -> usize {
        match self {
            Ty::Long | Ty::Double => 2,
            _ => 1,
        }
    }

    fn of_basic(b: rjava_runtime::BasicType) -> Ty {
        use rjava_runtime::BasicType;
        match b {
            BasicType::Long => Ty::Long,
            BasicType::Float => Ty::Float,
            BasicType::Double => Ty::Double,
            BasicType::Reference => Ty::Ref,
            _ => Ty::Int,
        }
    }

    fn of(t: &FieldType) -> Ty {
        match t {
            FieldType::Long => Ty::Long,
            FieldType::Float => Ty::Float,
            FieldType::Double => Ty::Double,
            FieldType::Object(_) | FieldType::Array(_) => Ty::Ref,
            _ => Ty::Int,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    pub v: Value,
    pub ty: Ty,
}

type Result<T> = std::result::Result<T, CompileError>;

fn unsupported(what: impl Into<String>) -> CompileError {
    CompileError::new(what)
}

/// Something the method refers to does not exist yet (a class not loaded, a string
/// not interned): compiling may work once the interpreter has run further.
fn not_yet(what: impl Into<String>) -> CompileError {
    CompileError::not_yet(what)
}

/// Offset of `Thread::pending` (a nullable reference) for the check after calls.
const PENDING: i32 = std::mem::offset_of!(Thread, pending) as i32;

pub(crate) struct Translator<'a, 'b> {
    b: &'a mut FunctionBuilder<'b>,
    method: &'static Method,
    class: &'static Class,
    refmap: &'a ReferenceMap,
    thread: Value,
    locals: Value,
    stack: Vec<Entry>,
    vars: HashMap<(u16, Ty), Variable>,
    stack_vars: HashMap<(usize, Ty), Variable>,
    blocks: HashMap<u32, Block>,
    /// Operand-stack types on entry to each block, once a branch to it was seen.
    shapes: HashMap<u32, Vec<Ty>>,
    /// Returns 0 with the exception pending.
    exit: Block,
    max_locals: usize,
    /// The instruction being translated.
    pc: u32,
    /// Whether the current block still needs a terminator.
    open: bool,
    /// The method's exception table.
    handlers: &'a [rjava_classfile::ExceptionHandler],
    /// Where an exception pending at a pc range goes (handler dispatch or `exit`).
    dispatch: HashMap<Vec<usize>, Block>,
    /// The address of the `boolean[]` class (bastore masks values stored into one).
    boolean_array: usize,
    /// The primitive array classes, for `newarray`.
    primitive_arrays: Vec<(rjava_runtime::BasicType, &'static Class)>,
    loader: &'static rjava_runtime::loader::Loader,
    self_call: Option<FuncRef>,
    /// This method's frame (see `frame.rs`), and those of the methods this body
    /// is inlined into, outermost first (none for the function's own method).
    own: frame::FrameCtx,
    callers: Vec<frame::Caller>,
    /// The values of a frame's state variable when it is known statically.
    frame_yes: Value,
    frame_no: Value,
    /// The method the function is compiled for (this may be a body inlined in it).
    root: &'static Method,
    /// Where an inlined body returns to; None for the function's own method.
    inlined: Option<inline::Exit>,
    /// Bytecode bytes that may still be inlined into the function, and how deep
    /// this body is nested.
    inline_budget: usize,
    inline_depth: usize,
    /// Pcs from which the code runs straight into an `athrow` (building the
    /// exception to throw): calls there are not worth inlining.
    throw_paths: HashSet<u32>,
    inline_allocation: bool,
    /// Values known not to be null: `this` as loaded by a method that never
    /// stores into local 0, and new objects. Their null checks are left out.
    non_null: HashSet<Value>,
    /// Whether local 0 holds `this` throughout the body being translated.
    this_fixed: bool,
}

/// What one compilation translates, and with what.
pub(crate) struct Unit<'a> {
    pub method: &'static Method,
    pub code: &'a Code,
    pub refmap: &'a ReferenceMap,
    /// The primitive array classes, for `newarray`.
    pub primitive_arrays: Vec<(rjava_runtime::BasicType, &'static Class)>,
    pub loader: &'static rjava_runtime::loader::Loader,
    /// The loop head an on-stack-replacement entry starts at.
    pub osr: Option<u32>,
    /// The function being compiled, for calls of the method to itself.
    pub self_call: Option<FuncRef>,
    /// Whether `new` may bump the thread's buffer inline (not under GC stress,
    /// which must see every allocation).
    pub inline_allocation: bool,
}

pub(crate) fn translate(b: &mut FunctionBuilder, unit: Unit) -> Result<()> {
    let Unit {
        method,
        code,
        refmap,
        primitive_arrays,
        loader,
        osr,
        self_call,
        inline_allocation,
    } = unit;
    let insns: Vec<Instruction> = code
        .instructions()
        .collect::<std::result::Result<_, _>>()
        .map_err(|_| unsupported("undecodable code"))?;
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let exit = b.create_block();
    b.set_cold_block(exit);
    let own = frame::FrameCtx {
        method,
        locals: params[1],
        lazy: osr.is_none() && !method.is_synchronized(),
        state: b.declare_var(types::I8),
        ptr: b.declare_var(types::I64),
        overflow: b.create_block(),
    };
    let placeholder = params[0];
    let mut t = Translator {
        b,
        method,
        class: method.owner(),
        refmap,
        thread: params[0],
        locals: params[1],
        stack: Vec::new(),
        vars: HashMap::new(),
        stack_vars: HashMap::new(),
        blocks: HashMap::new(),
        shapes: HashMap::new(),
        exit,
        max_locals: code.max_locals as usize,
        pc: 0,
        open: true,
        handlers: &code.exception_table,
        dispatch: HashMap::new(),
        boolean_array: primitive_arrays
            .iter()
            .find(|(t, _)| *t == rjava_runtime::BasicType::Boolean)
            .map_or(0, |(_, c)| *c as *const Class as usize),
        primitive_arrays,
        loader,
        self_call,
        own,
        callers: Vec::new(),
        frame_yes: placeholder,
        frame_no: placeholder,
        root: method,
        inlined: None,
        inline_budget: inline::BUDGET,
        inline_depth: 0,
        throw_paths: HashSet::new(),
        inline_allocation,
        non_null: HashSet::new(),
        this_fixed: false,
    };
    t.init_frame();
    let start = match osr {
        None => {
            t.load_arguments();
            0
        }
        Some(pc) => {
            t.load_all_locals(pc)?;
            pc
        }
    };
    t.body(&insns, start)?;
    t.b.switch_to_block(exit);
    t.leave_frame();
    let zero = t.b.ins().iconst(types::I64, 0);
    t.b.ins().return_(&[zero]);
    t.emit_overflow_exit();
    t.b.seal_all_blocks();
    Ok(())
}

/// Whether `insn` stores into local 0 (a store of any type, or `iinc`).
fn writes_local_0(insn: &Instruction) -> bool {
    use rjava_classfile::bytecode::Operand;
    let b = insn.opcode as u8;
    match insn.operand {
        Operand::Local(0) => (0x36..=0x3a).contains(&b),
        Operand::Iinc { index: 0, .. } => true,
        // istore_0, lstore_0, fstore_0, dstore_0, astore_0.
        _ => matches!(b, 0x3b | 0x3f | 0x43 | 0x47 | 0x4b),
    }
}

/// The pcs of the instructions that lead, without a branch, to an `athrow`.
fn throw_paths(insns: &[Instruction]) -> HashSet<u32> {
    let mut paths = HashSet::new();
    let mut throws = false;
    for insn in insns.iter().rev() {
        if insn.opcode == Opcode::Athrow {
            throws = true;
        } else if insn.opcode.ends_block() || !insn.branch_targets().is_empty() {
            throws = false;
        }
        if throws {
            paths.insert(insn.pc);
        }
    }
    paths
}

impl Translator<'_, '_> {
    /// Translates the instructions from the block at `start` (the current block
    /// jumps there), and the exception dispatches they need.
    fn body(&mut self, insns: &[Instruction], start: u32) -> Result<()> {
        self.create_blocks(insns)?;
        self.throw_paths = throw_paths(insns);
        self.this_fixed = !self.method.is_static() && !insns.iter().any(writes_local_0);
        let handlers = self.handlers;
        for h in handlers {
            // A handler starts with the exception alone on the stack.
            self.blocks
                .entry(h.handler_pc as u32)
                .or_insert_with(|| self.b.create_block());
            self.shapes.insert(h.handler_pc as u32, vec![Ty::Ref]);
        }
        let first = self.block_at(start)?;
        self.shapes.insert(start, Vec::new());
        self.b.ins().jump(first, &[]);
        self.open = false;
        for insn in insns {
            self.pc = insn.pc;
            if let Some(&block) = self.blocks.get(&insn.pc) {
                self.enter_block(block)?;
            }
            if !self.open {
                // Unreachable code after a jump, return or throw.
                continue;
            }
            self.instruction(insn)?;
        }
        if self.open {
            return Err(unsupported("code falls off its end"));
        }
        self.emit_dispatches()
    }

    /// A block for every branch target and for the instruction after each branch.
    fn create_blocks(&mut self, insns: &[Instruction]) -> Result<()> {
        self.blocks.insert(0, self.b.create_block());
        for (i, insn) in insns.iter().enumerate() {
            let targets = insn.branch_targets();
            let ends = insn.opcode.ends_block() || !targets.is_empty();
            for t in targets {
                let t = u32::try_from(t).map_err(|_| unsupported("bad branch"))?;
                self.blocks
                    .entry(t)
                    .or_insert_with(|| self.b.create_block());
            }
            if ends && let Some(next) = insns.get(i + 1) {
                self.blocks
                    .entry(next.pc)
                    .or_insert_with(|| self.b.create_block());
            }
        }
        Ok(())
    }

    fn block_at(&self, pc: u32) -> Result<Block> {
        self.blocks
            .get(&pc)
            .copied()
            .ok_or_else(|| unsupported(format!("no block at {pc}")))
    }

    /// The arguments, from the locals in the Java stack, into variables.
    fn load_arguments(&mut self) {
        let mut slot = 0u16;
        let mut kinds = Vec::new();
        if !self.method.is_static() {
            kinds.push(Ty::Ref);
        }
        kinds.extend(self.method.signature.params.iter().map(Ty::of));
        for ty in kinds {
            let v = self.load_slot(slot as usize, ty);
            self.set_local(slot, ty, v);
            slot += ty.slots() as u16;
        }
    }

    /// On-stack replacement: the interpreter's frame has every local in its slot, of
    /// whatever type the bytecode put there. Each local is read as every type; the
    /// code after the loop head reads each one as the type it has there, and the
    /// variants it does not read are dead.
    fn load_all_locals(&mut self, pc: u32) -> Result<()> {
        let map = self
            .refmap
            .at(pc)
            .ok_or_else(|| unsupported("OSR entry at an unreachable pc"))?;
        if map.depth != 0 {
            return Err(unsupported("OSR entry with values on the stack"));
        }
        for slot in 0..self.max_locals {
            let raw = self.load_slot(slot, Ty::Long);
            let low = self.b.ins().ireduce(types::I32, raw);
            let float = self.b.ins().bitcast(types::F32, MemFlagsData::new(), low);
            let double = self.b.ins().bitcast(types::F64, MemFlagsData::new(), raw);
            let slot = slot as u16;
            self.set_local(slot, Ty::Long, raw);
            self.set_local(slot, Ty::Ref, raw);
            self.set_local(slot, Ty::Int, low);
            self.set_local(slot, Ty::Float, float);
            self.set_local(slot, Ty::Double, double);
        }
        Ok(())
    }

    /// Ends the current block by falling into `block` (if still open) and starts it,
    /// reloading the operand stack from the crossing variables.
    fn enter_block(&mut self, block: Block) -> Result<()> {
        if self.open {
            self.jump_to(self.pc)?;
        }
        self.b.switch_to_block(block);
        self.open = true;
        let shape = match self.shapes.get(&self.pc) {
            Some(s) => s.clone(),
            None => {
                // Reached only by a backward branch not translated yet (a loop head)
                // or not at all: javac leaves the stack empty there.
                let depth = self.refmap.at(self.pc).map_or(0, |m| m.depth);
                if depth != 0 {
                    return Err(unsupported("values on the stack at a loop head"));
                }
                self.shapes.insert(self.pc, Vec::new());
                Vec::new()
            }
        };
        self.stack.clear();
        for (i, ty) in shape.into_iter().enumerate() {
            let var = self.stack_var(i, ty);
            let v = self.b.use_var(var);
            self.stack.push(Entry { v, ty });
        }
        Ok(())
    }

    /// Passes the operand stack to the block at `target` and records its shape.
    fn pass_stack(&mut self, target: u32) -> Result<Block> {
        let shape: Vec<Ty> = self.stack.iter().map(|e| e.ty).collect();
        match self.shapes.get(&target) {
            Some(s) if *s != shape => {
                return Err(unsupported("operand stack differs between branches"));
            }
            Some(_) => {}
            None => {
                self.shapes.insert(target, shape);
            }
        }
        for i in 0..self.stack.len() {
            let e = self.stack[i];
            let var = self.stack_var(i, e.ty);
            self.b.def_var(var, e.v);
        }
        self.block_at(target)
    }

    fn jump_to(&mut self, target: u32) -> Result<()> {
        let block = self.pass_stack(target)?;
        self.b.ins().jump(block, &[]);
        self.open = false;
        Ok(())
    }

    fn stack_var(&mut self, depth: usize, ty: Ty) -> Variable {
        if let Some(v) = self.stack_vars.get(&(depth, ty)) {
            return *v;
        }
        let var = self.b.declare_var(ty.clif());
        self.stack_vars.insert((depth, ty), var);
        var
    }

    fn local_var(&mut self, slot: u16, ty: Ty) -> Variable {
        if let Some(v) = self.vars.get(&(slot, ty)) {
            return *v;
        }
        let var = self.b.declare_var(ty.clif());
        self.vars.insert((slot, ty), var);
        var
    }

    fn get_local(&mut self, slot: u16, ty: Ty) -> Value {
        let var = self.local_var(slot, ty);
        self.b.use_var(var)
    }

    fn set_local(&mut self, slot: u16, ty: Ty, v: Value) {
        let var = self.local_var(slot, ty);
        self.b.def_var(var, v);
    }

    fn push(&mut self, v: Value, ty: Ty) {
        self.stack.push(Entry { v, ty });
    }

    fn pop(&mut self) -> Result<Entry> {
        self.stack
            .pop()
            .ok_or_else(|| unsupported("operand stack underflow"))
    }

    fn pop_value(&mut self) -> Result<Value> {
        Ok(self.pop()?.v)
    }

    /// Operand-stack depth in JVM slots.
    fn depth(&self) -> u32 {
        self.stack.iter().map(|e| e.ty.slots() as u32).sum()
    }

    fn iconst(&mut self, ty: Type, v: i64) -> Value {
        self.b.ins().iconst(ty, v)
    }

    /// The address of Java stack slot `slot` of this frame (locals first).
    fn slot_address(&mut self, slot: usize) -> (Value, i32) {
        (self.locals, (slot * 8) as i32)
    }

    fn load_slot(&mut self, slot: usize, ty: Ty) -> Value {
        let (base, offset) = self.slot_address(slot);
        self.b
            .ins()
            .load(ty.clif(), MemFlagsData::trusted(), base, offset)
    }

    fn store_slot(&mut self, slot: usize, e: Entry) {
        let v = match e.ty {
            // Ints and floats sit zero-extended in the low half of their slot.
            Ty::Int => self.b.ins().uextend(types::I64, e.v),
            Ty::Float => {
                let bits = self.b.ins().bitcast(types::I32, MemFlagsData::new(), e.v);
                self.b.ins().uextend(types::I64, bits)
            }
            _ => e.v,
        };
        let (base, offset) = self.slot_address(slot);
        self.b.ins().store(MemFlagsData::trusted(), v, base, offset);
    }

    /// A safepoint: stores every reference the reference map says is live here into
    /// its slot, so the collector finds it. Values stay valid afterwards (objects
    /// never move).
    fn spill_references(&mut self) {
        let Some(map) = self.refmap.at(self.pc) else {
            return;
        };
        for i in 0..self.max_locals {
            if map.local_is_ref(i) {
                let v = self.get_local(i as u16, Ty::Ref);
                self.store_slot(i, Entry { v, ty: Ty::Ref });
            }
        }
        let mut slot = self.max_locals;
        for i in 0..self.stack.len() {
            let e = self.stack[i];
            if e.ty == Ty::Ref {
                self.store_slot(slot, e);
            }
            slot += e.ty.slots();
        }
    }

    /// Calls a helper at an absolute address (a safepoint: the method's frame is
    /// pushed first).
    fn call_helper(
        &mut self,
        address: usize,
        params: &[Type],
        ret: Option<Type>,
        args: &[Value],
    ) -> Option<Value> {
        self.ensure_frame();
        self.call_pure(address, params, ret, args)
    }

    /// Calls a helper that never looks at frames (arithmetic, type tests).
    fn call_pure(
        &mut self,
        address: usize,
        params: &[Type],
        ret: Option<Type>,
        args: &[Value],
    ) -> Option<Value> {
        let mut sig = Signature::new(CallConv::SystemV);
        sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
        if let Some(r) = ret {
            sig.returns.push(AbiParam::new(r));
        }
        let sig = self.b.import_signature(sig);
        let callee = self.b.ins().iconst(types::I64, address as i64);
        let call = self.b.ins().call_indirect(sig, callee, args);
        self.b.inst_results(call).first().copied()
    }

    /// Goes to the exception dispatch if the helper just called left an exception.
    /// Calls a helper `(thread, current class, constant index, pc, depth) -> i64` that
    /// resolves a constant-pool entry when the instruction runs (for entries the
    /// program had not reached when the method was compiled); an error it throws
    /// goes to the handlers. References on the operand stack are spilled first.
    fn call_resolving(&mut self, address: usize, index: u16) -> Value {
        self.spill_references();
        let current = self.iconst(types::I64, self.class as *const Class as i64);
        let index = self.iconst(types::I32, i64::from(index));
        let pc = self.iconst(types::I32, self.pc as i64);
        let depth = self.iconst(types::I32, self.depth() as i64);
        let v = self
            .call_helper(
                address,
                &[types::I64, types::I64, types::I32, types::I32, types::I32],
                Some(types::I64),
                &[self.thread, current, index, pc, depth],
            )
            .expect("resolving helpers return a value");
        self.check_pending();
        v
    }

    fn check_pending(&mut self) {
        let pending = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), self.thread, PENDING);
        let go_on = self.b.create_block();
        let thrown = self.exception_exit();
        self.b.ins().brif(pending, thrown, &[], go_on, &[]);
        self.b.switch_to_block(go_on);
    }

    /// The block an exception pending at the current pc goes to: the method's exit
    /// when no handler covers the pc, else a dispatch that tests the handlers in
    /// order (`instanceof` the catch type), takes the exception off the thread and
    /// enters the first that matches, with the exception on the stack.
    fn exception_exit(&mut self) -> Block {
        let covering: Vec<usize> = self
            .handlers
            .iter()
            .enumerate()
            .filter(|(_, h)| (h.start_pc as u32..h.end_pc as u32).contains(&self.pc))
            .map(|(i, _)| i)
            .collect();
        if covering.is_empty() {
            return self.exit;
        }
        if let Some(b) = self.dispatch.get(&covering) {
            return *b;
        }
        let dispatch = self.b.create_block();
        self.b.set_cold_block(dispatch);
        self.dispatch.insert(covering, dispatch);
        dispatch
    }

    /// Fills the dispatch blocks `exception_exit` handed out (after the method's own
    /// blocks, since a block cannot be left half-built).
    fn emit_dispatches(&mut self) -> Result<()> {
        let all: Vec<(Vec<usize>, Block)> = self.dispatch.drain().collect();
        for (covering, block) in all {
            self.b.switch_to_block(block);
            self.emit_dispatch(&covering)?;
        }
        Ok(())
    }

    fn emit_dispatch(&mut self, covering: &[usize]) -> Result<()> {
        let exception =
            self.b
                .ins()
                .load(types::I64, MemFlagsData::trusted(), self.thread, PENDING);
        for &i in covering {
            let h = self.handlers[i];
            let take = self.b.create_block();
            if h.catch_type == 0 {
                self.b.ins().jump(take, &[]);
            } else {
                let matches = match self.class_constant(h.catch_type) {
                    Ok(class) => {
                        let c = self.iconst(types::I64, class as *const Class as i64);
                        self.call_pure(
                            crate::helpers::instance_of as *const () as usize,
                            &[types::I64, types::I64],
                            Some(types::I32),
                            &[c, exception],
                        )
                    }
                    // Not loaded yet: the helper loads it when an exception comes.
                    Err(_) => {
                        let c = self.iconst(types::I64, self.class as *const Class as i64);
                        let index = self.iconst(types::I32, h.catch_type as i64);
                        self.call_helper(
                            crate::helpers::catches as *const () as usize,
                            &[types::I64, types::I64, types::I32, types::I64],
                            Some(types::I32),
                            &[self.thread, c, index, exception],
                        )
                    }
                }
                .expect("the check returns");
                let next = self.b.create_block();
                self.b.ins().brif(matches, take, &[], next, &[]);
                self.b.switch_to_block(take);
                self.enter_handler(h.handler_pc as u32, exception)?;
                self.b.switch_to_block(next);
                continue;
            }
            self.b.switch_to_block(take);
            self.enter_handler(h.handler_pc as u32, exception)?;
            // A catch-all ends the dispatch: later handlers are unreachable.
            let rest = self.b.create_block();
            self.b.switch_to_block(rest);
        }
        self.b.ins().jump(self.exit, &[]);
        Ok(())
    }

    /// Clears the pending exception and jumps to the handler with it on the stack.
    fn enter_handler(&mut self, handler: u32, exception: Value) -> Result<()> {
        let zero = self.iconst(types::I64, 0);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), zero, self.thread, PENDING);
        let var = self.stack_var(0, Ty::Ref);
        self.b.def_var(var, exception);
        let block = self.block_at(handler)?;
        self.b.ins().jump(block, &[]);
        Ok(())
    }

    /// Throws through a helper that takes (thread, pc, depth, extra...) and leaves.
    fn throw_via(&mut self, address: usize, extra: &[(Type, Value)]) {
        self.spill_references();
        let pc = self.iconst(types::I32, self.pc as i64);
        let depth = self.iconst(types::I32, self.depth() as i64);
        let mut params = vec![types::I64, types::I32, types::I32];
        let mut args = vec![self.thread, pc, depth];
        for &(t, v) in extra {
            params.push(t);
            args.push(v);
        }
        self.call_helper(address, &params, None, &args);
        let thrown = self.exception_exit();
        self.b.ins().jump(thrown, &[]);
    }

    /// Branches to a block that throws when `failed` is true; continues otherwise.
    fn guard(&mut self, failed: Value, address: usize, extra: &[(Type, Value)]) {
        let throw = self.b.create_block();
        // Laid out after the hot code, out of the way of the path that goes on.
        self.b.set_cold_block(throw);
        let go_on = self.b.create_block();
        self.b.ins().brif(failed, throw, &[], go_on, &[]);
        self.b.switch_to_block(throw);
        self.throw_via(address, extra);
        self.b.switch_to_block(go_on);
    }

    /// A class-initialization check before static access, for a class that was not
    /// initialized when the method was compiled (once it is, the helper returns at
    /// once).
    fn ensure_initialized(&mut self, class: &'static Class) {
        if class.is_initialized() {
            return;
        }
        self.spill_references();
        let c = self.iconst(types::I64, class as *const Class as i64);
        let pc = self.iconst(types::I32, self.pc as i64);
        let depth = self.iconst(types::I32, self.depth() as i64);
        self.call_helper(
            crate::helpers::init_class as *const () as usize,
            &[types::I64, types::I64, types::I32, types::I32],
            None,
            &[self.thread, c, pc, depth],
        );
        self.check_pending();
    }

    fn null_check(&mut self, reference: Value) {
        if self.non_null.contains(&reference) {
            return;
        }
        let is_null =
            self.b
                .ins()
                .icmp_imm_s(cranelift_codegen::ir::condcodes::IntCC::Equal, reference, 0);
        self.guard(
            is_null,
            crate::helpers::throw_null_pointer as *const () as usize,
            &[],
        );
    }

    fn instruction(&mut self, insn: &Instruction) -> Result<()> {
        use Opcode::*;
        let op = insn.opcode;
        match op {
            Nop => Ok(()),
            AconstNull | IconstM1 | Iconst0 | Iconst1 | Iconst2 | Iconst3 | Iconst4 | Iconst5
            | Lconst0 | Lconst1 | Fconst0 | Fconst1 | Fconst2 | Dconst0 | Dconst1 | Bipush
            | Sipush | Ldc | LdcW | Ldc2W => self.constant(insn),
            Pop | Pop2 | Dup | DupX1 | DupX2 | Dup2 | Dup2X1 | Dup2X2 | Swap => self.shuffle(op),
            Iinc => self.iinc(insn),
            _ if (0x15..=0x2d).contains(&(op as u8)) => self.load(insn),
            _ if (0x36..=0x4e).contains(&(op as u8)) => self.store(insn),
            _ if (0x2e..=0x35).contains(&(op as u8)) => self.array_load(op),
            _ if (0x4f..=0x56).contains(&(op as u8)) => self.array_store(op),
            Arraylength => self.array_length(),
            _ if (0x60..=0x98).contains(&(op as u8)) => self.arith(op),
            _ if (0x99..=0xa8).contains(&(op as u8))
                || matches!(op, Ifnull | Ifnonnull | GotoW | Tableswitch | Lookupswitch) =>
            {
                self.branch(insn)
            }
            _ if (0xac..=0xb1).contains(&(op as u8)) => self.return_(op),
            Getstatic | Putstatic | Getfield | Putfield => self.field(insn),
            Invokestatic | Invokespecial | Invokevirtual | Invokeinterface => self.invoke(insn),
            Invokedynamic => self.invoke_dynamic(insn),
            New | Newarray | Anewarray | Multianewarray | Checkcast | Instanceof | Athrow
            | Monitorenter | Monitorexit => self.object(insn),
            _ => Err(unsupported(format!("{} at {}", insn.mnemonic(), insn.pc))),
        }
    }
}
