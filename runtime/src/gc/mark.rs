//! Marking: from the roots, every object reachable through reference fields and
//! reference-array elements gets the header's mark bit.
//!
//! The marker keeps an explicit stack of objects whose fields are still to be
//! scanned instead of recursing, so a linked list of millions of nodes costs a
//! vector, not the native stack.

use super::heap::{Heap, MARK_BIT};
use crate::object::Ref;
use crate::types::BasicType;

pub struct Marker<'h> {
    stack: Vec<Ref>,
    heap: &'h Heap,
    /// Check every reference found against the heap's memory (stress mode), so a
    /// stale root fails with a message instead of corrupting memory.
    verify: bool,
    /// Objects marked so far.
    pub marked: usize,
}

impl<'h> Marker<'h> {
    pub fn new(heap: &'h Heap, verify: bool) -> Marker<'h> {
        Marker {
            stack: Vec::with_capacity(1024),
            heap,
            verify,
            marked: 0,
        }
    }

    pub fn heap(&self) -> &'h Heap {
        self.heap
    }

    /// Marks the object a slot refers to (0 is null).
    #[inline]
    pub fn slot(&mut self, slot: u64, what: &dyn Fn() -> String) {
        if let Some(r) = Ref::from_slot(slot) {
            self.object(r, what);
        }
    }

    #[inline]
    pub fn object(&mut self, r: Ref, what: &dyn Fn() -> String) {
        if self.verify && !self.heap.contains(r.addr()) {
            panic!(
                "GC: {} holds {:#x}, which is not an object in the heap",
                what(),
                r.addr()
            );
        }
        self.push(r);
    }

    #[inline]
    fn push(&mut self, r: Ref) {
        let flags = r.flags();
        if flags & MARK_BIT == 0 {
            r.set_flags(flags | MARK_BIT);
            self.marked += 1;
            self.stack.push(r);
        }
    }

    /// Scans marked objects until none is left.
    pub fn drain(&mut self) {
        while let Some(r) = self.stack.pop() {
            let class = r.class();
            if class.is_array() {
                if class.array_element_type() == Some(BasicType::Reference) {
                    for i in 0..r.array_length() as usize {
                        if let Some(e) = r.array_get_ref(i) {
                            self.field(r, i as u32, e);
                        }
                    }
                }
            } else {
                for &offset in class.reference_offsets.iter() {
                    if let Some(e) = r.read_ref(offset) {
                        self.field(r, offset, e);
                    }
                }
            }
        }
    }

    #[inline]
    fn field(&mut self, holder: Ref, at: u32, e: Ref) {
        if self.verify && !self.heap.contains(e.addr()) {
            panic!(
                "GC: an object of {} at {:#x} holds {:#x} at offset/index {at}, which is not an object in the heap",
                holder.class().name,
                holder.addr(),
                e.addr()
            );
        }
        self.push(e);
    }
}
