//! The collector's roots: every place outside the heap that holds references.
//!
//! - VM-wide: static fields, class mirrors, interned strings, resolved string
//!   constants, objects the VM pins for good (lambda singletons, the spare
//!   `OutOfMemoryError`).
//! - Per thread: each frame's locals and operand stack, read through the method's
//!   reference map at the frame's current instruction (precise: a slot is scanned
//!   only if the bytecode put a reference there on every path), the pending
//!   exception, the `Thread` object, monitors held by synchronized methods, and the
//!   handles Rust code pushed while it holds references across an allocation.
//!
//! Compiled frames will add one more kind of frame walk here; the marker does not
//! care where a root comes from.

use super::mark::Marker;
use crate::class::{Method, Resolved};
use crate::thread::{Frame, Thread};
use crate::types::BasicType;
use crate::vm::Vm;

pub fn scan_vm(vm: &Vm, m: &mut Marker) {
    vm.loader.for_each_class(|class| {
        if let Some(mirror) = class.mirror.get() {
            m.object(*mirror, &|| format!("the mirror of {}", class.name));
        }
        for field in class.fields.iter() {
            if field.is_static() && field.basic_type == BasicType::Reference {
                let slot = class.static_slot(field.offset);
                m.slot(slot.load(std::sync::atomic::Ordering::Relaxed), &|| {
                    format!("static field {}.{}", class.name, field.name)
                });
            }
        }
        for entry in class.cp_cache.iter() {
            if let Some(Resolved::String(r)) = entry.get() {
                m.object(*r, &|| format!("a string constant of {}", class.name));
            }
        }
    });
    for r in vm
        .strings
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .values()
    {
        m.object(*r, &|| "the string table".into());
    }
    for r in vm.pinned.lock().unwrap_or_else(|e| e.into_inner()).iter() {
        m.object(*r, &|| "a pinned object".into());
    }
    if let Some(r) = vm.preallocated_oom.get() {
        m.object(*r, &|| "the spare OutOfMemoryError".into());
    }
}

pub fn scan_thread(thread: &Thread, m: &mut Marker) {
    if let Some(r) = thread.pending {
        m.object(r, &|| "the pending exception".into());
    }
    if let Some(r) = thread.java_thread {
        m.object(r, &|| "the Thread object".into());
    }
    for r in &thread.roots {
        m.object(*r, &|| "a handle".into());
    }
    for frame in thread.frames.iter() {
        if let Some(r) = frame.monitor {
            m.object(r, &|| "a synchronized method's monitor".into());
        }
        scan_frame(thread, frame, m);
    }
}

fn scan_frame(thread: &Thread, frame: &Frame, m: &mut Marker) {
    let method = frame.method;
    let stack = &thread.stack;
    let Some(code) = &method.code else {
        // A native (or abstract) method: its arguments, by descriptor.
        scan_arguments(method, &stack[frame.base..], m);
        return;
    };
    let max_locals = code.max_locals as usize;
    let stack_base = frame.base + max_locals;
    let height = frame.sp.saturating_sub(stack_base);
    let what = |slot: usize| {
        move || {
            format!(
                "slot {slot} of {}.{}{} at pc {}",
                method.owner().name,
                method.name,
                method.descriptor,
                frame.pc
            )
        }
    };
    let Some(map) = method.reference_map().and_then(|r| r.at(frame.pc)) else {
        // No map (code the analysis rejects): treat every slot that holds the
        // address of an object as a reference.
        for slot in frame.base..frame.sp.max(stack_base) {
            conservative(stack[slot], m);
        }
        return;
    };
    let subroutines = method.reference_map().is_some_and(|r| r.has_subroutines);
    for i in 0..max_locals {
        let v = stack[frame.base + i];
        if map.local_is_ref(i) {
            m.slot(v, &what(i));
        } else if subroutines && map.local_is_unknown(i) {
            conservative(v, m);
        }
    }
    // Frames that called out have popped the arguments (now the callee's locals):
    // only the slots below the saved top are this frame's.
    for i in 0..height.min(map.depth) {
        let v = stack[stack_base + i];
        if map.stack_is_ref(i) {
            m.slot(v, &what(max_locals + i));
        } else if subroutines && map.stack_is_unknown(i) {
            conservative(v, m);
        }
    }
}

fn scan_arguments(method: &Method, args: &[u64], m: &mut Marker) {
    let mut slot = 0;
    if !method.is_static() {
        if let Some(&v) = args.first() {
            m.slot(v, &|| format!("the receiver of native {}", method.name));
        }
        slot = 1;
    }
    for param in &method.signature.params {
        if param.is_reference()
            && let Some(&v) = args.get(slot)
        {
            m.slot(v, &|| format!("an argument of native {}", method.name));
        }
        slot += param.slots();
    }
}

fn conservative(v: u64, m: &mut Marker) {
    if v != 0 && v.is_multiple_of(8) && m.heap().is_object_start(v as usize) {
        m.slot(v, &|| "a conservatively scanned slot".into());
    }
}
