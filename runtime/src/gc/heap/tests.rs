use super::*;
use crate::class::{Class, ClassKind};
use crate::types::BasicType;

fn leak<T>(v: T) -> &'static T {
    Box::leak(Box::new(v))
}

fn instance_class(size: u32) -> &'static Class {
    let mut c = Class::bare("T", 0, ClassKind::Instance);
    c.instance_size = size;
    leak(c)
}

fn int_array_class() -> &'static Class {
    let int = leak(Class::bare("int", 0, ClassKind::Primitive(BasicType::Int)));
    leak(Class::bare(
        "[I",
        0,
        ClassKind::Array {
            component: int,
            element: BasicType::Int,
        },
    ))
}

fn count(heap: &Heap) -> usize {
    let mut n = 0;
    heap.for_each_object(|_| n += 1);
    n
}

#[test]
fn sweep_frees_unmarked_objects_and_keeps_marked_ones() {
    let heap = Heap::new(16 << 20, 4 << 20, true);
    let class = instance_class(32);
    let mut tlab = Tlab::default();
    let objects: Vec<Ref> = (0..1000)
        .map(|_| heap.alloc_object(&mut tlab, class).expect("room"))
        .collect();
    heap.retire_tlab(&mut tlab);
    assert_eq!(count(&heap), 1000);
    for r in objects.iter().step_by(2) {
        r.set_flags(r.flags() | MARK_BIT);
    }
    let live = heap.sweep();
    assert_eq!(live, 500 * 32);
    assert_eq!(count(&heap), 500);
    // Survivors keep their contents and lose the mark.
    assert!(objects.iter().step_by(2).all(|r| r.flags() & MARK_BIT == 0));
    assert!(
        objects
            .iter()
            .step_by(2)
            .all(|r| std::ptr::eq(r.class(), class))
    );
}

#[test]
fn freed_space_is_reused_zeroed() {
    let heap = Heap::new(16 << 20, 4 << 20, true);
    let class = instance_class(64);
    let mut tlab = Tlab::default();
    let first = heap.alloc_object(&mut tlab, class).expect("room");
    first.write::<u64>(24, u64::MAX);
    heap.retire_tlab(&mut tlab);
    heap.sweep();
    // The only region is all free again: the next object lands at the same address,
    // with its fields zero although the dead object was poisoned.
    let again = heap.alloc_object(&mut tlab, class).expect("room");
    assert_eq!(again.addr(), first.addr());
    assert_eq!(again.read::<u64>(24), 0);
}

#[test]
fn large_arrays_get_their_own_memory_and_are_freed() {
    let heap = Heap::new(64 << 20, 4 << 20, false);
    let class = int_array_class();
    let mut tlab = Tlab::default();
    let big = heap
        .alloc_array(&mut tlab, class, (LARGE_OBJECT / 4) as i32)
        .expect("room");
    assert_eq!(big.array_length() as usize, LARGE_OBJECT / 4);
    let before = heap.committed_bytes();
    heap.retire_tlab(&mut tlab);
    heap.sweep();
    assert!(heap.committed_bytes() <= before);
    assert_eq!(count(&heap), 0);
}

#[test]
fn the_target_asks_for_a_collection_and_the_limit_is_out_of_memory() {
    let heap = Heap::new(4 << 20, 2 << 20, false);
    let class = int_array_class();
    let mut tlab = Tlab::default();
    let mut outcome = Ok(());
    for _ in 0..100 {
        if let Err(e) = heap.alloc_array(&mut tlab, class, 100_000) {
            outcome = Err(e);
            break;
        }
    }
    assert_eq!(outcome, Err(AllocError::NeedsCollection));
    // Growing the target lets the heap grow, but never past -Xmx.
    let mut grew = 0;
    for _ in 0..100 {
        if heap.alloc_array(&mut tlab, class, 100_000) == Err(AllocError::NeedsCollection) {
            if !heap.grow() {
                break;
            }
            grew += 1;
        }
    }
    assert!(grew > 0);
    assert!(!heap.grow(), "the target stops at -Xmx");
    assert!(heap.committed_bytes() <= 4 << 20);
    // A request bigger than the whole heap can never succeed.
    assert_eq!(
        heap.alloc_array(&mut tlab, class, 2_000_000),
        Err(AllocError::OutOfMemory)
    );
}

#[test]
fn the_walk_finds_object_starts_only() {
    let heap = Heap::new(16 << 20, 4 << 20, false);
    let class = instance_class(48);
    let mut tlab = Tlab::default();
    let a = heap.alloc_object(&mut tlab, class).expect("room");
    heap.retire_tlab(&mut tlab);
    assert!(heap.is_object_start(a.addr()));
    assert!(!heap.is_object_start(a.addr() + 8));
    assert!(!heap.is_object_start(a.addr() + 48));
}
