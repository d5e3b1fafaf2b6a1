//! What `javap -v` adds: the file header, version and flags, the constant pool, and
//! every attribute of the class, its fields, methods and code.

use super::code;
use super::constants::{self, checked_name};
use super::printer::Printer;
use super::{SourceInfo, java_name};
use crate::access::*;
use crate::attributes::{Attribute, AttributeInfo, Code, LocalVariable};
use crate::class_file::ClassFile;
use crate::constant_pool::{Constant, ref_kind};
use crate::descriptor::MethodDescriptor;
use crate::javafmt;
use crate::stack_map::{FrameKind, VerificationType};

pub(super) fn write_file_header(p: &mut Printer, src: &SourceInfo) {
    p.println_str(&format!("Classfile {}", src.location));
    p.indent(1);
    match &src.last_modified {
        Some(date) => p.println_str(&format!("Last modified {date}; size {} bytes", src.size)),
        None => p.println_str(&format!("Size {} bytes", src.size)),
    }
    p.indent(-1);
}

pub(super) fn write_class_summary(p: &mut Printer, class: &ClassFile) {
    p.println_str(&format!("minor version: {}", class.minor_version));
    p.println_str(&format!("major version: {}", class.major_version));
    write_flags(p, class.access_flags, FlagKind::Class);
    p.print(&format!("this_class: #{}", class.this_class));
    p.tab();
    p.println_str(&format!("// {}", constants::value(class, class.this_class)));
    p.print(&format!("super_class: #{}", class.super_class));
    if class.super_class != 0 {
        p.tab();
        p.print(&format!(
            "// {}",
            constants::value(class, class.super_class)
        ));
    }
    p.println();
    p.println_str(&format!(
        "interfaces: {}, fields: {}, methods: {}, attributes: {}",
        class.interfaces.len(),
        class.fields.len(),
        class.methods.len(),
        class.attributes.len()
    ));
}

#[derive(Clone, Copy)]
pub(super) enum FlagKind {
    Class,
    Field,
    Method,
}

pub(super) fn write_flags(p: &mut Printer, flags: u16, kind: FlagKind) {
    let table: &[(u16, &str)] = match kind {
        FlagKind::Class => &[
            (PUBLIC, "ACC_PUBLIC"),
            (FINAL, "ACC_FINAL"),
            (SUPER, "ACC_SUPER"),
            (INTERFACE, "ACC_INTERFACE"),
            (ABSTRACT, "ACC_ABSTRACT"),
            (SYNTHETIC, "ACC_SYNTHETIC"),
            (ANNOTATION, "ACC_ANNOTATION"),
            (ENUM, "ACC_ENUM"),
            (MODULE, "ACC_MODULE"),
        ],
        FlagKind::Field => &[
            (PUBLIC, "ACC_PUBLIC"),
            (PRIVATE, "ACC_PRIVATE"),
            (PROTECTED, "ACC_PROTECTED"),
            (STATIC, "ACC_STATIC"),
            (FINAL, "ACC_FINAL"),
            (VOLATILE, "ACC_VOLATILE"),
            (TRANSIENT, "ACC_TRANSIENT"),
            (SYNTHETIC, "ACC_SYNTHETIC"),
            (ENUM, "ACC_ENUM"),
        ],
        FlagKind::Method => &[
            (PUBLIC, "ACC_PUBLIC"),
            (PRIVATE, "ACC_PRIVATE"),
            (PROTECTED, "ACC_PROTECTED"),
            (STATIC, "ACC_STATIC"),
            (FINAL, "ACC_FINAL"),
            (SYNCHRONIZED, "ACC_SYNCHRONIZED"),
            (BRIDGE, "ACC_BRIDGE"),
            (VARARGS, "ACC_VARARGS"),
            (NATIVE, "ACC_NATIVE"),
            (ABSTRACT, "ACC_ABSTRACT"),
            (STRICT, "ACC_STRICT"),
            (SYNTHETIC, "ACC_SYNTHETIC"),
        ],
    };
    let names: Vec<&str> = table
        .iter()
        .filter(|(f, _)| flags & f != 0)
        .map(|(_, n)| *n)
        .collect();
    p.println_str(&format!("flags: (0x{flags:04x}) {}", names.join(", ")));
}

pub(super) fn write_constant_pool(p: &mut Printer, class: &ClassFile) {
    let cp = &class.constant_pool;
    p.println_str("Constant pool:");
    p.indent(1);
    let width = cp.len().to_string().len() + 1;
    for (index, c) in cp.iter() {
        p.print(&format!(
            "{:>width$} = {:<18} ",
            format!("#{index}"),
            c.kind_name()
        ));
        let refs = match c {
            Constant::Utf8(s) => {
                p.println_str(&constants::escape_utf8(&s.replacing_lone_surrogates('?')));
                continue;
            }
            Constant::Integer(_) | Constant::Float(_) | Constant::Long(_) | Constant::Double(_) => {
                p.println_str(&constants::value(class, index));
                continue;
            }
            Constant::Class { name_index: i }
            | Constant::String { string_index: i }
            | Constant::Module { name_index: i }
            | Constant::Package { name_index: i }
            | Constant::MethodType {
                descriptor_index: i,
            } => format!("#{i}"),
            Constant::Fieldref {
                class_index,
                name_and_type_index,
            }
            | Constant::Methodref {
                class_index,
                name_and_type_index,
            }
            | Constant::InterfaceMethodref {
                class_index,
                name_and_type_index,
            } => {
                format!("#{class_index}.#{name_and_type_index}")
            }
            Constant::NameAndType {
                name_index,
                descriptor_index,
            } => {
                format!("#{name_index}:#{descriptor_index}")
            }
            Constant::MethodHandle {
                reference_kind,
                reference_index,
            } => {
                format!("{reference_kind}:#{reference_index}")
            }
            Constant::Dynamic {
                bootstrap_method_attr_index,
                name_and_type_index,
            }
            | Constant::InvokeDynamic {
                bootstrap_method_attr_index,
                name_and_type_index,
            } => {
                format!("#{bootstrap_method_attr_index}:#{name_and_type_index}")
            }
            Constant::Unusable => continue,
        };
        p.print(&refs);
        p.tab();
        let gap = if matches!(c, Constant::MethodType { .. }) {
            "//  "
        } else {
            "// "
        };
        p.println_str(&format!("{gap}{}", constants::value(class, index)));
    }
    p.indent(-1);
}

/// A `ConstantValue` as `-constants` and `-v` show it.
pub(super) fn constant_value(class: &ClassFile, index: u16, descriptor: &str) -> String {
    match class.constant_pool.get(index) {
        Ok(Constant::Integer(i)) => match descriptor {
            "Z" => (*i != 0).to_string(),
            "C" => char::from_u32(*i as u32).map_or_else(
                || i.to_string(),
                |c| format!("'{}'", constants::escape_utf8(&c.to_string())),
            ),
            _ => i.to_string(),
        },
        Ok(Constant::Long(l)) => format!("{l}l"),
        Ok(Constant::Float(f)) => format!("{}f", javafmt::float_to_string(*f)),
        Ok(Constant::Double(d)) => format!("{}d", javafmt::double_to_string(*d)),
        Ok(Constant::String { .. }) => format!("\"{}\"", constants::value(class, index)),
        _ => format!("#{index}"),
    }
}

/// An attribute of a field or method (`-v`).
pub(super) fn write_attribute(p: &mut Printer, class: &ClassFile, attr: &Attribute) {
    let name = class.attribute_name(attr).to_string();
    match &attr.info {
        AttributeInfo::Code(code) => write_code(p, class, code),
        AttributeInfo::ConstantValue(index) => {
            let value = match class.constant_pool.get(*index) {
                // -v shows strings bare; -constants (constant_value) quotes them.
                Ok(c @ Constant::String { .. }) => {
                    format!(
                        "{} {}",
                        constants::tag_name(c),
                        constants::value(class, *index)
                    )
                }
                Ok(c) => format!(
                    "{} {}",
                    constants::tag_name(c),
                    constant_value(class, *index, "")
                ),
                Err(_) => format!("#{index}"),
            };
            p.println_str(&format!("ConstantValue: {value}"));
        }
        AttributeInfo::Exceptions(list) => {
            p.println_str("Exceptions:");
            p.indent(1);
            let names: Vec<String> = list
                .iter()
                .map(|&i| java_name(&constants::value(class, i)))
                .collect();
            p.println_str(&format!("throws {}", names.join(", ")));
            p.indent(-1);
        }
        AttributeInfo::Signature(index) => {
            p.print(&format!("Signature: #{index}"));
            p.tab();
            p.println_str(&format!("// {}", constants::value(class, *index)));
        }
        AttributeInfo::MethodParameters(params) => {
            p.println_str("MethodParameters:");
            p.indent(1);
            p.println_str(&format!("{:<30} {}", "Name", "Flags"));
            for param in params {
                let pname = if param.name_index == 0 {
                    "<no name>".to_string()
                } else {
                    constants::value(class, param.name_index)
                };
                let mut flags = Vec::new();
                for (f, n) in [
                    (FINAL, "final"),
                    (SYNTHETIC, "synthetic"),
                    (MODULE, "mandated"),
                ] {
                    if param.access_flags & f != 0 {
                        flags.push(n);
                    }
                }
                p.println_str(&format!("{pname:<30} {}", flags.join(" ")));
            }
            p.indent(-1);
        }
        _ => write_other(p, &name, attr),
    }
}

fn write_other(p: &mut Printer, name: &str, attr: &Attribute) {
    match &attr.info {
        AttributeInfo::Other(bytes) if name == "Deprecated" && bytes.is_empty() => {
            p.println_str("Deprecated: true");
        }
        AttributeInfo::Other(bytes) if name == "Synthetic" && bytes.is_empty() => {
            p.println_str("Synthetic: true");
        }
        AttributeInfo::Other(bytes) => {
            p.println_str(&format!("{name}: length = 0x{:x}", bytes.len()));
            p.indent(1);
            for chunk in bytes.chunks(16) {
                let hex: Vec<String> = chunk.iter().map(|b| format!("{b:02x}")).collect();
                p.println_str(&hex.join(" "));
            }
            p.indent(-1);
        }
        _ => p.println_str(&format!("{name}:")),
    }
}

fn write_code(p: &mut Printer, class: &ClassFile, code: &Code) {
    p.println_str("Code:");
    p.indent(1);
    let args = class
        .methods
        .iter()
        .find(|m| m.code().is_some_and(|c| std::ptr::eq(c, code)))
        .map_or(0, |m| {
            // javap counts parameters, not slots: a long is one argument here.
            let params = MethodDescriptor::parse(&m.descriptor).map_or(0, |d| d.params.len());
            params + usize::from(!m.is_static())
        });
    p.println_str(&format!(
        "stack={}, locals={}, args_size={args}",
        code.max_stack, code.max_locals
    ));
    code::write_instructions(p, class, code);
    code::write_exception_table(p, class, code);
    for attr in &code.attributes {
        match &attr.info {
            AttributeInfo::LineNumberTable(_)
            | AttributeInfo::LocalVariableTable(_)
            | AttributeInfo::LocalVariableTypeTable(_) => write_table(p, class, attr),
            AttributeInfo::StackMapTable(_) => write_stack_map(p, class, attr),
            _ => write_other(p, class.attribute_name(attr), attr),
        }
    }
    p.indent(-1);
}

/// `-l` without `-v`: the line and local variable tables of a method.
pub(super) fn write_line_and_local_tables(p: &mut Printer, class: &ClassFile, code: &Code) {
    for attr in &code.attributes {
        if matches!(
            attr.info,
            AttributeInfo::LineNumberTable(_) | AttributeInfo::LocalVariableTable(_)
        ) {
            write_table(p, class, attr);
        }
    }
}

fn write_table(p: &mut Printer, class: &ClassFile, attr: &Attribute) {
    let locals = |p: &mut Printer, title: &str, entries: &[LocalVariable]| {
        p.println_str(title);
        p.indent(1);
        p.println_str("Start  Length  Slot  Name   Signature");
        for v in entries {
            p.println_str(&format!(
                "{:5} {:7} {:5} {:>5}   {}",
                v.start_pc,
                v.length,
                v.index,
                constants::value(class, v.name_index),
                constants::value(class, v.descriptor_index)
            ));
        }
        p.indent(-1);
    };
    match &attr.info {
        AttributeInfo::LineNumberTable(lines) => {
            p.println_str("LineNumberTable:");
            p.indent(1);
            for l in lines {
                p.println_str(&format!("line {}: {}", l.line_number, l.start_pc));
            }
            p.indent(-1);
        }
        AttributeInfo::LocalVariableTable(v) => locals(p, "LocalVariableTable:", v),
        AttributeInfo::LocalVariableTypeTable(v) => locals(p, "LocalVariableTypeTable:", v),
        _ => {}
    }
}

fn verification_type(class: &ClassFile, t: &VerificationType) -> String {
    match t {
        VerificationType::Top => "top".into(),
        VerificationType::Integer => "int".into(),
        VerificationType::Float => "float".into(),
        VerificationType::Double => "double".into(),
        VerificationType::Long => "long".into(),
        VerificationType::Null => "null".into(),
        VerificationType::UninitializedThis => "this".into(),
        VerificationType::Object(i) => format!("class {}", constants::value(class, *i)),
        VerificationType::Uninitialized(pc) => format!("uninitialized {pc}"),
    }
}

fn write_stack_map(p: &mut Printer, class: &ClassFile, attr: &Attribute) {
    let AttributeInfo::StackMapTable(frames) = &attr.info else {
        return;
    };
    p.println_str(&format!(
        "StackMapTable: number_of_entries = {}",
        frames.len()
    ));
    p.indent(1);
    let list = |types: &[VerificationType]| {
        if types.is_empty() {
            return "[]".to_string();
        }
        let items: Vec<String> = types.iter().map(|t| verification_type(class, t)).collect();
        format!("[ {} ]", items.join(", "))
    };
    for f in frames {
        let kind = match f.kind() {
            FrameKind::Same => "same",
            FrameKind::SameLocals1StackItem => "same_locals_1_stack_item",
            FrameKind::SameLocals1StackItemExtended => "same_locals_1_stack_item_frame_extended",
            FrameKind::Chop(_) => "chop",
            FrameKind::SameExtended => "same_frame_extended",
            FrameKind::Append => "append",
            FrameKind::Full => "full_frame",
        };
        p.println_str(&format!("frame_type = {} /* {kind} */", f.frame_type));
        p.indent(1);
        if f.frame_type > 63 {
            if f.frame_type >= 247 {
                p.println_str(&format!("offset_delta = {}", f.offset_delta));
            }
            if matches!(f.kind(), FrameKind::Append | FrameKind::Full) {
                p.println_str(&format!("locals = {}", list(&f.locals)));
            }
            if !f.stack.is_empty() || f.kind() == FrameKind::Full {
                p.println_str(&format!("stack = {}", list(&f.stack)));
            }
        }
        p.indent(-1);
    }
    p.indent(-1);
}

pub(super) fn write_class_attributes(p: &mut Printer, class: &ClassFile) {
    for attr in &class.attributes {
        let name = class.attribute_name(attr).to_string();
        match &attr.info {
            AttributeInfo::SourceFile(i) => {
                p.println_str(&format!("SourceFile: \"{}\"", constants::value(class, *i)));
            }
            AttributeInfo::Signature(_) => write_attribute(p, class, attr),
            AttributeInfo::NestHost(i) => {
                p.println_str(&format!("NestHost: class {}", constants::value(class, *i)));
            }
            AttributeInfo::NestMembers(list) | AttributeInfo::PermittedSubclasses(list) => {
                p.println_str(&format!("{name}:"));
                p.indent(1);
                for i in list {
                    p.println_str(&constants::value(class, *i));
                }
                p.indent(-1);
            }
            AttributeInfo::EnclosingMethod {
                class_index,
                method_index,
            } => {
                p.print(&format!("EnclosingMethod: #{class_index}.#{method_index}"));
                p.tab();
                let method = match class.constant_pool.name_and_type(*method_index) {
                    Ok((name, _)) if *method_index != 0 => format!(".{name}"),
                    _ => String::new(),
                };
                let owner = java_name(&constants::value(class, *class_index));
                p.println_str(&format!("// {owner}{method}"));
            }
            AttributeInfo::InnerClasses(list) => {
                p.println_str("InnerClasses:");
                p.indent(1);
                for ic in list {
                    let flags = ic.inner_class_access_flags;
                    let flags = if flags & INTERFACE != 0 {
                        flags & !ABSTRACT
                    } else {
                        flags
                    };
                    for (f, m) in [
                        (PUBLIC, "public"),
                        (PRIVATE, "private"),
                        (PROTECTED, "protected"),
                        (STATIC, "static"),
                        (FINAL, "final"),
                        (ABSTRACT, "abstract"),
                    ] {
                        if flags & f != 0 {
                            p.print(&format!("{m} "));
                        }
                    }
                    if ic.inner_name_index != 0 {
                        p.print(&format!("#{}= ", ic.inner_name_index));
                    }
                    p.print(&format!("#{}", ic.inner_class_info_index));
                    if ic.outer_class_info_index != 0 {
                        p.print(&format!(" of #{}", ic.outer_class_info_index));
                    }
                    p.print(";");
                    p.tab();
                    p.print("// ");
                    if ic.inner_name_index != 0 {
                        p.print(&format!(
                            "{}=",
                            constants::value(class, ic.inner_name_index)
                        ));
                    }
                    p.print(&constants::comment(class, ic.inner_class_info_index));
                    if ic.outer_class_info_index != 0 {
                        p.print(&format!(
                            " of {}",
                            constants::comment(class, ic.outer_class_info_index)
                        ));
                    }
                    p.println();
                }
                p.indent(-1);
            }
            AttributeInfo::BootstrapMethods(list) => {
                p.println_str("BootstrapMethods:");
                p.indent(1);
                for (i, bm) in list.iter().enumerate() {
                    let target = match class.constant_pool.get(bm.method_ref) {
                        Ok(Constant::MethodHandle {
                            reference_kind,
                            reference_index,
                        }) => format!(
                            "{} {}",
                            ref_kind::name(*reference_kind),
                            constants::value(class, *reference_index)
                        ),
                        _ => String::new(),
                    };
                    p.println_str(&format!("{i}: #{} {target}", bm.method_ref));
                    p.indent(1);
                    p.println_str("Method arguments:");
                    p.indent(1);
                    for a in &bm.arguments {
                        p.println_str(&format!("#{a} {}", constants::value(class, *a)));
                    }
                    p.indent(-2);
                }
                p.indent(-1);
            }
            AttributeInfo::Record(components) => {
                p.println_str("Record:");
                p.indent(1);
                for rc in components {
                    let desc = constants::value(class, rc.descriptor_index);
                    let ty = crate::FieldType::parse(&desc).map_or(desc.clone(), |t| t.to_string());
                    p.println_str(&format!(
                        "{ty} {};",
                        checked_name(&constants::value(class, rc.name_index))
                    ));
                    p.indent(1);
                    p.println_str(&format!("descriptor: {desc}"));
                    for a in &rc.attributes {
                        write_attribute(p, class, a);
                    }
                    p.indent(-1);
                    p.println();
                }
                p.indent(-1);
            }
            _ => write_other(p, &name, attr),
        }
    }
}
