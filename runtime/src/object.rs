//! Java objects in memory: the header, field access at fixed offsets, and arrays.
//!
//! This is one of the few modules with `unsafe`: a `Ref` is a raw address in the
//! Java heap and every access goes through the accessors here. Their soundness rests
//! on one invariant the rest of the VM keeps: a `Ref` only ever comes from the heap's
//! allocator (or from a slot that such a `Ref` was stored in), so it points at a live,
//! 8-byte-aligned object whose header names its class, and field offsets come from
//! that class's layout. Array accessors check indexes themselves.
//!
//! Layout (all objects 8-byte aligned):
//! ```text
//!  0  class pointer (&'static Class)
//!  8  identity hash (u32, 0 = not yet assigned)
//! 12  flags (u32: GC and lock bits)
//! 16  fields, at offsets fixed by the class layout    | arrays: 16 length (i32)
//!                                                      |         24 elements
//! ```

use std::fmt;
use std::ptr::NonNull;

use crate::class::Class;

pub const HEADER_SIZE: u32 = 16;
pub const HASH_OFFSET: u32 = 8;
pub const FLAGS_OFFSET: u32 = 12;
pub const ARRAY_LENGTH_OFFSET: u32 = 16;
/// Offset of element 0 in every array, whatever its element type.
pub const ARRAY_BASE: u32 = 24;

/// A non-null reference to a Java object. `Option<Ref>` is a nullable reference
/// with the same size (null is 0).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Ref(NonNull<u8>);

// SAFETY: a Ref is an address in the Java heap, which all Java threads share by
// design; ordering of field accesses between threads is the Java memory model's
// business, not Rust's ownership.
unsafe impl Send for Ref {}
// SAFETY: as for Send.
unsafe impl Sync for Ref {}

impl fmt::Debug for Ref {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Ref({:#x} {})", self.addr(), self.class().name)
    }
}

/// Values that can be stored in fields and array elements.
pub trait Primitive: Copy + private::Sealed {}

mod private {
    pub trait Sealed {}
}

macro_rules! primitives {
    ($($t:ty),*) => { $(impl private::Sealed for $t {} impl Primitive for $t {})* };
}
primitives!(i8, u8, i16, u16, i32, i64, f32, f64, u32, u64);

impl Ref {
    /// Wraps a freshly allocated object. Only the heap calls this.
    pub(crate) fn from_allocation(ptr: NonNull<u8>) -> Ref {
        Ref(ptr)
    }

    /// A reference stored in a 64-bit slot (locals, operand stack, statics).
    #[inline]
    pub fn from_slot(slot: u64) -> Option<Ref> {
        NonNull::new(slot as usize as *mut u8).map(Ref)
    }

    #[inline]
    pub fn to_slot(r: Option<Ref>) -> u64 {
        r.map_or(0, |r| r.addr() as u64)
    }

    #[inline]
    pub fn slot(self) -> u64 {
        self.addr() as u64
    }

    #[inline]
    pub fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }

    #[inline]
    fn at<T>(self, offset: u32) -> *mut T {
        let p = self.0.as_ptr().wrapping_add(offset as usize).cast::<T>();
        debug_assert!(p.is_aligned(), "misaligned access at offset {offset}");
        p
    }

    #[inline]
    pub fn class(self) -> &'static Class {
        // SAFETY: by the module invariant the header's first word is the address of
        // the object's class, which is leaked metadata and lives forever.
        unsafe { &*self.at::<*const Class>(0).read() }
    }

    pub(crate) fn init_header(self, class: &'static Class) {
        // SAFETY: called once on fresh, zeroed memory of at least HEADER_SIZE bytes.
        unsafe { self.at::<*const Class>(0).write(class) }
    }

    pub fn identity_hash(self) -> u32 {
        self.read::<u32>(HASH_OFFSET)
    }

    pub fn set_identity_hash(self, hash: u32) {
        self.write::<u32>(HASH_OFFSET, hash)
    }

    pub fn flags(self) -> u32 {
        self.read::<u32>(FLAGS_OFFSET)
    }

    pub fn set_flags(self, flags: u32) {
        self.write::<u32>(FLAGS_OFFSET, flags)
    }

    /// Reads a field of primitive type at a layout offset.
    #[inline]
    pub fn read<T: Primitive>(self, offset: u32) -> T {
        // SAFETY: offsets come from the class layout (or the header constants) and
        // are aligned for T and inside the object, by the module invariant.
        unsafe { self.at::<T>(offset).read() }
    }

    #[inline]
    pub fn write<T: Primitive>(self, offset: u32, value: T) {
        // SAFETY: as for `read`.
        unsafe { self.at::<T>(offset).write(value) }
    }

    #[inline]
    pub fn read_ref(self, offset: u32) -> Option<Ref> {
        Ref::from_slot(self.read::<u64>(offset))
    }

    #[inline]
    pub fn write_ref(self, offset: u32, value: Option<Ref>) {
        self.write::<u64>(offset, Ref::to_slot(value))
    }

    // ----- arrays -----

    #[inline]
    pub fn array_length(self) -> i32 {
        self.read::<i32>(ARRAY_LENGTH_OFFSET)
    }

    pub(crate) fn set_array_length(self, len: i32) {
        self.write::<i32>(ARRAY_LENGTH_OFFSET, len)
    }

    #[inline]
    fn element_offset<T>(self, index: usize) -> u32 {
        let len = self.array_length() as usize;
        assert!(
            index < len,
            "array index {index} out of bounds for length {len}"
        );
        ARRAY_BASE + (index * std::mem::size_of::<T>()) as u32
    }

    /// Element `index` of a primitive array whose elements are `T`.
    /// Panics if out of bounds: Java-level bounds checks come first.
    #[inline]
    pub fn array_get<T: Primitive>(self, index: usize) -> T {
        self.read::<T>(self.element_offset::<T>(index))
    }

    #[inline]
    pub fn array_set<T: Primitive>(self, index: usize, value: T) {
        self.write::<T>(self.element_offset::<T>(index), value)
    }

    pub fn array_get_ref(self, index: usize) -> Option<Ref> {
        Ref::from_slot(self.array_get::<u64>(index))
    }

    pub fn array_set_ref(self, index: usize, value: Option<Ref>) {
        self.array_set::<u64>(index, Ref::to_slot(value))
    }

    /// Copies the whole array out (for natives that read strings and buffers).
    pub fn array_to_vec<T: Primitive>(self) -> Vec<T> {
        let len = self.array_length() as usize;
        let mut out = Vec::with_capacity(len);
        // SAFETY: the array holds `len` elements of T starting at ARRAY_BASE, and
        // `out` has room for them; the regions cannot overlap (out is fresh).
        unsafe {
            std::ptr::copy_nonoverlapping(self.at::<T>(ARRAY_BASE), out.as_mut_ptr(), len);
            out.set_len(len);
        }
        out
    }

    /// Copies `values` into the array starting at `start`; panics if it does not fit.
    pub fn array_copy_from<T: Primitive>(self, start: usize, values: &[T]) {
        let len = self.array_length() as usize;
        assert!(
            start <= len && values.len() <= len - start,
            "copy past the end of an array"
        );
        // SAFETY: bounds checked above; `values` is Rust memory, never inside the heap
        // object being written, so the regions do not overlap.
        unsafe {
            let dst = self.at::<T>(ARRAY_BASE).add(start);
            std::ptr::copy_nonoverlapping(values.as_ptr(), dst, values.len());
        }
    }

    /// `System.arraycopy` between arrays of the same element size; the regions may
    /// overlap. Bounds must have been checked by the caller (Java semantics), and are
    /// asserted here.
    pub fn array_copy_within(
        src: Ref,
        src_pos: usize,
        dst: Ref,
        dst_pos: usize,
        len: usize,
        elem_size: usize,
    ) {
        let src_len = src.array_length() as usize;
        let dst_len = dst.array_length() as usize;
        assert!(
            src_pos <= src_len && len <= src_len - src_pos,
            "arraycopy source out of bounds"
        );
        assert!(
            dst_pos <= dst_len && len <= dst_len - dst_pos,
            "arraycopy destination out of bounds"
        );
        // SAFETY: both ranges are inside their arrays (asserted); `copy` allows overlap.
        unsafe {
            let s = src.at::<u8>(ARRAY_BASE).add(src_pos * elem_size);
            let d = dst.at::<u8>(ARRAY_BASE).add(dst_pos * elem_size);
            std::ptr::copy(s, d, len * elem_size);
        }
    }
}
