//! Inlining: the body of a small callee whose target is known at compile time
//! (static, private, constructor, `super`, final methods and methods of final
//! classes) is translated in place of the call.
//!
//! The callee is translated by a translator of its own over the same function,
//! with its locals where the call would have put them (the caller's operand stack
//! in the Java stack) but its arguments handed over as values. It keeps everything
//! a real call would show the runtime: it pushes its own frame at its first
//! safepoint (after its callers' frames, with their call sites), so stack traces,
//! exceptions and the collector see the same frames as without inlining; code
//! that needs no frame, like a getter or a recursion's base case, costs no more
//! than its instructions. Its returns jump to the instruction after the call, and
//! exceptions it does not catch leave through the caller's handlers for the call.
//!
//! Limits, as HotSpot's: callees up to 35 bytecode bytes, three levels deep, a
//! recursive method inlined into itself once, and a budget per compiled method.
//! Calls on the way to an `athrow` (an exception's constructor and its message)
//! are not inlined: that code runs rarely, and inlining it costs compile time and
//! code size.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, types};
use rjava_classfile::bytecode::{Instruction, Opcode};
use rjava_runtime::Method;

use super::frame::{Caller, FrameCtx};
use super::{Entry, Result, Translator, Ty, unsupported};

/// Bytecode bytes a callee may have to be inlined (HotSpot's MaxInlineSize).
const MAX_SIZE: usize = 35;
/// Nesting of inlined bodies.
const MAX_DEPTH: usize = 3;
/// Bytecode bytes inlined into one compiled method at most.
pub(super) const BUDGET: usize = 400;

/// Where an inlined body goes when it returns: the block after the call, with
/// the result as its parameter.
#[derive(Clone, Copy)]
pub(super) struct Exit {
    block: Block,
    ty: Option<Ty>,
}

impl Translator<'_, '_> {
    /// Whether a call of `callee`, bound at compile time, is inlined.
    pub(super) fn inlines(&self, callee: &'static Method) -> bool {
        let Some(code) = callee.code.as_ref() else {
            return false;
        };
        let size = code.code.len();
        if callee.is_native()
            || callee.is_abstract()
            || callee.is_synchronized()
            || size > MAX_SIZE
            || size > self.inline_budget
            || self.inline_depth >= MAX_DEPTH
            || self.throw_paths.contains(&self.pc)
            || callee.reference_map().is_none()
        {
            return false;
        }
        // A recursive method is inlined into itself once.
        let on_chain = self
            .callers
            .iter()
            .map(|c| c.frame.method)
            .chain([self.method])
            .filter(|m| std::ptr::eq(*m, callee))
            .count();
        on_chain < 2
    }

    /// Translates `callee`'s body in place of the call at the current instruction;
    /// its arguments are on top of the operand stack (receiver null-checked).
    pub(super) fn inline(&mut self, callee: &'static Method) -> Result<()> {
        let code = callee.code.as_ref().expect("checked by inlines()");
        let refmap = callee.reference_map().expect("checked by inlines()");
        let insns: Vec<Instruction> = code
            .instructions()
            .collect::<std::result::Result<_, _>>()
            .map_err(|_| unsupported("undecodable code"))?;
        let mut args = Vec::new();
        let mut covered = 0;
        while covered < callee.arg_slots as usize {
            let e = self.pop()?;
            covered += e.ty.slots();
            args.push(e);
        }
        args.reverse();
        // The caller's references go to their slots now, for a collection while the
        // callee runs; its own are spilled at its safepoints.
        self.spill_references();
        let args_at = self.max_locals + self.depth() as usize;
        let thrown = self.exception_exit();
        let locals = self
            .b
            .ins()
            .iadd_imm_s(self.own.locals, (args_at * 8) as i64);
        let ty = callee.signature.ret.as_ref().map(Ty::of);
        let after = self.b.create_block();
        let result = ty.map(|t| self.b.append_block_param(after, t.clif()));
        let own = FrameCtx {
            method: callee,
            locals,
            lazy: true,
            state: self.b.declare_var(types::I8),
            ptr: self.b.declare_var(types::I64),
            overflow: thrown,
        };
        self.b.def_var(own.state, self.frame_no);
        let none = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(own.ptr, none);
        let mut callers = self.callers.clone();
        callers.push(Caller {
            frame: self.own,
            pc: self.pc,
            args_at,
        });
        let exit = self.b.create_block();
        let mut body = Translator {
            b: &mut *self.b,
            method: callee,
            class: callee.owner(),
            refmap,
            thread: self.thread,
            locals,
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
            boolean_array: self.boolean_array,
            primitive_arrays: self.primitive_arrays.clone(),
            loader: self.loader,
            self_call: self.self_call,
            own,
            callers,
            frame_yes: self.frame_yes,
            frame_no: self.frame_no,
            root: self.root,
            inlined: Some(Exit { block: after, ty }),
            inline_budget: self.inline_budget - code.code.len(),
            inline_depth: self.inline_depth + 1,
            throw_paths: HashSet::new(),
            inline_allocation: self.inline_allocation,
            non_null: self.non_null.clone(),
            this_fixed: false,
        };
        body.take_arguments(&args);
        body.body(&insns, 0)?;
        // An exception the callee does not catch: pop its frame, on to the caller's
        // handlers for the call.
        body.b.switch_to_block(exit);
        body.leave_frame();
        body.b.ins().jump(thrown, &[]);
        self.inline_budget = body.inline_budget;

        self.b.switch_to_block(after);
        if let (Some(v), Some(ty)) = (result, ty) {
            self.push(v, ty);
        }
        Ok(())
    }

    /// The arguments as the callee's first locals.
    fn take_arguments(&mut self, args: &[Entry]) {
        let mut slot = 0u16;
        for e in args {
            self.set_local(slot, e.ty, e.v);
            slot += e.ty.slots() as u16;
        }
    }

    /// A return in an inlined body: pop its frame if it has one, and continue after
    /// the call with the result.
    pub(super) fn inline_return(&mut self, op: Opcode) -> Result<()> {
        let exit = self.inlined.expect("an inlined body");
        let value = if op == Opcode::Return {
            None
        } else {
            Some(self.pop()?)
        };
        self.leave_frame();
        match (value, exit.ty) {
            (Some(e), Some(ty)) if e.ty == ty => {
                self.b.ins().jump(exit.block, &[BlockArg::Value(e.v)]);
            }
            (None, None) => {
                self.b.ins().jump(exit.block, &[]);
            }
            _ => return Err(unsupported("return type differs from the descriptor")),
        }
        self.open = false;
        Ok(())
    }
}
