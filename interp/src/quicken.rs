//! Quickening at preparation time: field and method references whose classes are
//! already loaded (and, for statics, initialized) are resolved while the method is
//! pre-decoded, so the dispatch loop reads fields at fixed offsets and calls methods
//! without touching the constant pool. Resolution of a loaded class has no side
//! effects, so this changes nothing observable; references to classes not loaded yet
//! keep their general form and resolve on first execution.

use std::sync::atomic::AtomicU64;

use rjava_classfile::Constant;
use rjava_runtime::class::Resolved;
use rjava_runtime::{BasicType, Class, Method, Thread};

use crate::prepare::Insn;

fn member(
    thread: &Thread,
    cur: &'static Class,
    index: u16,
) -> Option<(&'static Class, &'static str, &'static str, bool)> {
    let interface = matches!(
        cur.constant_pool.get(index).ok()?,
        Constant::InterfaceMethodref { .. }
    );
    let r = cur.constant_pool.member_ref(index).ok()?;
    let holder = thread.vm.loader.loaded(r.class)?;
    Some((holder, r.name, r.descriptor, interface))
}

fn field(
    thread: &Thread,
    cur: &'static Class,
    index: u16,
    is_static: bool,
) -> Option<&'static rjava_runtime::Field> {
    let (holder, name, descriptor, _) = member(thread, cur, index)?;
    holder
        .resolve_field(name, descriptor)
        .filter(|f| f.is_static() == is_static)
}

fn method(thread: &Thread, cur: &'static Class, index: u16) -> Option<&'static Method> {
    let (holder, name, descriptor, interface) = member(thread, cur, index)?;
    if holder.is_interface() != interface {
        return None;
    }
    if interface {
        holder.resolve_interface_method(name, descriptor)
    } else {
        holder.resolve_method(name, descriptor)
    }
}

/// Out-of-line operands of quickened instructions.
#[derive(Default)]
pub struct Tables {
    pub statics: Vec<&'static AtomicU64>,
    pub methods: Vec<&'static Method>,
    pub constants: Vec<u64>,
}

impl Tables {
    fn slot(&mut self, slot: &'static AtomicU64) -> u32 {
        self.statics.push(slot);
        self.statics.len() as u32 - 1
    }

    fn constant(&mut self, value: u64) -> u32 {
        self.constants.push(value);
        self.constants.len() as u32 - 1
    }

    fn method(&mut self, m: &'static Method) -> Insn {
        self.methods.push(m);
        Insn::InvokeDirect(self.methods.len() as u32 - 1)
    }
}

/// The quick form of `insn`, when its reference can be resolved without loading.
pub fn quicken(thread: &Thread, cur: &'static Class, insn: Insn, tables: &mut Tables) -> Insn {
    let quick = match insn {
        // Numbers, and strings already interned by an earlier execution.
        Insn::Ldc(i) => match (cur.constant_pool.get(i), cur.resolved(i)) {
            (Ok(Constant::Integer(v)), _) => Some(Insn::Iconst(*v)),
            (Ok(Constant::Float(v)), _) => Some(Insn::Const1(tables.constant(v.to_bits() as u64))),
            (_, Some(Resolved::String(s))) => Some(Insn::Const1(tables.constant(s.slot()))),
            _ => None,
        },
        Insn::Ldc2(i) => match cur.constant_pool.get(i) {
            Ok(Constant::Long(v)) => Some(Insn::Const2(tables.constant(*v as u64))),
            Ok(Constant::Double(v)) => Some(Insn::Const2(tables.constant(v.to_bits()))),
            _ => None,
        },
        Insn::GetField(i) => field(thread, cur, i, false).map(|f| match f.basic_type {
            BasicType::Int | BasicType::Float => Insn::GetField4(f.offset),
            BasicType::Reference => Insn::GetFieldRef(f.offset),
            BasicType::Long | BasicType::Double => Insn::GetField8(f.offset),
            ty => Insn::GetFieldQuick(f.offset, ty),
        }),
        Insn::PutField(i) => field(thread, cur, i, false).map(|f| match f.basic_type {
            BasicType::Int | BasicType::Float => Insn::PutField4(f.offset),
            BasicType::Reference => Insn::PutFieldRef(f.offset),
            BasicType::Long | BasicType::Double => Insn::PutField8(f.offset),
            ty => Insn::PutFieldQuick(f.offset, ty),
        }),
        Insn::GetStatic(i) => field(thread, cur, i, true)
            .filter(|f| f.owner().is_initialized())
            .map(|f| {
                Insn::GetStaticQuick(tables.slot(f.owner().static_slot(f.offset)), f.basic_type)
            }),
        Insn::PutStatic(i) => field(thread, cur, i, true)
            .filter(|f| f.owner().is_initialized())
            .map(|f| {
                Insn::PutStaticQuick(tables.slot(f.owner().static_slot(f.offset)), f.basic_type)
            }),
        Insn::InvokeStatic(i) => method(thread, cur, i)
            .filter(|m| m.is_static() && m.owner().is_initialized())
            .map(|m| tables.method(m)),
        Insn::InvokeSpecial(i) => method(thread, cur, i)
            .filter(|m| !m.is_static())
            .map(|m| crate::ops::invoke::special_target(cur, m))
            .filter(|m| !m.is_abstract())
            .map(|m| tables.method(m)),
        Insn::InvokeVirtual(i) => method(thread, cur, i).and_then(|m| {
            if m.is_static() {
                return None;
            }
            if m.is_private() {
                return Some(tables.method(m));
            }
            let index = m.vtable_index().filter(|_| !m.owner().is_interface())?;
            Some(Insn::InvokeVtable(u16::try_from(index).ok()?, m.arg_slots))
        }),
        _ => None,
    };
    quick.unwrap_or(insn)
}
