//! Linking (JVM spec §5.4): field layout, the vtable for virtual dispatch and the
//! itables for interface dispatch, computed once when a class is defined.

use std::sync::atomic::Ordering;

use crate::class::{Class, ItableEntry, Method};
use crate::object::HEADER_SIZE;
use crate::types::BasicType;

/// Instance field offsets: after the superclass's fields, widest first so that every
/// field is naturally aligned without padding between size groups.
pub(crate) fn layout_instance_fields(
    super_size: u32,
    fields: &[(BasicType, bool)],
) -> (Vec<u32>, u32) {
    let mut offsets = vec![0; fields.len()];
    let mut next = super_size.max(HEADER_SIZE);
    for size in [8, 4, 2, 1] {
        next = next.next_multiple_of(size);
        for (i, (ty, is_static)) in fields.iter().enumerate() {
            if !*is_static && ty.size() == size {
                offsets[i] = next;
                next += size;
            }
        }
    }
    (offsets, next.next_multiple_of(8))
}

fn package(name: &str) -> &str {
    name.rsplit_once('/').map_or("", |(p, _)| p)
}

/// Whether `m` (declared in `class`) overrides `sup` (JVM spec §5.4.5).
fn overrides(class: &Class, m: &Method, sup: &Method) -> bool {
    use rjava_classfile::access::{PRIVATE, PROTECTED, PUBLIC};
    if m.name != sup.name || m.descriptor != sup.descriptor || sup.access_flags & PRIVATE != 0 {
        return false;
    }
    sup.access_flags & (PUBLIC | PROTECTED) != 0
        || package(&class.name) == package(&sup.owner().name)
}

fn dispatched(m: &Method) -> bool {
    !m.is_static() && !m.is_private() && &*m.name != "<init>" && &*m.name != "<clinit>"
}

pub(crate) fn build_vtable(class: &'static Class) -> Box<[&'static Method]> {
    let mut vtable: Vec<&'static Method> = class
        .super_class
        .map_or_else(Vec::new, |s| s.vtable().to_vec());
    if class.is_interface() {
        return Box::new([]);
    }
    for m in class.methods.iter().filter(|m| dispatched(m)) {
        let slot = vtable.iter().position(|sup| overrides(class, m, sup));
        let index = match slot {
            Some(i) => {
                vtable[i] = m;
                i
            }
            None => {
                vtable.push(m);
                vtable.len() - 1
            }
        };
        m.vtable_index.store(index as u32, Ordering::Relaxed);
    }
    vtable.into_boxed_slice()
}

/// Interfaces give each of their own dispatched methods an index into their table.
pub(crate) fn number_interface_methods(iface: &'static Class) {
    for (i, m) in iface.methods.iter().filter(|m| dispatched(m)).enumerate() {
        m.itable_index.store(i as u32, Ordering::Relaxed);
    }
}

pub(crate) fn all_interfaces(class: &'static Class) -> Box<[&'static Class]> {
    let mut all: Vec<&'static Class> = Vec::new();
    let mut add = |c: &'static Class| {
        if !all.iter().any(|x| std::ptr::eq(*x, c)) {
            all.push(c);
        }
    };
    if class.is_interface() {
        add(class);
    }
    if let Some(s) = class.super_class {
        s.all_interfaces().iter().for_each(|i| add(i));
    }
    for i in class.interfaces.iter() {
        i.all_interfaces().iter().for_each(|x| add(x));
    }
    all.into_boxed_slice()
}

/// For each implemented interface, the method each of its methods dispatches to:
/// the class's own (or inherited) public method, else the most specific default.
pub(crate) fn build_itable(class: &'static Class) -> Box<[ItableEntry]> {
    if class.is_interface() {
        return Box::new([]);
    }
    class
        .all_interfaces()
        .iter()
        .map(|&iface| {
            let methods = iface
                .methods
                .iter()
                .filter(|m| dispatched(m))
                .map(|im| implementation(class, im))
                .collect();
            ItableEntry {
                interface: iface,
                methods,
            }
        })
        .collect()
}

fn implementation(class: &'static Class, im: &'static Method) -> Option<&'static Method> {
    let mut c = Some(class);
    while let Some(k) = c {
        if let Some(m) = k
            .methods
            .iter()
            .find(|m| m.name == im.name && m.descriptor == im.descriptor && !m.is_static())
            && !m.is_private()
        {
            return Some(m);
        }
        c = k.super_class;
    }
    // Default methods: among non-abstract candidates prefer the most specific interface.
    let candidates: Vec<&'static Method> = class
        .all_interfaces()
        .iter()
        .filter_map(|i| {
            i.methods
                .iter()
                .find(|m| m.name == im.name && m.descriptor == im.descriptor)
        })
        .filter(|m| dispatched(m))
        .collect();
    crate::class::most_specific(&candidates).or(Some(im))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_packed_widest_first_and_aligned() {
        let fields = [
            (BasicType::Byte, false),
            (BasicType::Long, false),
            (BasicType::Int, true),
            (BasicType::Char, false),
            (BasicType::Reference, false),
            (BasicType::Int, false),
        ];
        let (offsets, size) = layout_instance_fields(20, &fields);
        assert_eq!(offsets[1], 24);
        assert_eq!(offsets[4], 32);
        assert_eq!(offsets[5], 40);
        assert_eq!(offsets[3], 44);
        assert_eq!(offsets[0], 46);
        assert_eq!(size, 48);
    }
}
