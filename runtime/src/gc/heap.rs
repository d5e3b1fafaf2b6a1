//! The Java heap's memory: where objects are placed, how the space is walked, and how
//! a sweep turns dead objects back into free space.
//!
//! Small objects live in 1 MiB regions. Every byte of a region belongs either to an
//! object or to a *filler* (a header-sized record giving the length of a free span),
//! so the sweeper can walk a region from start to end. A sweep coalesces dead objects
//! into free spans; threads take spans as allocation buffers (`Tlab`) and bump a
//! pointer through them, zeroing each buffer as they take it. Objects of 256 KiB and
//! more (big arrays) get an allocation of their own, freed as soon as they die, so a
//! program that drops a large array gives the memory back.
//!
//! Objects never move. The heap has a soft size, the *target*: when reaching a new
//! region would pass it, the allocator asks for a collection first; after one, the
//! target is set from the live size (`Heap::resize_after_collection`), never above
//! `-Xmx`.
//!
//! This module and `object` are the only places that touch heap memory directly.

use std::alloc::{Layout, alloc_zeroed, dealloc};
use std::ptr::NonNull;
use std::sync::Mutex;

use crate::class::Class;
use crate::object::{ARRAY_BASE, HEADER_SIZE, Ref};

pub const REGION_SIZE: usize = 1 << 20;
/// Objects this large or larger get their own allocation.
pub const LARGE_OBJECT: usize = REGION_SIZE / 4;
/// Alignment asked of the system for regions and large objects. Nothing needs more
/// than 16 bytes, and at 16 the system's zeroed allocation of a big block maps fresh
/// zero pages instead of clearing memory (with a page alignment it would write the
/// whole megabyte, and fault in every page, up front).
const SYSTEM_ALIGN: usize = 16;
/// Free spans shorter than this stay fillers until their neighbours die too.
const MIN_SPAN: usize = 128;
/// The most a thread takes from a free span at once.
const TLAB_SIZE: usize = 64 << 10;
const ALIGN: usize = 8;
/// First word of a filler: a free span whose length (bytes) is in the second word.
const FILLER: u64 = 1;
/// First word of an 8-byte filler (too short for a length word).
const FILLER_WORD: u64 = 2;
/// Bit of the header's flag word set on objects found live by the marker.
pub const MARK_BIT: u32 = 1 << 31;
/// What freed memory is overwritten with in stress mode, so a dangling reference
/// reads garbage loudly instead of plausible stale data.
const POISON: u8 = 0xd5;

/// An allocation the heap cannot make without a collection (or at all).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AllocError {
    /// Not without passing the target or `-Xmx`: collect (or `grow`), then try again.
    NeedsCollection,
    /// Never: the request is bigger than the whole heap can be.
    OutOfMemory,
}

struct Region {
    start: usize,
    layout: Layout,
}

struct Large {
    ptr: NonNull<u8>,
    layout: Layout,
}

/// A free span `[start, end)`, headed by a filler. `fresh` spans come straight from
/// the system and are still zero (but for their filler header).
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    fresh: bool,
}

struct Space {
    regions: Vec<Region>,
    /// Free spans, highest address first (allocation pops from the end, so it moves
    /// upward through memory).
    free: Vec<Span>,
    large: Vec<Large>,
    large_bytes: usize,
    /// Soft limit on `committed()`: reaching past it asks for a collection.
    target: usize,
    /// Bytes handed out (buffers taken and large objects) since the last collection.
    allocated_since_gc: usize,
    /// Live bytes found by the last sweep.
    live_after_gc: usize,
}

// SAFETY: regions and large objects are plain memory owned by the heap; the raw
// pointers only move between threads under the heap's mutex.
unsafe impl Send for Space {}

impl Space {
    fn committed(&self) -> usize {
        self.regions.len() * REGION_SIZE + self.large_bytes
    }
}

pub struct Heap {
    space: Mutex<Space>,
    max_bytes: usize,
    initial_bytes: usize,
    poison: bool,
}

/// A thread's allocation buffer: `[cursor, end)`, zeroed, inside one region.
/// Compiled code bumps `cursor` inline (see `object_allocation_size`).
#[derive(Default)]
#[repr(C)]
pub struct Tlab {
    cursor: usize,
    end: usize,
}

impl Tlab {
    pub const CURSOR_OFFSET: usize = std::mem::offset_of!(Tlab, cursor);
    pub const END_OFFSET: usize = std::mem::offset_of!(Tlab, end);
}

/// Bytes an instance of `class` takes in a buffer: what `alloc_object` bumps the
/// cursor by. A buffer is zeroed memory, so an object is made by bumping the
/// cursor and writing its class into the first header word.
pub fn object_allocation_size(class: &Class) -> usize {
    (class.instance_size.max(HEADER_SIZE) as usize + ALIGN - 1) & !(ALIGN - 1)
}

/// One heap block as the sweeper sees it.
enum Block {
    Object(Ref, usize),
    Free(usize),
}

impl Heap {
    /// A heap that may grow to `max_bytes`, starting with a target of `initial_bytes`.
    pub fn new(max_bytes: usize, initial_bytes: usize, poison: bool) -> Heap {
        let initial = initial_bytes.clamp(REGION_SIZE, max_bytes.max(REGION_SIZE));
        Heap {
            space: Mutex::new(Space {
                regions: Vec::new(),
                free: Vec::new(),
                large: Vec::new(),
                large_bytes: 0,
                target: initial,
                allocated_since_gc: 0,
                live_after_gc: 0,
            }),
            max_bytes,
            initial_bytes: initial,
            poison,
        }
    }

    fn space(&self) -> std::sync::MutexGuard<'_, Space> {
        self.space.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn max_bytes(&self) -> usize {
        self.max_bytes
    }

    /// Memory the heap holds now (`Runtime.totalMemory`).
    pub fn committed_bytes(&self) -> usize {
        let s = self.space();
        s.committed().max(s.target.min(self.max_bytes))
    }

    /// Bytes in use: live at the last collection plus allocated since.
    pub fn used_bytes(&self) -> usize {
        let s = self.space();
        s.live_after_gc + s.allocated_since_gc
    }

    /// Tries the thread's buffer only: the fast path, no lock.
    #[inline]
    fn bump(tlab: &mut Tlab, size: usize) -> Option<NonNull<u8>> {
        if tlab.end - tlab.cursor >= size {
            let p = tlab.cursor;
            tlab.cursor += size;
            return NonNull::new(p as *mut u8);
        }
        None
    }

    /// Zeroed, 8-byte-aligned memory for `size` bytes.
    fn allocate(&self, tlab: &mut Tlab, size: usize) -> Result<NonNull<u8>, AllocError> {
        let size = size.checked_add(ALIGN - 1).ok_or(AllocError::OutOfMemory)? & !(ALIGN - 1);
        if let Some(p) = Self::bump(tlab, size) {
            return Ok(p);
        }
        if size >= LARGE_OBJECT {
            return self.allocate_large(size);
        }
        let mut space = self.space();
        self.retire(&mut space, tlab);
        let span = self.take_span(&mut space, size)?;
        let take = span.end - span.start;
        self.zero(span, take);
        space.allocated_since_gc += take;
        tlab.cursor = span.start + size;
        tlab.end = span.end;
        NonNull::new(span.start as *mut u8).ok_or(AllocError::OutOfMemory)
    }

    /// A free span of at least `size` bytes, at most a buffer's worth, taken off the
    /// free list (new regions are added while the target allows).
    fn take_span(&self, space: &mut Space, size: usize) -> Result<Span, AllocError> {
        let want = size.max(TLAB_SIZE);
        let found = match space.free.last() {
            Some(s) if s.end - s.start >= size => Some(space.free.len() - 1),
            // A bigger object than the next span holds: look further (first fit).
            _ => space.free.iter().rposition(|s| s.end - s.start >= size),
        };
        let span = match found {
            Some(i) => space.free.remove(i),
            None => self.new_region(space)?,
        };
        if span.end - span.start > want + MIN_SPAN {
            // Keep the rest on the free list, headed by its own filler.
            let rest = Span {
                start: span.start + want,
                ..span
            };
            write_filler(rest.start, rest.end - rest.start);
            space.free.push(rest);
            return Ok(Span {
                end: span.start + want,
                ..span
            });
        }
        Ok(span)
    }

    fn new_region(&self, space: &mut Space) -> Result<Span, AllocError> {
        let committed = space.committed() + REGION_SIZE;
        if committed > space.target.min(self.max_bytes) {
            return Err(AllocError::NeedsCollection);
        }
        let layout = Layout::from_size_align(REGION_SIZE, SYSTEM_ALIGN)
            .map_err(|_| AllocError::OutOfMemory)?;
        // SAFETY: the layout has a non-zero size.
        let ptr = NonNull::new(unsafe { alloc_zeroed(layout) }).ok_or(AllocError::OutOfMemory)?;
        let start = ptr.as_ptr() as usize;
        space.regions.push(Region { start, layout });
        write_filler(start, REGION_SIZE);
        Ok(Span {
            start,
            end: start + REGION_SIZE,
            fresh: true,
        })
    }

    fn allocate_large(&self, size: usize) -> Result<NonNull<u8>, AllocError> {
        let mut space = self.space();
        if size > self.max_bytes {
            return Err(AllocError::OutOfMemory);
        }
        let committed = space.committed().saturating_add(size);
        if committed > space.target.min(self.max_bytes) {
            return Err(AllocError::NeedsCollection);
        }
        let layout =
            Layout::from_size_align(size, SYSTEM_ALIGN).map_err(|_| AllocError::OutOfMemory)?;
        // SAFETY: the layout has a non-zero size (at least LARGE_OBJECT bytes).
        let ptr = NonNull::new(unsafe { alloc_zeroed(layout) }).ok_or(AllocError::OutOfMemory)?;
        space.large.push(Large { ptr, layout });
        space.large_bytes += size;
        space.allocated_since_gc += size;
        Ok(ptr)
    }

    /// Zeroes the first `len` bytes of a span about to become a buffer.
    fn zero(&self, span: Span, len: usize) {
        let len = if span.fresh {
            // Only the filler header was written since the system zeroed it.
            len.min(HEADER_SIZE as usize)
        } else {
            len
        };
        // SAFETY: the span is free heap memory owned by the heap (inside a region),
        // at least `len` bytes long, and no object lives in it.
        unsafe { std::ptr::write_bytes(span.start as *mut u8, 0, len) }
    }

    /// Gives back the unused end of a thread's buffer, as a filler (and as a free span
    /// when it is worth one), so the region stays walkable.
    fn retire(&self, space: &mut Space, tlab: &mut Tlab) {
        let (start, end) = (tlab.cursor, tlab.end);
        *tlab = Tlab::default();
        if end > start {
            write_filler(start, end - start);
            space.allocated_since_gc = space.allocated_since_gc.saturating_sub(end - start);
            if end - start >= MIN_SPAN {
                space.free.push(Span {
                    start,
                    end,
                    fresh: false,
                });
            }
        }
    }

    /// Retires a thread's buffer before a collection walks the heap.
    pub fn retire_tlab(&self, tlab: &mut Tlab) {
        let mut space = self.space();
        self.retire(&mut space, tlab);
    }

    /// A new instance of `class` with all fields zero/null.
    pub fn alloc_object(&self, tlab: &mut Tlab, class: &'static Class) -> Result<Ref, AllocError> {
        let size = object_allocation_size(class);
        let r = Ref::from_allocation(self.allocate(tlab, size)?);
        r.init_header(class);
        Ok(r)
    }

    /// A new array of `class` (an array class) with `length` zeroed elements.
    pub fn alloc_array(
        &self,
        tlab: &mut Tlab,
        class: &'static Class,
        length: i32,
    ) -> Result<Ref, AllocError> {
        let size = array_size(class, length).ok_or(AllocError::OutOfMemory)?;
        let r = Ref::from_allocation(self.allocate(tlab, size)?);
        r.init_header(class);
        r.set_array_length(length);
        Ok(r)
    }

    /// Calls `visit` for every object in the heap (regions must be walkable: every
    /// thread's buffer retired).
    pub fn for_each_object(&self, mut visit: impl FnMut(Ref)) {
        let space = self.space();
        for region in &space.regions {
            walk(region.start, region.start + REGION_SIZE, |b| {
                if let Block::Object(r, _) = b {
                    visit(r)
                }
            });
        }
        for l in &space.large {
            visit(Ref::from_allocation(l.ptr));
        }
    }

    /// Frees every unmarked object and clears the marks of the others. Returns the
    /// live bytes.
    pub fn sweep(&self) -> usize {
        let mut space = self.space();
        let mut live = 0;
        let mut free = Vec::new();
        for region in &space.regions {
            let (start, end) = (region.start, region.start + REGION_SIZE);
            let mut run: Option<usize> = None;
            let mut close = |run: &mut Option<usize>, at: usize| {
                if let Some(s) = run.take() {
                    self.release(s, at);
                    if at - s >= MIN_SPAN {
                        free.push(Span {
                            start: s,
                            end: at,
                            fresh: false,
                        });
                    }
                }
            };
            let mut at = start;
            walk(start, end, |b| {
                let len = match b {
                    Block::Object(r, len) if r.flags() & MARK_BIT != 0 => {
                        r.set_flags(r.flags() & !MARK_BIT);
                        live += len;
                        close(&mut run, at);
                        at += len;
                        return;
                    }
                    Block::Object(_, len) | Block::Free(len) => len,
                };
                if run.is_none() {
                    run = Some(at);
                }
                at += len;
            });
            close(&mut run, end);
        }
        let poison = self.poison;
        space.large.retain(|l| {
            let r = Ref::from_allocation(l.ptr);
            if r.flags() & MARK_BIT != 0 {
                r.set_flags(r.flags() & !MARK_BIT);
                live += l.layout.size();
                true
            } else {
                if poison {
                    // SAFETY: the object is dead; its memory is still ours until freed.
                    unsafe { std::ptr::write_bytes(l.ptr.as_ptr(), POISON, l.layout.size()) }
                }
                // SAFETY: allocated in `allocate_large` with this very layout, and
                // unreachable: nothing refers to it any more.
                unsafe { dealloc(l.ptr.as_ptr(), l.layout) };
                false
            }
        });
        space.large_bytes = space.large.iter().map(|l| l.layout.size()).sum();
        free.reverse();
        space.free = free;
        space.live_after_gc = live;
        space.allocated_since_gc = 0;
        live
    }

    /// Turns `[start, end)` (dead objects and fillers) into one filler.
    fn release(&self, start: usize, end: usize) {
        if self.poison && end - start > 16 {
            // SAFETY: the range is dead heap memory inside one region.
            unsafe { std::ptr::write_bytes((start + 16) as *mut u8, POISON, end - start - 16) }
        }
        write_filler(start, end - start);
    }

    /// Sets the target from what survived: room to allocate as much again as is live
    /// (at least the initial size), up to `-Xmx`.
    pub fn resize_after_collection(&self, live: usize) {
        let mut space = self.space();
        let wanted = live.saturating_mul(2).max(self.initial_bytes);
        space.target = wanted
            .min(self.max_bytes)
            .max(space.committed().min(self.max_bytes));
    }

    /// Raises the target when a collection did not free enough for an allocation:
    /// by half of it (at least a region and a large object's worth), up to `-Xmx`;
    /// called again while the allocation still does not fit. False when the target
    /// is at `-Xmx` already.
    pub fn grow(&self) -> bool {
        let mut space = self.space();
        let base = space.target.max(space.committed());
        let step = (base / 2).max(REGION_SIZE + LARGE_OBJECT);
        let target = base.saturating_add(step).min(self.max_bytes);
        let grew = target > space.target;
        space.target = space.target.max(target);
        grew
    }

    /// Whether `addr` is the start of an object in the heap (slow: walks the region;
    /// for conservative scanning of the rare frames without a precise map).
    pub fn is_object_start(&self, addr: usize) -> bool {
        let space = self.space();
        if space.large.iter().any(|l| l.ptr.as_ptr() as usize == addr) {
            return true;
        }
        let Some(region) = space
            .regions
            .iter()
            .find(|r| (r.start..r.start + REGION_SIZE).contains(&addr))
        else {
            return false;
        };
        let mut found = false;
        walk(region.start, region.start + REGION_SIZE, |b| {
            if let Block::Object(r, _) = b {
                found |= r.addr() == addr;
            }
        });
        found
    }

    /// Whether `addr` lies inside the heap's memory at all (a cheap sanity check).
    pub fn contains(&self, addr: usize) -> bool {
        let space = self.space();
        space
            .regions
            .iter()
            .any(|r| (r.start..r.start + REGION_SIZE).contains(&addr))
            || space.large.iter().any(|l| l.ptr.as_ptr() as usize == addr)
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        let space = self.space.get_mut().unwrap_or_else(|e| e.into_inner());
        for r in space.regions.drain(..) {
            // SAFETY: allocated in `new_region` with this layout; the heap is going
            // away, so nothing refers into it any more.
            unsafe { dealloc(r.start as *mut u8, r.layout) }
        }
        for l in space.large.drain(..) {
            // SAFETY: as above, from `allocate_large`.
            unsafe { dealloc(l.ptr.as_ptr(), l.layout) }
        }
    }
}

/// Bytes an array of `class` with `length` elements takes, header included.
pub fn array_size(class: &Class, length: i32) -> Option<usize> {
    let elem = class.array_element_size()? as usize;
    usize::try_from(length)
        .ok()?
        .checked_mul(elem)?
        .checked_add(ARRAY_BASE as usize)
}

/// Bytes an object takes in the heap (rounded to the allocation alignment).
pub fn object_size(r: Ref) -> usize {
    let class = r.class();
    let size = if class.is_array() {
        array_size(class, r.array_length()).unwrap_or(ARRAY_BASE as usize)
    } else {
        class.instance_size.max(HEADER_SIZE) as usize
    };
    (size + ALIGN - 1) & !(ALIGN - 1)
}

fn write_filler(start: usize, len: usize) {
    debug_assert!(len >= 8 && len.is_multiple_of(8) && start.is_multiple_of(8));
    // SAFETY: `[start, start + len)` is free heap memory inside a region (callers
    // pass spans they own), 8-byte aligned, and at least 8 bytes long; the length
    // word is written only when there are 16.
    unsafe {
        let p = start as *mut u64;
        if len >= 16 {
            p.write(FILLER);
            p.add(1).write(len as u64);
        } else {
            p.write(FILLER_WORD);
        }
    }
}

/// Walks the blocks of `[start, end)`, which must be fully covered by objects and
/// fillers.
fn walk(start: usize, end: usize, mut visit: impl FnMut(Block)) {
    let mut at = start;
    while at < end {
        // SAFETY: `at` is the start of a block (objects and fillers tile the region),
        // so its first word is a class pointer or a filler tag, readable and aligned.
        let word = unsafe { (at as *const u64).read() };
        let len = match word {
            FILLER => {
                // SAFETY: fillers of this tag are at least 16 bytes long.
                unsafe { (at as *const u64).add(1).read() as usize }
            }
            FILLER_WORD => 8,
            _ => {
                let r = Ref::from_slot(at as u64).expect("region addresses are non-null");
                let len = object_size(r);
                visit(Block::Object(r, len));
                at += len;
                continue;
            }
        };
        assert!(len >= 8 && at + len <= end, "corrupt heap at {at:#x}");
        visit(Block::Free(len));
        at += len;
    }
}

#[cfg(test)]
mod tests;
