//! The compiled method's own frame on the thread's frame stack.
//!
//! A frame is what makes a method visible to the runtime: stack traces, the
//! collector's roots and helpers' bookkeeping all read it. Code that never calls
//! out (a getter, the base case of a recursion) needs none, so compiled code pushes
//! its frame lazily, at its first safepoint on each path (before a helper or a call),
//! and pops it on return only if it was pushed. A variable tracks whether it is; in
//! straight-line code after the first push the translator knows it statically, and
//! otherwise a test decides at run time.
//!
//! The push itself is inline: check the frame stack and the Java stack against
//! their limits, write the frame (`FrameStack`'s fixed layout) and move `top`.
//! Entries from the runtime that must have the frame already (on-stack replacement,
//! synchronized methods, which `code::run` locks in the frame) are compiled
//! without the lazy push.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{AbiParam, BlockArg, InstBuilder, MemFlagsData, Signature, types};
use cranelift_codegen::isa::CallConv;
use rjava_runtime::Thread;
use rjava_runtime::thread::{Frame, FrameStack};

use super::Translator;
use crate::helpers;

const FRAMES: i32 = std::mem::offset_of!(Thread, frames) as i32;
const TOP: i32 = FRAMES + FrameStack::TOP_OFFSET;
const END: i32 = FRAMES + FrameStack::END_OFFSET;

impl Translator<'_, '_> {
    /// Sets up the frame variables in the entry block: for a method entered with its
    /// frame already pushed, the frame is the top one.
    pub(super) fn init_frame(&mut self) {
        let flags = MemFlagsData::trusted();
        self.frame_yes = self.b.ins().iconst(types::I8, 1);
        self.frame_no = self.b.ins().iconst(types::I8, 0);
        if self.lazy_frame {
            self.b.def_var(self.frame_state, self.frame_no);
            let none = self.b.ins().iconst(types::I64, 0);
            self.b.def_var(self.frame_ptr, none);
        } else {
            self.b.def_var(self.frame_state, self.frame_yes);
            let top = self.b.ins().load(types::I64, flags, self.thread, TOP);
            let own = self.b.ins().iadd_imm_s(top, -i64::from(Frame::SIZE));
            self.b.def_var(self.frame_ptr, own);
        }
    }

    /// Makes sure this method's frame is on the frame stack (before a safepoint).
    pub(super) fn ensure_frame(&mut self) {
        if !self.lazy_frame {
            return;
        }
        let state = self.b.use_var(self.frame_state);
        if state == self.frame_yes {
            return;
        }
        if state == self.frame_no {
            self.push_own_frame();
        } else {
            let push = self.b.create_block();
            let go_on = self.b.create_block();
            self.b.ins().brif(state, go_on, &[], push, &[]);
            self.b.switch_to_block(push);
            self.push_own_frame();
            self.b.ins().jump(go_on, &[]);
            self.b.switch_to_block(go_on);
        }
        self.b.def_var(self.frame_state, self.frame_yes);
    }

    /// Pops this method's frame if it pushed one (before returning).
    pub(super) fn leave_frame(&mut self) {
        if !self.lazy_frame {
            return;
        }
        let state = self.b.use_var(self.frame_state);
        if state == self.frame_no {
            return;
        }
        let frame = self.b.use_var(self.frame_ptr);
        if state == self.frame_yes {
            self.pop_own_frame(frame);
            return;
        }
        let pop = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(state, pop, &[], done, &[]);
        self.b.switch_to_block(pop);
        self.pop_own_frame(frame);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// The frame on top is this method's own, at `frame`: popping it puts `top` back
    /// there.
    fn pop_own_frame(&mut self, frame: cranelift_codegen::ir::Value) {
        self.b
            .ins()
            .store(MemFlagsData::trusted(), frame, self.thread, TOP);
    }

    /// Pushes the frame inline, or through `helpers::push_own_frame` at a limit; a
    /// `StackOverflowError` then returns at once, as if thrown by the call to this
    /// method (its handlers do not see it: it has no frame).
    fn push_own_frame(&mut self) {
        let flags = MemFlagsData::trusted();
        let method = self.method;
        let code = method.code.as_ref().expect("compiled methods have code");
        let frame_slots = i64::from(code.max_locals) + i64::from(code.max_stack) + 2;
        let pushed = self.b.create_block();
        let pushed_frame = self.b.append_block_param(pushed, types::I64);
        let slots = self.b.create_block();
        let fast = self.b.create_block();
        let slow = self.b.create_block();

        let top = self.b.ins().load(types::I64, flags, self.thread, TOP);
        let end = self.b.ins().load(types::I64, flags, self.thread, END);
        let room = self.b.ins().icmp(IntCC::UnsignedLessThan, top, end);
        self.b.ins().brif(room, slots, &[], slow, &[]);

        self.b.switch_to_block(slots);
        let stack = std::mem::offset_of!(Thread, stack_address) as i32;
        let stack = self.b.ins().load(types::I64, flags, self.thread, stack);
        let offset = self.b.ins().isub(self.locals, stack);
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
        let m = self.iconst(types::I64, method as *const _ as i64);
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
        let m = self.iconst(types::I64, method as *const _ as i64);
        let call = self
            .b
            .ins()
            .call_indirect(sig, helper, &[self.thread, m, self.locals]);
        let frame = self.b.inst_results(call)[0];
        let overflow = self.overflow_exit();
        self.b
            .ins()
            .brif(frame, pushed, &[BlockArg::Value(frame)], overflow, &[]);

        self.b.switch_to_block(pushed);
        self.b.def_var(self.frame_ptr, pushed_frame);
    }

    /// Where a failed frame push goes: straight out, with the error pending and no
    /// frame to pop.
    fn overflow_exit(&mut self) -> cranelift_codegen::ir::Block {
        if let Some(b) = self.overflow_exit {
            return b;
        }
        let block = self.b.create_block();
        self.overflow_exit = Some(block);
        block
    }

    /// Fills the overflow exit, if any path uses it.
    pub(super) fn emit_overflow_exit(&mut self) {
        if let Some(block) = self.overflow_exit {
            self.b.switch_to_block(block);
            let zero = self.iconst(types::I64, 0);
            self.b.ins().return_(&[zero]);
        }
    }

    /// Before a call: this frame's pc and the top of its operand stack (where the
    /// callee's arguments start, slot `args_at` of the frame) go into the frame, as a
    /// helper's `at` would record them.
    pub(super) fn record_call_site(&mut self, pc: u32, args_at: usize) {
        self.ensure_frame();
        let flags = MemFlagsData::trusted();
        let frame = self.b.use_var(self.frame_ptr);
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
