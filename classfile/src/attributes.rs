//! Attributes (JVM spec §4.7): the ones a VM or a disassembler needs, decoded into types.
//!
//! An attribute is decoded only where the spec gives it meaning (its context and the
//! class-file version); anywhere else, and for names we do not know, it is kept as raw
//! bytes, as a JVM must silently ignore attributes it does not recognize.

use crate::bytecode::Instructions;
use crate::constant_pool::{Constant, ConstantPool};
use crate::error::{FormatErrorKind, Result};
use crate::reader::Reader;
use crate::stack_map::{self, StackMapFrame};

#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    pub name_index: u16,
    pub info: AttributeInfo,
}

#[derive(Debug, Clone, PartialEq)]
pub enum AttributeInfo {
    Code(Box<Code>),
    ConstantValue(u16),
    /// Class indexes of the declared checked exceptions.
    Exceptions(Vec<u16>),
    StackMapTable(Vec<StackMapFrame>),
    BootstrapMethods(Vec<BootstrapMethod>),
    InnerClasses(Vec<InnerClass>),
    EnclosingMethod {
        class_index: u16,
        method_index: u16,
    },
    NestHost(u16),
    NestMembers(Vec<u16>),
    PermittedSubclasses(Vec<u16>),
    Record(Vec<RecordComponent>),
    Signature(u16),
    SourceFile(u16),
    LineNumberTable(Vec<LineNumber>),
    LocalVariableTable(Vec<LocalVariable>),
    /// Same layout as LocalVariableTable; `descriptor_index` holds the signature.
    LocalVariableTypeTable(Vec<LocalVariable>),
    MethodParameters(Vec<MethodParameter>),
    /// Deprecated, Synthetic and any attribute we do not decode.
    Other(Box<[u8]>),
}

impl AttributeInfo {
    /// The attribute's name for decoded kinds.
    pub fn name(&self) -> Option<&'static str> {
        Some(match self {
            AttributeInfo::Code(_) => "Code",
            AttributeInfo::ConstantValue(_) => "ConstantValue",
            AttributeInfo::Exceptions(_) => "Exceptions",
            AttributeInfo::StackMapTable(_) => "StackMapTable",
            AttributeInfo::BootstrapMethods(_) => "BootstrapMethods",
            AttributeInfo::InnerClasses(_) => "InnerClasses",
            AttributeInfo::EnclosingMethod { .. } => "EnclosingMethod",
            AttributeInfo::NestHost(_) => "NestHost",
            AttributeInfo::NestMembers(_) => "NestMembers",
            AttributeInfo::PermittedSubclasses(_) => "PermittedSubclasses",
            AttributeInfo::Record(_) => "Record",
            AttributeInfo::Signature(_) => "Signature",
            AttributeInfo::SourceFile(_) => "SourceFile",
            AttributeInfo::LineNumberTable(_) => "LineNumberTable",
            AttributeInfo::LocalVariableTable(_) => "LocalVariableTable",
            AttributeInfo::LocalVariableTypeTable(_) => "LocalVariableTypeTable",
            AttributeInfo::MethodParameters(_) => "MethodParameters",
            AttributeInfo::Other(_) => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    pub max_stack: u16,
    pub max_locals: u16,
    pub code: Box<[u8]>,
    /// Class-file offset of `code[0]`, for error messages.
    pub code_offset: u32,
    pub exception_table: Vec<ExceptionHandler>,
    pub attributes: Vec<Attribute>,
}

impl Code {
    pub fn instructions(&self) -> Instructions<'_> {
        Instructions::new(&self.code)
    }

    pub fn line_numbers(&self) -> impl Iterator<Item = &LineNumber> {
        self.attributes.iter().flat_map(|a| match &a.info {
            AttributeInfo::LineNumberTable(t) => t.as_slice(),
            _ => &[],
        })
    }

    /// The source line of the instruction at `pc`, from the LineNumberTable.
    pub fn line_number_at(&self, pc: u16) -> Option<u16> {
        self.line_numbers()
            .filter(|l| l.start_pc <= pc)
            .max_by_key(|l| l.start_pc)
            .map(|l| l.line_number)
    }

    pub fn stack_map(&self) -> Option<&[StackMapFrame]> {
        self.attributes.iter().find_map(|a| match &a.info {
            AttributeInfo::StackMapTable(f) => Some(f.as_slice()),
            _ => None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptionHandler {
    pub start_pc: u16,
    pub end_pc: u16,
    pub handler_pc: u16,
    /// A Class index, or 0 for a handler that catches everything (`finally`).
    pub catch_type: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BootstrapMethod {
    /// A MethodHandle index.
    pub method_ref: u16,
    pub arguments: Vec<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InnerClass {
    pub inner_class_info_index: u16,
    pub outer_class_info_index: u16,
    pub inner_name_index: u16,
    pub inner_class_access_flags: u16,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RecordComponent {
    pub name_index: u16,
    pub descriptor_index: u16,
    pub attributes: Vec<Attribute>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineNumber {
    pub start_pc: u16,
    pub line_number: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalVariable {
    pub start_pc: u16,
    pub length: u16,
    pub name_index: u16,
    pub descriptor_index: u16,
    pub index: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MethodParameter {
    /// 0 when the parameter has no name.
    pub name_index: u16,
    pub access_flags: u16,
}

/// Where an attribute appears; it decides which names are decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Context {
    Class,
    Field,
    Method,
    Code,
    RecordComponent,
}

/// What attribute parsing needs to know about the class file around it.
pub(crate) struct Env<'a> {
    pub cp: &'a ConstantPool,
    pub major: u16,
}

pub(crate) fn parse_list(r: &mut Reader, env: &Env, ctx: Context) -> Result<Vec<Attribute>> {
    r.list(|r| parse_one(r, env, ctx))
}

fn parse_one(r: &mut Reader, env: &Env, ctx: Context) -> Result<Attribute> {
    let name_offset = r.offset();
    let name_index = r.u16()?;
    let name = env
        .cp
        .utf8(name_index)
        .map_err(|e| r.error_at(e.kind, name_offset))?;
    let len = r.u32()? as usize;
    let mut body = r.sub(len)?;
    let info = match known_name(name, ctx, env.major) {
        Some(known) => {
            let info = parse_body(known, &mut body, env)?;
            body.expect_end(FormatErrorKind::AttributeLength { name: known })?;
            info
        }
        None => AttributeInfo::Other(body.bytes(len)?.into()),
    };
    Ok(Attribute { name_index, info })
}

/// The static name of an attribute that is decoded in `ctx` for class-file version `major`.
fn known_name(name: &str, ctx: Context, major: u16) -> Option<&'static str> {
    use Context::*;
    let (known, contexts, since): (&'static str, &[Context], u16) = match name {
        "Code" => ("Code", &[Method], 45),
        "ConstantValue" => ("ConstantValue", &[Field], 45),
        "Exceptions" => ("Exceptions", &[Method], 45),
        "StackMapTable" => ("StackMapTable", &[Code], 50),
        "BootstrapMethods" => ("BootstrapMethods", &[Class], 51),
        "InnerClasses" => ("InnerClasses", &[Class], 45),
        "EnclosingMethod" => ("EnclosingMethod", &[Class], 49),
        "NestHost" => ("NestHost", &[Class], 55),
        "NestMembers" => ("NestMembers", &[Class], 55),
        "PermittedSubclasses" => ("PermittedSubclasses", &[Class], 61),
        "Record" => ("Record", &[Class], 60),
        "Signature" => ("Signature", &[Class, Field, Method, RecordComponent], 49),
        "SourceFile" => ("SourceFile", &[Class], 45),
        "LineNumberTable" => ("LineNumberTable", &[Code], 45),
        "LocalVariableTable" => ("LocalVariableTable", &[Code], 45),
        "LocalVariableTypeTable" => ("LocalVariableTypeTable", &[Code], 49),
        "MethodParameters" => ("MethodParameters", &[Method], 52),
        _ => return None,
    };
    (contexts.contains(&ctx) && major >= since).then_some(known)
}

fn parse_body(name: &'static str, r: &mut Reader, env: &Env) -> Result<AttributeInfo> {
    let cp = env.cp;
    let class = |r: &mut Reader| index_of(r, cp, "Class", |c| matches!(c, Constant::Class { .. }));
    let utf8 = |r: &mut Reader| index_of(r, cp, "Utf8", |c| matches!(c, Constant::Utf8(_)));
    Ok(match name {
        "Code" => AttributeInfo::Code(Box::new(parse_code(r, env)?)),
        "ConstantValue" => AttributeInfo::ConstantValue(index_of(r, cp, "constant", |c| {
            matches!(
                c,
                Constant::Integer(_)
                    | Constant::Float(_)
                    | Constant::Long(_)
                    | Constant::Double(_)
                    | Constant::String { .. }
            )
        })?),
        "Exceptions" => AttributeInfo::Exceptions(r.list(class)?),
        "StackMapTable" => AttributeInfo::StackMapTable(stack_map::parse(r)?),
        "BootstrapMethods" => AttributeInfo::BootstrapMethods(r.list(|r| {
            let method_ref = index_of(r, cp, "MethodHandle", |c| {
                matches!(c, Constant::MethodHandle { .. })
            })?;
            let arguments = r.list(|r| index_of(r, cp, "loadable constant", is_loadable))?;
            Ok(BootstrapMethod {
                method_ref,
                arguments,
            })
        })?),
        "InnerClasses" => AttributeInfo::InnerClasses(r.list(|r| {
            Ok(InnerClass {
                inner_class_info_index: class(r)?,
                outer_class_info_index: optional(r, class)?,
                inner_name_index: optional(r, utf8)?,
                inner_class_access_flags: r.u16()?,
            })
        })?),
        "EnclosingMethod" => AttributeInfo::EnclosingMethod {
            class_index: class(r)?,
            method_index: optional(r, |r| {
                index_of(r, cp, "NameAndType", |c| {
                    matches!(c, Constant::NameAndType { .. })
                })
            })?,
        },
        "NestHost" => AttributeInfo::NestHost(class(r)?),
        "NestMembers" => AttributeInfo::NestMembers(r.list(class)?),
        "PermittedSubclasses" => AttributeInfo::PermittedSubclasses(r.list(class)?),
        "Record" => AttributeInfo::Record(r.list(|r| {
            Ok(RecordComponent {
                name_index: utf8(r)?,
                descriptor_index: utf8(r)?,
                attributes: parse_list(r, env, Context::RecordComponent)?,
            })
        })?),
        "Signature" => AttributeInfo::Signature(utf8(r)?),
        "SourceFile" => AttributeInfo::SourceFile(utf8(r)?),
        "LineNumberTable" => AttributeInfo::LineNumberTable(r.list(|r| {
            Ok(LineNumber {
                start_pc: r.u16()?,
                line_number: r.u16()?,
            })
        })?),
        "LocalVariableTable" => AttributeInfo::LocalVariableTable(r.list(|r| local(r, utf8))?),
        "LocalVariableTypeTable" => {
            AttributeInfo::LocalVariableTypeTable(r.list(|r| local(r, utf8))?)
        }
        "MethodParameters" => {
            let n = r.u8()?;
            let mut params = Vec::with_capacity(n as usize);
            for _ in 0..n {
                params.push(MethodParameter {
                    name_index: optional(r, utf8)?,
                    access_flags: r.u16()?,
                });
            }
            AttributeInfo::MethodParameters(params)
        }
        _ => unreachable!("known_name returned {name}"),
    })
}

fn local(r: &mut Reader, utf8: impl Fn(&mut Reader) -> Result<u16>) -> Result<LocalVariable> {
    Ok(LocalVariable {
        start_pc: r.u16()?,
        length: r.u16()?,
        name_index: utf8(r)?,
        descriptor_index: utf8(r)?,
        index: r.u16()?,
    })
}

/// What `ldc` and bootstrap arguments may refer to (§4.4).
pub(crate) fn is_loadable(c: &Constant) -> bool {
    matches!(
        c,
        Constant::Integer(_)
            | Constant::Float(_)
            | Constant::Long(_)
            | Constant::Double(_)
            | Constant::Class { .. }
            | Constant::String { .. }
            | Constant::MethodHandle { .. }
            | Constant::MethodType { .. }
            | Constant::Dynamic { .. }
    )
}

/// Reads a u16 constant-pool index that must name an entry accepted by `ok`.
fn index_of(
    r: &mut Reader,
    cp: &ConstantPool,
    expected: &'static str,
    ok: impl Fn(&Constant) -> bool,
) -> Result<u16> {
    let offset = r.offset();
    let index = r.u16()?;
    cp.expect(index, expected, ok)
        .map_err(|e| r.error_at(e.kind, offset))?;
    Ok(index)
}

/// Like `read`, but the index may be 0 (absent).
fn optional(r: &mut Reader, read: impl Fn(&mut Reader) -> Result<u16>) -> Result<u16> {
    let mut peek = r.clone();
    if peek.u16()? == 0 {
        *r = peek;
        Ok(0)
    } else {
        read(r)
    }
}

fn parse_code(r: &mut Reader, env: &Env) -> Result<Code> {
    let max_stack = r.u16()?;
    let max_locals = r.u16()?;
    let len_offset = r.offset();
    let code_len = r.u32()?;
    if code_len == 0 || code_len > 65535 {
        return Err(r.error_at(FormatErrorKind::CodeLength(code_len), len_offset));
    }
    let code_offset = r.offset() as u32;
    let code: Box<[u8]> = r.bytes(code_len as usize)?.into();
    let exception_table = r.list(|r| {
        Ok(ExceptionHandler {
            start_pc: r.u16()?,
            end_pc: r.u16()?,
            handler_pc: r.u16()?,
            catch_type: r.u16()?,
        })
    })?;
    let attributes = parse_list(r, env, Context::Code)?;
    Ok(Code {
        max_stack,
        max_locals,
        code,
        code_offset,
        exception_table,
        attributes,
    })
}

/// The attribute of a kind, if present: `find!(attrs, Signature)`.
#[macro_export]
macro_rules! find_attr {
    ($attrs:expr, $kind:ident) => {
        $attrs.iter().find_map(|a| match &a.info {
            $crate::attributes::AttributeInfo::$kind(x) => Some(x),
            _ => None,
        })
    };
}
