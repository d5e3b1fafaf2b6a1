//! A Java thread's VM state: its Java stack of frames, the pending exception and
//! its allocation buffer. Everything per-thread lives here, never in globals, so
//! real threads can come later (DESIGN.md, "Threads").

use crate::class::{Class, Method};
pub use crate::frame_stack::{Frame, FrameStack};
use crate::gc::heap::Tlab;
use crate::object::Ref;
use crate::vm::Vm;

/// Slots kept free above the deepest frame so that a `StackOverflowError` can still
/// be constructed.
const RESERVE_SLOTS: usize = 16 * 1024;
/// Frames allowed beyond the limit while the `StackOverflowError` is made.
const RESERVE_FRAMES: usize = 256;

/// An exception is pending on the thread (`thread.pending`). Functions that can
/// throw return `Result<_, Thrown>` and callers propagate with `?`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thrown;

pub struct Thread {
    pub vm: &'static Vm,
    /// Slots for locals and operand stacks of all frames, allocated once.
    pub stack: Box<[u64]>,
    /// The address of `stack[0]`: compiled code turns the address of its locals
    /// into the slot index its frame records.
    pub stack_address: usize,
    pub frames: FrameStack,
    /// Deepest frame count before `StackOverflowError` (`frames.limit()` but while
    /// the error is being made).
    pub max_frames: usize,
    /// How many slots of `stack` frames may use before `StackOverflowError`: all
    /// but a reserve, in which the error is made. Compiled code reads it.
    pub slot_limit: usize,
    /// Set while a `StackOverflowError` is being made in the reserved stack space.
    pub in_stack_reserve: bool,
    /// Nested entries into the engine from Rust (natives calling Java, class
    /// initialization...). Each one recurses on the native stack, so its depth is
    /// bounded separately from the Java stack.
    pub reentry_depth: usize,
    /// Set while an `OutOfMemoryError` is being made.
    pub in_out_of_memory: bool,
    pub max_reentry: usize,
    pub pending: Option<Ref>,
    pub tlab: Tlab,
    /// The `java.lang.Thread` object, once created.
    pub java_thread: Option<Ref>,
    /// References Rust code holds across an allocation (roots; see `protect`).
    pub roots: Vec<Ref>,
    /// Allocations left before the next stress-mode collection.
    pub stress_countdown: u32,
    /// Calls and loop back-edges the interpreter may still run: unlimited
    /// (`u64::MAX`) except where the fuzzer bounds how long a class may run.
    pub work_budget: u64,
}

impl Thread {
    pub fn new(vm: &'static Vm, stack_bytes: usize) -> Thread {
        let slots = (stack_bytes / 8).max(4096);
        // A frame costs at least a few hundred bytes of native stack in HotSpot;
        // this keeps the default -Xss depth in the same range.
        let max_frames = (stack_bytes / 128).max(1024);
        let stack = vec![0u64; slots].into_boxed_slice();
        Thread {
            vm,
            stack_address: stack.as_ptr() as usize,
            stack,
            frames: FrameStack::new(max_frames + RESERVE_FRAMES, max_frames),
            max_frames,
            slot_limit: slots.saturating_sub(RESERVE_SLOTS),
            in_stack_reserve: false,
            reentry_depth: 0,
            in_out_of_memory: false,
            max_reentry: 1024,
            pending: None,
            tlab: Tlab::default(),
            java_thread: None,
            roots: Vec::new(),
            stress_countdown: 0,
            work_budget: vm.options.work_budget.unwrap_or(u64::MAX),
        }
    }

    /// Keeps `r` alive across allocations until `release(mark)` with the mark
    /// returned here (or an earlier one). Rust code that holds a reference it just
    /// allocated while it allocates again uses this; arguments on the Java stack
    /// need nothing.
    pub fn protect(&mut self, r: Ref) -> usize {
        self.roots.push(r);
        self.roots.len() - 1
    }

    /// Drops the handles from `mark` on.
    pub fn release(&mut self, mark: usize) {
        self.roots.truncate(mark);
    }

    /// Runs `f` with `refs` protected.
    pub fn with_roots<T>(&mut self, refs: &[Ref], f: impl FnOnce(&mut Thread) -> T) -> T {
        let mark = self.roots.len();
        self.roots.extend_from_slice(refs);
        let result = f(self);
        self.release(mark);
        result
    }

    /// Makes `exception` pending and returns the marker to propagate.
    pub fn throw(&mut self, exception: Ref) -> Thrown {
        self.pending = Some(exception);
        Thrown
    }

    pub fn take_pending(&mut self) -> Option<Ref> {
        self.pending.take()
    }

    /// Creates and throws `class_name` (internal name) with a message, running the
    /// exception's Java constructor as `new X(message)` would.
    pub fn throw_new(&mut self, class_name: &str, message: Option<&str>) -> Thrown {
        match crate::exception::create(self, class_name, message) {
            Ok(e) => self.throw(e),
            Err(t) => t,
        }
    }

    /// Pushes the frame of `method` with its locals at `base` (the arguments are
    /// there already; the caller's operand stack ends below them from now on), or
    /// throws `StackOverflowError` when the frame count or the Java stack would pass
    /// their limits (less a reserve for making the error itself).
    pub fn enter_frame(
        &mut self,
        method: &'static Method,
        base: usize,
        max_locals: usize,
        max_stack: usize,
    ) -> Result<(), Thrown> {
        if let Some(caller) = self.frames.last_mut() {
            caller.sp = caller.sp.min(base);
        }
        let needed = base + max_locals + max_stack + 2;
        if self.frames.len() >= self.frames.limit() || needed > self.slot_limit {
            return Err(self.stack_overflow());
        }
        let mut frame = Frame::new(method, base);
        frame.sp = base + max_locals;
        self.frames.push(frame);
        Ok(())
    }

    /// Throws `StackOverflowError`; its construction may use the reserved depth.
    pub fn stack_overflow(&mut self) -> Thrown {
        if self.in_stack_reserve {
            crate::exception::fatal(
                "the stack overflowed while a StackOverflowError was being created",
            );
        }
        self.set_stack_reserve(true);
        let t = self.throw_new("java/lang/StackOverflowError", None);
        self.set_stack_reserve(false);
        t
    }

    /// Opens or closes the reserve of frames and slots kept for making a
    /// `StackOverflowError`.
    fn set_stack_reserve(&mut self, open: bool) {
        self.in_stack_reserve = open;
        let (frames, reserve_slots) = if open {
            (self.max_frames + RESERVE_FRAMES, 0)
        } else {
            (self.max_frames, RESERVE_SLOTS)
        };
        self.frames.set_limit(frames);
        self.slot_limit = self.stack.len().saturating_sub(reserve_slots);
    }

    /// The first free slot of the Java stack: above the newest frame's saved operand
    /// stack (whose top is saved in `sp` before any call out of the frame).
    pub fn stack_top(&self) -> usize {
        self.frames.last().map_or(0, |f| f.sp)
    }

    pub fn current_class(&self) -> Option<&'static Class> {
        self.frames.last().map(|f| f.method.owner())
    }
}
