//! Format checking (JVM spec §4.8) of a parsed class file.
//!
//! Parsing already guarantees that every index in the constant pool and in the
//! attributes resolves to an entry of the right kind. This pass adds the rules that
//! need the whole file: legal names and descriptors, legal flags, no duplicate members,
//! and method bodies whose instructions, branch targets and exception ranges all land
//! on instruction boundaries. The verifier builds on top of this.

use std::collections::HashSet;

use crate::access;
use crate::attributes::{AttributeInfo, Code};
use crate::bytecode::{Instruction, Opcode, Operand};
use crate::class_file::{ClassFile, Member};
use crate::constant_pool::{Constant, ConstantPool, ref_kind};
use crate::descriptor::{
    FieldType, MethodDescriptor, is_binary_name, is_class_name, is_method_name, is_unqualified_name,
};
use crate::error::{FormatError, FormatErrorKind, Result};

pub(crate) fn check_class(class: &ClassFile, header_offset: usize) -> Result<()> {
    let err = |kind| FormatError::new(kind, header_offset);
    let flags = class.access_flags;
    let major = class.major_version;
    if !access::class_flags_legal(flags, major) {
        return Err(err(FormatErrorKind::BadModifiers {
            what: "class",
            flags,
        }));
    }
    check_constant_names(&class.constant_pool)?;
    if flags & access::MODULE != 0 {
        // §4.1: a module descriptor declares nothing but its Module attribute.
        let empty = class.name == "module-info"
            && class.super_class == 0
            && class.interfaces.is_empty()
            && class.fields.is_empty()
            && class.methods.is_empty();
        return if empty {
            Ok(())
        } else {
            Err(err(FormatErrorKind::BadModule))
        };
    }
    if !is_binary_name(&class.name) {
        return Err(err(FormatErrorKind::BadClassName(class.name.clone())));
    }
    match &class.super_name {
        None if class.name != "java/lang/Object" => {
            return Err(err(FormatErrorKind::BadSuperclass));
        }
        Some(s) if !is_binary_name(s) || (class.is_interface() && s != "java/lang/Object") => {
            return Err(err(FormatErrorKind::BadSuperclass));
        }
        _ => {}
    }
    if let Some(bad) = class.interface_names.iter().find(|n| !is_binary_name(n)) {
        return Err(err(FormatErrorKind::BadClassName(bad.clone())));
    }
    let mut seen = HashSet::new();
    for field in &class.fields {
        check_field(class, field)?;
        if !seen.insert((&field.name, &field.descriptor)) {
            return Err(duplicate(field, "field"));
        }
    }
    seen.clear();
    for method in &class.methods {
        check_method(class, method)?;
        if !seen.insert((&method.name, &method.descriptor)) {
            return Err(duplicate(method, "method"));
        }
    }
    Ok(())
}

fn duplicate(m: &Member, what: &'static str) -> FormatError {
    let kind = FormatErrorKind::Duplicate {
        what,
        name: m.name.clone(),
        descriptor: m.descriptor.clone(),
    };
    FormatError::new(kind, m.offset as usize)
}

fn check_field(class: &ClassFile, f: &Member) -> Result<()> {
    let err = |kind| FormatError::new(kind, f.offset as usize);
    if !is_unqualified_name(&f.name) {
        return Err(err(FormatErrorKind::BadName {
            what: "field",
            name: f.name.clone(),
        }));
    }
    if FieldType::parse(&f.descriptor).is_none() {
        let descriptor = f.descriptor.clone();
        return Err(err(FormatErrorKind::BadDescriptor {
            what: "field",
            descriptor,
        }));
    }
    if !access::field_flags_legal(f.access_flags, class.is_interface()) {
        return Err(err(FormatErrorKind::BadModifiers {
            what: "field",
            flags: f.access_flags,
        }));
    }
    Ok(())
}

fn check_method(class: &ClassFile, m: &Member) -> Result<()> {
    let err = |kind| FormatError::new(kind, m.offset as usize);
    if !is_method_name(&m.name) {
        return Err(err(FormatErrorKind::BadName {
            what: "method",
            name: m.name.clone(),
        }));
    }
    let bad_descriptor = || {
        err(FormatErrorKind::BadDescriptor {
            what: "method",
            descriptor: m.descriptor.clone(),
        })
    };
    let desc = MethodDescriptor::parse(&m.descriptor).ok_or_else(bad_descriptor)?;
    let this_slot = usize::from(!m.is_static());
    if desc.param_slots() + this_slot > 255 {
        return Err(bad_descriptor());
    }
    if m.name == "<init>" && desc.ret.is_some() {
        return Err(bad_descriptor());
    }
    let flags = m.access_flags;
    let major = class.major_version;
    if !access::method_flags_legal(flags, &m.name, class.is_interface(), major) {
        return Err(err(FormatErrorKind::BadModifiers {
            what: "method",
            flags,
        }));
    }
    let codes = m
        .attributes
        .iter()
        .filter(|a| matches!(a.info, AttributeInfo::Code(_)))
        .count();
    if codes > 1 {
        return Err(err(FormatErrorKind::DuplicateAttribute { name: "Code" }));
    }
    let bodiless = flags & (access::ABSTRACT | access::NATIVE) != 0;
    match (m.code(), bodiless) {
        (Some(_), true) => Err(err(FormatErrorKind::UnexpectedCode)),
        (None, false) => Err(err(FormatErrorKind::MissingCode)),
        (Some(code), false) => check_code(class, code),
        (None, true) => Ok(()),
    }
}

/// Names and descriptors reached through member references, method types and handles.
fn check_constant_names(cp: &ConstantPool) -> Result<()> {
    for (index, c) in cp.iter() {
        let err = |kind| FormatError::new(kind, cp.offset_of(index));
        let bad_desc = |what, d: &str| {
            err(FormatErrorKind::BadDescriptor {
                what,
                descriptor: d.to_string(),
            })
        };
        let bad_name = |what, n: &str| {
            err(FormatErrorKind::BadName {
                what,
                name: n.to_string(),
            })
        };
        match c {
            Constant::Class { .. } => {
                let name = cp.class_name(index)?;
                if !is_class_name(name) {
                    return Err(err(FormatErrorKind::BadClassName(name.to_string())));
                }
            }
            Constant::Fieldref {
                name_and_type_index,
                ..
            } => {
                let (name, desc) = cp.name_and_type(*name_and_type_index)?;
                if !is_unqualified_name(name) {
                    return Err(bad_name("field", name));
                }
                if FieldType::parse(desc).is_none() {
                    return Err(bad_desc("field", desc));
                }
            }
            Constant::Methodref {
                name_and_type_index,
                ..
            }
            | Constant::InterfaceMethodref {
                name_and_type_index,
                ..
            } => {
                let (name, desc) = cp.name_and_type(*name_and_type_index)?;
                let parsed =
                    MethodDescriptor::parse(desc).ok_or_else(|| bad_desc("method", desc))?;
                let is_init = name == "<init>";
                let interface = matches!(c, Constant::InterfaceMethodref { .. });
                if !is_method_name(name)
                    || name == "<clinit>"
                    || (is_init && (interface || parsed.ret.is_some()))
                {
                    return Err(bad_name("method", name));
                }
            }
            Constant::MethodType { descriptor_index } => {
                let desc = cp.utf8(*descriptor_index)?;
                if MethodDescriptor::parse(desc).is_none() {
                    return Err(bad_desc("method", desc));
                }
            }
            Constant::InvokeDynamic { .. } => {
                let (_, name, desc) = cp.dynamic(index)?;
                if !is_unqualified_name(name) || name.contains(['<', '>']) {
                    return Err(bad_name("method", name));
                }
                if MethodDescriptor::parse(desc).is_none() {
                    return Err(bad_desc("method", desc));
                }
            }
            Constant::Dynamic { .. } => {
                let (_, name, desc) = cp.dynamic(index)?;
                if !is_unqualified_name(name) {
                    return Err(bad_name("field", name));
                }
                if FieldType::parse(desc).is_none() {
                    return Err(bad_desc("field", desc));
                }
            }
            Constant::MethodHandle {
                reference_kind,
                reference_index,
            } => {
                let target = cp.member_ref(*reference_index)?;
                let init = target.name == "<init>";
                let ok = match *reference_kind {
                    ref_kind::NEW_INVOKE_SPECIAL => init,
                    ref_kind::INVOKE_VIRTUAL..=ref_kind::INVOKE_INTERFACE => {
                        !init && target.name != "<clinit>"
                    }
                    _ => true,
                };
                if !ok {
                    return Err(bad_name("method handle target", target.name));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn check_code(class: &ClassFile, code: &Code) -> Result<()> {
    let len = code.code.len();
    let at_pc = |pc: u32| code.code_offset as usize + pc as usize;
    let err = |kind, pc: u32| FormatError::new(kind, at_pc(pc));
    // boundary[pc] is true where an instruction starts.
    let mut boundary = vec![false; len + 1];
    let mut insns = Vec::new();
    for insn in code.instructions() {
        let insn = insn.map_err(|e| err(e.kind, e.pc))?;
        boundary[insn.pc as usize] = true;
        check_operand(class, &insn).map_err(|e| FormatError::new(e.kind, at_pc(insn.pc)))?;
        insns.push(insn);
    }
    // Branch targets are the verifier's business (HotSpot reports them as
    // VerifyErrors: a frame is expected at every target).
    boundary[len] = true;
    for h in &code.exception_table {
        let (start, end, handler) = (
            h.start_pc as usize,
            h.end_pc as usize,
            h.handler_pc as usize,
        );
        let ok = start < end
            && end <= len
            && handler < len
            && boundary[start]
            && boundary[end]
            && boundary[handler];
        if !ok {
            let kind = FormatErrorKind::BadExceptionRange {
                start: h.start_pc,
                end: h.end_pc,
                handler: h.handler_pc,
            };
            return Err(err(kind, 0));
        }
        if h.catch_type != 0 {
            class.constant_pool.class_name(h.catch_type)?;
        }
    }
    for line in code.line_numbers() {
        if line.start_pc as usize >= len {
            let kind = FormatErrorKind::BadCodeTable {
                what: "LineNumberTable",
                pc: line.start_pc as u32,
            };
            return Err(err(kind, 0));
        }
    }
    Ok(())
}

/// The constant-pool operand of an instruction must be of the kind the opcode expects.
fn check_operand(class: &ClassFile, insn: &Instruction) -> Result<()> {
    use Opcode::*;
    let cp = &class.constant_pool;
    let major = class.major_version;
    let bad = |what| {
        Err(FormatError::new(
            FormatErrorKind::BadOperand { what, pc: insn.pc },
            0,
        ))
    };
    let index = match &insn.operand {
        Operand::Constant(i) => *i,
        Operand::InvokeInterface { index, count } => {
            if *count == 0 {
                return bad("invokeinterface count");
            }
            cp.expect(*index, "InterfaceMethodref", |c| {
                matches!(c, Constant::InterfaceMethodref { .. })
            })?;
            return Ok(());
        }
        Operand::InvokeDynamic(i) => {
            cp.expect(*i, "InvokeDynamic", |c| {
                matches!(c, Constant::InvokeDynamic { .. })
            })?;
            return Ok(());
        }
        Operand::MultiANewArray { index, dimensions } => {
            if *dimensions == 0 {
                return bad("multianewarray dimensions");
            }
            cp.class_name(*index)?;
            return Ok(());
        }
        Operand::ArrayType(t) => {
            return if (4..=11).contains(t) {
                Ok(())
            } else {
                bad("newarray type")
            };
        }
        _ => return Ok(()),
    };
    match insn.opcode {
        Ldc | LdcW => {
            cp.expect(index, "loadable single-word constant", |c| match c {
                Constant::Integer(_) | Constant::Float(_) | Constant::String { .. } => true,
                Constant::Class { .. } => major >= 49,
                Constant::MethodHandle { .. } | Constant::MethodType { .. } => major >= 51,
                Constant::Dynamic { .. } => major >= 55,
                _ => false,
            })?;
        }
        Ldc2W => {
            cp.expect(index, "Long or Double", |c| {
                matches!(
                    c,
                    Constant::Long(_) | Constant::Double(_) | Constant::Dynamic { .. }
                )
            })?;
        }
        Getstatic | Putstatic | Getfield | Putfield => {
            cp.expect(index, "Fieldref", |c| {
                matches!(c, Constant::Fieldref { .. })
            })?;
        }
        Invokevirtual => {
            cp.expect(index, "Methodref", |c| {
                matches!(c, Constant::Methodref { .. })
            })?;
        }
        Invokespecial | Invokestatic => {
            cp.expect(index, "Methodref", |c| match c {
                Constant::Methodref { .. } => true,
                Constant::InterfaceMethodref { .. } => major >= 52,
                _ => false,
            })?;
        }
        New | Anewarray | Checkcast | Instanceof => {
            cp.class_name(index)?;
        }
        _ => {}
    }
    Ok(())
}
