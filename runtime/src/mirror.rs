//! `java.lang.Class` objects ("mirrors") and the way back from one to the VM's
//! `Class`. The mirror stores the metadata's address in the field the loader injects
//! (`vmClass`); this module is the only place that turns that number back into a
//! reference.

use crate::class::Class;
use crate::object::Ref;
use crate::thread::{Thread, Thrown};

/// The `java.lang.Class` object for `class`, created on first request.
pub fn mirror_of(thread: &mut Thread, class: &'static Class) -> Result<Ref, Thrown> {
    if let Some(m) = class.mirror.get() {
        return Ok(*m);
    }
    let wk = thread.vm.well_known();
    let mirror = crate::alloc::new_object(thread, wk.class)?;
    mirror.write::<u64>(wk.class_vm_class, class as *const Class as u64);
    Ok(*class.mirror.get_or_init(|| mirror))
}

/// The VM class a mirror stands for.
pub fn class_of_mirror(thread: &Thread, mirror: Ref) -> &'static Class {
    let addr = mirror.read::<u64>(thread.vm.well_known().class_vm_class);
    assert!(addr != 0, "a java.lang.Class object the VM did not create");
    // SAFETY: only `mirror_of` writes this field (it is injected and private to the
    // VM), and it writes the address of a leaked `Class`, which lives forever.
    unsafe { &*(addr as usize as *const Class) }
}
