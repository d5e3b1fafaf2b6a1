//! The thread's stack of activation records, in a buffer that compiled code can
//! push to and pop from without calling into Rust.
//!
//! Calls between compiled methods are the JIT's hottest path; a helper call to
//! push a frame would cost more than the call itself. So the frames live in one
//! allocation made when the thread starts (sized for the deepest stack the thread
//! may reach, and only touched as deep as it goes), `Frame` has a fixed C layout,
//! and the JIT writes a frame with plain stores at the offsets published here,
//! checking `len < limit` first. Rust code sees the same frames as a slice.

use std::mem::{MaybeUninit, offset_of, size_of};
use std::ops::{Deref, DerefMut};

use crate::class::Method;
use crate::object::Ref;

/// One activation on the Java stack. Locals start at `base` in the thread's slot
/// array; the operand stack follows them.
///
/// The layout is fixed (`repr(C)`) because compiled code writes frames directly:
/// see the `*_OFFSET` constants.
#[derive(Debug, Clone, Copy)]
#[repr(C)]
pub struct Frame {
    pub method: &'static Method,
    pub base: usize,
    /// Engine-private resume state, saved while the frame calls out: the
    /// interpreter's operand-stack top (an absolute slot) and instruction index.
    pub sp: usize,
    /// Bytecode offset of the current instruction (kept current at every point
    /// where the frame can be observed: calls, allocations, throws).
    pub pc: u32,
    pub ip: u32,
    /// The object a synchronized method locked on entry, released on exit.
    pub monitor: Option<Ref>,
}

impl Frame {
    pub const METHOD_OFFSET: i32 = offset_of!(Frame, method) as i32;
    pub const BASE_OFFSET: i32 = offset_of!(Frame, base) as i32;
    pub const SP_OFFSET: i32 = offset_of!(Frame, sp) as i32;
    /// `pc` and `ip` together, as one 64-bit word (`pc` in the low half).
    pub const PC_OFFSET: i32 = offset_of!(Frame, pc) as i32;
    pub const IP_OFFSET: i32 = offset_of!(Frame, ip) as i32;
    pub const MONITOR_OFFSET: i32 = offset_of!(Frame, monitor) as i32;
    pub const SIZE: i32 = std::mem::size_of::<Frame>() as i32;

    pub fn new(method: &'static Method, base: usize) -> Frame {
        Frame {
            method,
            pc: 0,
            base,
            ip: 0,
            sp: base,
            monitor: None,
        }
    }
}

/// Frames pushed beyond `limit` without a check: a native method's frame sits on
/// top of a checked Java frame, and anything it calls is checked again.
const UNCHECKED_SLACK: usize = 8;

/// The frames of one thread, oldest first.
///
/// Invariant: `frames[..len]` are initialized, where `len` is the number of frames
/// from the start of `frames` to `top`; `top <= end`, and `end` (the limit before
/// `StackOverflowError`) is below the end of `frames` by at least the slack for
/// unchecked pushes. Compiled code pushes by writing the frame at `top` and
/// advancing it, when `top < end`, and pops by moving `top` back.
#[repr(C)]
pub struct FrameStack {
    top: *mut Frame,
    end: *mut Frame,
    frames: Box<[MaybeUninit<Frame>]>,
}

// SAFETY: the raw pointers only point into `frames`, owned by this value; a
// FrameStack moves between threads as a Box would.
unsafe impl Send for FrameStack {}

impl FrameStack {
    /// Offsets for compiled code, from the start of the `FrameStack`.
    pub const TOP_OFFSET: i32 = offset_of!(FrameStack, top) as i32;
    pub const END_OFFSET: i32 = offset_of!(FrameStack, end) as i32;

    /// Room for `max` frames (the most the limit will ever be raised to), with
    /// `limit` frames allowed for now.
    pub fn new(max: usize, limit: usize) -> FrameStack {
        let mut frames = Box::new_uninit_slice(max + UNCHECKED_SLACK);
        let start: *mut Frame = frames.as_mut_ptr().cast();
        FrameStack {
            top: start,
            // In bounds: limit.min(max) < frames.len().
            end: start.wrapping_add(limit.min(max)),
            frames,
        }
    }

    fn start(&self) -> *const Frame {
        self.frames.as_ptr().cast()
    }

    /// Frames that may exist before a push is a stack overflow.
    pub fn limit(&self) -> usize {
        (self.end as usize - self.start() as usize) / size_of::<Frame>()
    }

    /// Raises or lowers the limit (while a `StackOverflowError` is made, the reserve
    /// frames count too); never past the room allocated.
    pub fn set_limit(&mut self, limit: usize) {
        let limit = limit.min(self.frames.len() - UNCHECKED_SLACK);
        self.end = self.frames.as_mut_ptr().cast::<Frame>().wrapping_add(limit);
    }

    /// Frames on the stack (also `self.len()` through the slice).
    fn count(&self) -> usize {
        (self.top as usize - self.start() as usize) / size_of::<Frame>()
    }

    /// Pushes a frame. Callers check `len() < limit()` first for Java frames;
    /// passing the slack beyond it is a VM bug.
    pub fn push(&mut self, frame: Frame) {
        let len = self.count();
        let slot = self
            .frames
            .get_mut(len)
            .unwrap_or_else(|| crate::exception::fatal("the frame stack overflowed its slack"));
        slot.write(frame);
        self.top = self.top.wrapping_add(1);
    }

    pub fn pop(&mut self) -> Option<Frame> {
        let len = self.count().checked_sub(1)?;
        self.top = self.top.wrapping_sub(1);
        // SAFETY: frames below the old top are initialized (invariant).
        Some(unsafe { self.frames[len].assume_init_read() })
    }

    /// Pops frames down to `len` frames.
    pub fn truncate(&mut self, len: usize) {
        let len = len.min(self.count());
        self.top = self.frames.as_mut_ptr().cast::<Frame>().wrapping_add(len);
    }
}

impl Deref for FrameStack {
    type Target = [Frame];

    fn deref(&self) -> &[Frame] {
        // SAFETY: `frames[..len]` are initialized (invariant) and MaybeUninit<Frame>
        // has the layout of Frame.
        unsafe { std::slice::from_raw_parts(self.start(), self.count()) }
    }
}

impl DerefMut for FrameStack {
    fn deref_mut(&mut self) -> &mut [Frame] {
        // SAFETY: as in `deref`, with the exclusive borrow of `self`.
        let len = self.count();
        unsafe { std::slice::from_raw_parts_mut(self.frames.as_mut_ptr().cast(), len) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn method() -> &'static Method {
        let d = rjava_classfile::MethodDescriptor::parse("()V").expect("descriptor");
        Box::leak(Box::new(Method::new("m", "()V", d, 0x0008, None)))
    }

    #[test]
    fn pushes_pops_and_truncates() {
        let m = method();
        let mut s = FrameStack::new(4, 2);
        assert!(s.is_empty());
        for base in 0..3 {
            s.push(Frame::new(m, base * 10));
        }
        assert_eq!(s.len(), 3);
        assert_eq!(s.last().map(|f| f.base), Some(20));
        s.last_mut().expect("frame").pc = 7;
        assert_eq!(s.pop().map(|f| f.pc), Some(7));
        s.truncate(1);
        assert_eq!(s.iter().map(|f| f.base).collect::<Vec<_>>(), vec![0]);
        assert!(s.pop().is_some());
        assert!(s.pop().is_none());
    }

    #[test]
    fn limit_stays_within_the_room() {
        let mut s = FrameStack::new(4, 2);
        assert_eq!(s.limit(), 2);
        s.set_limit(100);
        assert_eq!(s.limit(), 4);
        // Natives may push a little past the limit.
        for _ in 0..4 + UNCHECKED_SLACK {
            s.push(Frame::new(method(), 0));
        }
    }

    #[test]
    fn layout_is_what_compiled_code_assumes() {
        assert_eq!(Frame::IP_OFFSET, Frame::PC_OFFSET + 4);
        assert_eq!(Frame::SIZE % 8, 0);
        // `None` is stored as a zero word.
        assert_eq!(std::mem::size_of::<Option<Ref>>(), 8);
    }
}
