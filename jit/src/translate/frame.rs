//! The compiled method's own frame on the thread's frame stack, and those of the
//! methods inlined into it.
//!
//! A frame is what makes a method visible to the runtime: stack traces, the
//! collector's roots and helpers' bookkeeping all read it. Code that never calls
//! out (a getter, the base case of a recursion) needs none, so compiled code pushes
//! its frame lazily, at its first safepoint on each path (before a helper or a call),
//! and pops it on return only if it was pushed. A variable tracks whether it is; in
//! straight-line code after the first push the translator knows it statically, and
//! otherwise a test decides at run time.
//!
//! An inlined method has a frame of its own, pushed the same way, so stack traces
//! and the collector see exactly the frames an interpreter would have: before it
//! pushes, the frames of the methods it is inlined into are pushed (if they are not
//! yet) and their call sites recorded.
//!
//! The push itself is inline: check the frame stack and the Java stack against
//! their limits, write the frame (`FrameStack`'s fixed layout) and move `top`.
//! Entries from the runtime that must have the frame already (on-stack replacement,
//! synchronized methods, which `code::run` locks in the frame) are compiled
//! without the lazy push.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    AbiParam, Block, BlockArg, InstBuilder, MemFlagsData, Signature, Value, types,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::Variable;
use rjava_runtime::thread::{Frame, FrameStack};
use rjava_runtime::{Method, Thread};

use super::Translator;
use crate::helpers;

const FRAMES: i32 = std::mem::offset_of!(Thread, frames) as i32;
const TOP: i32 = FRAMES + FrameStack::TOP_OFFSET;
const END: i32 = FRAMES + FrameStack::END_OFFSET;

/// One Java frame the compiled function may have to push: the method's, or an
/// inlined callee's.
#[derive(Clone, Copy)]
pub(super) struct FrameCtx {
    pub method: &'static Method,
    /// The address of the frame's first local in the Java stack.
    pub locals: Value,
    /// Whether the code pushes this frame itself (else it is on the stack already).
    pub lazy: bool,
    /// Whether it is pushed now (an i8: `frame_yes` or `frame_no` where known).
    pub state: Variable,
    /// Its address in the frame stack, once pushed.
    pub ptr: Variable,
    /// Where a failed push goes (`StackOverflowError` pending): out of the function,
    /// or to the caller's exception dispatch for an inlined call.
    pub overflow: Block,
}

/// A frame an inlined body sits in, with the call site it is suspended at.
#[derive(Clone, Copy)]
pub(super) struct Caller {
    pub frame: FrameCtx,
    pub pc: u32,
    /// The slot (from the caller's locals) where the callee's arguments start.
    pub args_at: usize,
}

impl Translator<'_, '_> {
    /// The frame variables of the function's own frame, set up in the entry block:
    /// a method entered with its frame pushed already finds it on top.
    pub(super) fn init_frame(&mut self) {
        let flags = MemFlagsData::trusted();
        self.frame_yes = self.b.ins().iconst(types::I8, 1);
        self.frame_no = self.b.ins().iconst(types::I8, 0);
        let own = self.own;
        if own.lazy {
            self.b.def_var(own.state, self.frame_no);
            let none = self.b.ins().iconst(types::I64, 0);
            self.b.def_var(own.ptr, none);
        } else {
            self.b.def_var(own.state, self.frame_yes);
            let top = self.b.ins().load(types::I64, flags, self.thread, TOP);
            let frame = self.b.ins().iadd_imm_s(top, -i64::from(Frame::SIZE));
            self.b.def_var(own.ptr, frame);
        }
    }

    /// Makes sure this method's frame is on the frame stack (before a safepoint);
    /// for an inlined body, its callers' frames first.
    pub(super) fn ensure_frame(&mut self) {
        let own = self.own;
        self.ensure(own, true);
    }

    /// Pushes `ctx`'s frame if it is not yet; `callers_first` pushes the frames of
    /// the methods this body is inlined into before it.
    fn ensure(&mut self, ctx: FrameCtx, callers_first: bool) {
        if !ctx.lazy {
            return;
        }
        let state = self.b.use_var(ctx.state);
        if state == self.frame_yes {
            return;
        }
        let go_on = self.b.create_block();
        if state != self.frame_no {
            let push = self.b.create_block();
            self.b.ins().brif(state, go_on, &[], push, &[]);
            self.b.switch_to_block(push);
        }
        if callers_first {
            for caller in self.callers.clone() {
                self.ensure(caller.frame, false);
                self.record_site(caller.frame, caller.pc, caller.args_at);
            }
        }
        self.push_frame(ctx);
        self.b.ins().jump(go_on, &[]);
        self.b.switch_to_block(go_on);
        self.b.def_var(ctx.state, self.frame_yes);
    }

    /// Pops this method's frame if it pushed one (before returning).
    pub(super) fn leave_frame(&mut self) {
        let own = self.own;
        if !own.lazy {
            return;
        }
        let state = self.b.use_var(own.state);
        if state == self.frame_no {
            return;
        }
        let frame = self.b.use_var(own.ptr);
        if state == self.frame_yes {
            self.pop_frame(frame);
            return;
        }
        let pop = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(state, pop, &[], done, &[]);
        self.b.switch_to_block(pop);
        self.pop_frame(frame);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// The frame on top is the one at `frame`: popping it puts `top` back there.
    fn pop_frame(&mut self, frame: Value) {
        self.b
            .ins()
            .store(MemFlagsData::trusted(), frame, self.thread, TOP);
    }

    /// Pushes `ctx`'s frame inline, or through `helpers::push_own_frame` at a limit,
    /// and defines its `ptr`. A `StackOverflowError` goes to `ctx.overflow`, as if
    /// thrown by the call to the method (its own handlers do not see it: it has no
    /// frame).
    fn push_frame(&mut self, ctx: FrameCtx) {
        let flags = MemFlagsData::trusted();
        let code = ctx
            .method
            .code
            .as_ref()
            .expect("compiled methods have code");
        let frame_slots = i64::from(code.max_locals) + i64::from(code.max_stack) + 2;
        let pushed = self.b.create_block();
        let pushed_frame = self.b.append_block_param(pushed, types::I64);
        let slots = self.b.create_block();
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);

        let top = self.b.ins().load(types::I64, flags, self.thread, TOP);
        let end = self.b.ins().load(types::I64, flags, self.thread, END);
        let room = self.b.ins().icmp(IntCC::UnsignedLessThan, top, end);
        self.b.ins().brif(room, slots, &[], slow, &[]);

        self.b.switch_to_block(slots);
        let stack = std::mem::offset_of!(Thread, stack_address) as i32;
        let stack = self.b.ins().load(types::I64, flags, self.thread, stack);
        let offset = self.b.ins().isub(ctx.locals, stack);
        let base = self.b.ins().ushr_imm_u(offset, 3);
        let slots_end = self.b.ins().iadd_imm_s(base, frame_slots);
        let limit = std::mem::offset_of!(Thread, slot_limit) as i32;
        let limit = self.b.ins().load(types::I64, flags, self.thread, limit);
        let room = self
            .b
            .ins()
            .icmp(IntCC::UnsignedLessThanOrEqual, slots_end, limit);
        self.b.ins().brif(room, fast, &[], slow, &[]);

        self.b.switch_to_block(fast);
        let m = self.iconst(types::I64, ctx.method as *const _ as i64);
        let sp = self.b.ins().iadd_imm_s(base, i64::from(code.max_locals));
        let zero = self.iconst(types::I64, 0);
        self.b.ins().store(flags, m, top, Frame::METHOD_OFFSET);
        self.b.ins().store(flags, base, top, Frame::BASE_OFFSET);
        self.b.ins().store(flags, sp, top, Frame::SP_OFFSET);
        // pc and ip together.
        self.b.ins().store(flags, zero, top, Frame::PC_OFFSET);
        self.b.ins().store(flags, zero, top, Frame::MONITOR_OFFSET);
        let new_top = self.b.ins().iadd_imm_s(top, i64::from(Frame::SIZE));
        self.b.ins().store(flags, new_top, self.thread, TOP);
        self.b.ins().jump(pushed, &[BlockArg::Value(top)]);

        self.b.switch_to_block(slow);
        let mut sig = Signature::new(CallConv::SystemV);
        sig.params.extend([AbiParam::new(types::I64); 3]);
        sig.returns.push(AbiParam::new(types::I64));
        let sig = self.b.import_signature(sig);
        let helper = self.iconst(types::I64, helpers::push_own_frame as *const () as i64);
        let m = self.iconst(types::I64, ctx.method as *const _ as i64);
        let call = self
            .b
            .ins()
            .call_indirect(sig, helper, &[self.thread, m, ctx.locals]);
        let frame = self.b.inst_results(call)[0];
        self.b
            .ins()
            .brif(frame, pushed, &[BlockArg::Value(frame)], ctx.overflow, &[]);

        self.b.switch_to_block(pushed);
        self.b.def_var(ctx.ptr, pushed_frame);
    }

    /// Fills the function's overflow exit: out at once, with the error pending and
    /// no frame to pop.
    pub(super) fn emit_overflow_exit(&mut self) {
        self.b.switch_to_block(self.own.overflow);
        let zero = self.iconst(types::I64, 0);
        self.b.ins().return_(&[zero]);
    }

    /// Before a call: this frame's pc and the top of its operand stack (where the
    /// callee's arguments start, slot `args_at` of the frame) go into the frame, as a
    /// helper's `at` would record them.
    pub(super) fn record_call_site(&mut self, pc: u32, args_at: usize) {
        self.ensure_frame();
        let own = self.own;
        self.record_site(own, pc, args_at);
    }

    fn record_site(&mut self, ctx: FrameCtx, pc: u32, args_at: usize) {
        let flags = MemFlagsData::trusted();
        let frame = self.b.use_var(ctx.ptr);
        let pc = self.iconst(types::I32, i64::from(pc));
        self.b.ins().store(flags, pc, frame, Frame::PC_OFFSET);
        let base = self
            .b
            .ins()
            .load(types::I64, flags, frame, Frame::BASE_OFFSET);
        let sp = self.b.ins().iadd_imm_s(base, args_at as i64);
        self.b.ins().store(flags, sp, frame, Frame::SP_OFFSET);
    }
}
