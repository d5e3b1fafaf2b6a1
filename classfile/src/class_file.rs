//! The `ClassFile` structure (JVM spec §4.1) and its parser.
//!
//! `ClassFile::parse` reads the whole file and then runs the format checks of §4.8
//! (`check`), so a value of this type is always well formed: its indexes resolve, its
//! names and descriptors are legal and its code decodes.

use crate::attributes::{self, Attribute, AttributeInfo, Code, Context, Env};
use crate::check;
use crate::constant_pool::ConstantPool;
use crate::error::{FormatError, FormatErrorKind, Result};
use crate::reader::Reader;

pub const MAGIC: u32 = 0xCAFE_BABE;
pub const MIN_MAJOR: u16 = 45;
pub const MAX_MAJOR: u16 = 69;

#[derive(Debug, Clone, PartialEq)]
pub struct ClassFile {
    pub minor_version: u16,
    pub major_version: u16,
    pub constant_pool: ConstantPool,
    pub access_flags: u16,
    pub this_class: u16,
    /// 0 only for `java/lang/Object` and module-info.
    pub super_class: u16,
    pub interfaces: Vec<u16>,
    pub fields: Vec<Member>,
    pub methods: Vec<Member>,
    pub attributes: Vec<Attribute>,
    /// The internal name of this class, resolved from `this_class`.
    pub name: String,
    pub super_name: Option<String>,
    pub interface_names: Vec<String>,
}

/// A field or method (`field_info`, `method_info`).
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub access_flags: u16,
    pub name_index: u16,
    pub descriptor_index: u16,
    pub attributes: Vec<Attribute>,
    pub name: String,
    pub descriptor: String,
    /// Class-file offset of the member, for error messages.
    pub offset: u32,
}

impl Member {
    pub fn code(&self) -> Option<&Code> {
        crate::find_attr!(self.attributes, Code).map(|c| &**c)
    }

    pub fn signature_index(&self) -> Option<u16> {
        crate::find_attr!(self.attributes, Signature).copied()
    }

    pub fn exceptions(&self) -> &[u16] {
        crate::find_attr!(self.attributes, Exceptions).map_or(&[], |v| v.as_slice())
    }

    pub fn is_static(&self) -> bool {
        self.access_flags & crate::access::STATIC != 0
    }
}

impl ClassFile {
    /// Parses and format-checks a class file.
    pub fn parse(bytes: &[u8]) -> Result<ClassFile> {
        let (class, header_offset) = Self::parse_structure(bytes)?;
        check::check_class(&class, header_offset)?;
        Ok(class)
    }

    /// Parses without the format checks of §4.8 (names, flags, code), for class
    /// files checked before: the VM's own class library, whose tests check every
    /// class. The structure is still read with every bound checked.
    pub fn parse_trusted(bytes: &[u8]) -> Result<ClassFile> {
        Ok(Self::parse_structure(bytes)?.0)
    }

    /// The class file and the offset of its access flags (where class-level format
    /// errors are reported).
    fn parse_structure(bytes: &[u8]) -> Result<(ClassFile, usize)> {
        let mut r = Reader::new(bytes);
        let magic = r.u32()?;
        if magic != MAGIC {
            return Err(FormatError::new(FormatErrorKind::BadMagic(magic), 0));
        }
        let minor_version = r.u16()?;
        let major_version = r.u16()?;
        if !version_supported(major_version, minor_version) {
            return Err(FormatError::new(
                FormatErrorKind::UnsupportedVersion {
                    major: major_version,
                    minor: minor_version,
                },
                4,
            ));
        }
        let constant_pool = ConstantPool::parse(&mut r)?;
        constant_pool.check_references(major_version)?;
        let env = Env {
            cp: &constant_pool,
            major: major_version,
        };
        let header_offset = r.offset();
        let access_flags = r.u16()?;
        let this_class = r.u16()?;
        let super_class = r.u16()?;
        let interfaces = r.list(|r| r.u16())?;
        let fields = r.list(|r| parse_member(r, &env, Context::Field))?;
        let methods = r.list(|r| parse_member(r, &env, Context::Method))?;
        let attributes = attributes::parse_list(&mut r, &env, Context::Class)?;
        r.expect_end(FormatErrorKind::ExtraBytes)?;

        let at_header = |e: FormatError| FormatError::new(e.kind, header_offset);
        let name = constant_pool
            .class_name(this_class)
            .map_err(at_header)?
            .to_string();
        let super_name = match super_class {
            0 => None,
            i => Some(constant_pool.class_name(i).map_err(at_header)?.to_string()),
        };
        let interface_names = interfaces
            .iter()
            .map(|&i| constant_pool.class_name(i).map(str::to_string))
            .collect::<Result<_>>()
            .map_err(at_header)?;
        let class = ClassFile {
            minor_version,
            major_version,
            constant_pool,
            access_flags,
            this_class,
            super_class,
            interfaces,
            fields,
            methods,
            attributes,
            name,
            super_name,
            interface_names,
        };
        Ok((class, header_offset))
    }

    pub fn is_interface(&self) -> bool {
        self.access_flags & crate::access::INTERFACE != 0
    }

    pub fn source_file(&self) -> Option<&str> {
        let index = *crate::find_attr!(self.attributes, SourceFile)?;
        self.constant_pool.utf8(index).ok()
    }

    pub fn signature(&self) -> Option<&str> {
        let index = *crate::find_attr!(self.attributes, Signature)?;
        self.constant_pool.utf8(index).ok()
    }

    pub fn bootstrap_methods(&self) -> &[attributes::BootstrapMethod] {
        crate::find_attr!(self.attributes, BootstrapMethods).map_or(&[], |v| v.as_slice())
    }

    pub fn find_method(&self, name: &str, descriptor: &str) -> Option<&Member> {
        self.methods
            .iter()
            .find(|m| m.name == name && m.descriptor == descriptor)
    }

    /// The attribute's name as written in the class file.
    pub fn attribute_name(&self, attr: &Attribute) -> &str {
        self.constant_pool.utf8(attr.name_index).unwrap_or("?")
    }

    /// True for attributes whose info was decoded (not kept as raw bytes).
    pub fn is_decoded(attr: &Attribute) -> bool {
        !matches!(attr.info, AttributeInfo::Other(_))
    }
}

/// Versions 45.0 to 69.0; from 56 on, the minor version is 0 or 65535 (preview).
fn version_supported(major: u16, minor: u16) -> bool {
    match major {
        MIN_MAJOR..=55 => true,
        56..=MAX_MAJOR => minor == 0 || minor == 0xffff,
        _ => false,
    }
}

fn parse_member(r: &mut Reader, env: &Env, ctx: Context) -> Result<Member> {
    let offset = r.offset();
    let access_flags = r.u16()?;
    let name_index = r.u16()?;
    let descriptor_index = r.u16()?;
    let at = |e: FormatError| FormatError::new(e.kind, offset);
    let name = env.cp.utf8(name_index).map_err(at)?.to_string();
    let descriptor = env.cp.utf8(descriptor_index).map_err(at)?.to_string();
    let attributes = attributes::parse_list(r, env, ctx)?;
    Ok(Member {
        access_flags,
        name_index,
        descriptor_index,
        attributes,
        name,
        descriptor,
        offset: offset as u32,
    })
}
