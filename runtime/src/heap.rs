//! The Java heap: zeroed, 8-byte-aligned memory for objects and arrays.
//!
//! Allocation is a pointer bump in a thread-local buffer (`Tlab`) carved out of large
//! chunks, so the common path takes no lock. Objects do not move. Collection (issue:
//! mark-sweep with precise roots) will reclaim memory; until then the heap only grows,
//! up to the `-Xmx` limit, past which allocation fails and the VM throws
//! `OutOfMemoryError`.

use std::alloc::{Layout, alloc_zeroed, dealloc};
use std::ptr::NonNull;
use std::sync::Mutex;

use crate::class::Class;
use crate::object::{ARRAY_BASE, HEADER_SIZE, Ref};

const CHUNK_SIZE: usize = 1 << 20;
const ALIGN: usize = 8;

struct Chunk {
    ptr: NonNull<u8>,
    layout: Layout,
}

// SAFETY: a chunk is plain memory owned by the heap; only its pointer moves between
// threads, under the heap's mutex.
unsafe impl Send for Chunk {}

impl Drop for Chunk {
    fn drop(&mut self) {
        // SAFETY: allocated in `Heap::new_chunk` with this very layout.
        unsafe { dealloc(self.ptr.as_ptr(), self.layout) }
    }
}

struct HeapState {
    chunks: Vec<Chunk>,
    reserved: usize,
}

pub struct Heap {
    state: Mutex<HeapState>,
    max_bytes: usize,
}

/// A thread's allocation buffer: `[cursor, end)` inside one chunk.
#[derive(Default)]
pub struct Tlab {
    cursor: usize,
    end: usize,
}

impl Heap {
    pub fn new(max_bytes: usize) -> Heap {
        Heap {
            state: Mutex::new(HeapState {
                chunks: Vec::new(),
                reserved: 0,
            }),
            max_bytes,
        }
    }

    pub fn max_bytes(&self) -> usize {
        self.max_bytes
    }

    /// Bytes taken from the system so far.
    pub fn reserved_bytes(&self) -> usize {
        self.state
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .reserved
    }

    /// Zeroed memory for `size` bytes (rounded up to 8), or `None` past the limit.
    fn allocate(&self, tlab: &mut Tlab, size: usize) -> Option<NonNull<u8>> {
        let size = size.checked_add(ALIGN - 1)? & !(ALIGN - 1);
        if tlab.end - tlab.cursor >= size {
            let p = tlab.cursor;
            tlab.cursor += size;
            return NonNull::new(p as *mut u8);
        }
        if size > CHUNK_SIZE / 4 {
            // Large objects get a chunk of their own; the TLAB stays as it is.
            return self.new_chunk(size);
        }
        let chunk = self.new_chunk(CHUNK_SIZE)?;
        tlab.cursor = chunk.as_ptr() as usize + size;
        tlab.end = chunk.as_ptr() as usize + CHUNK_SIZE;
        Some(chunk)
    }

    fn new_chunk(&self, size: usize) -> Option<NonNull<u8>> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.reserved.checked_add(size)? > self.max_bytes {
            return None;
        }
        let layout = Layout::from_size_align(size, ALIGN).ok()?;
        // SAFETY: size is non-zero (every object has a header) and the layout valid.
        let ptr = NonNull::new(unsafe { alloc_zeroed(layout) })?;
        state.reserved += size;
        state.chunks.push(Chunk { ptr, layout });
        Some(ptr)
    }

    /// A new instance of `class` with all fields zero/null.
    pub fn alloc_object(&self, tlab: &mut Tlab, class: &'static Class) -> Option<Ref> {
        let size = class.instance_size.max(HEADER_SIZE) as usize;
        let r = Ref::from_allocation(self.allocate(tlab, size)?);
        r.init_header(class);
        Some(r)
    }

    /// A new array of `class` (an array class) with `length` zeroed elements.
    pub fn alloc_array(&self, tlab: &mut Tlab, class: &'static Class, length: i32) -> Option<Ref> {
        let elem = class.array_element_size()? as usize;
        let size = (length as usize)
            .checked_mul(elem)?
            .checked_add(ARRAY_BASE as usize)?;
        let r = Ref::from_allocation(self.allocate(tlab, size)?);
        r.init_header(class);
        r.set_array_length(length);
        Some(r)
    }
}
