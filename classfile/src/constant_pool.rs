//! The constant pool (JVM spec §4.4): parsing, typed access and cross-reference checks.
//!
//! Entries are kept as parsed, indexes and all, so that tools like `rjavap` can print
//! `#7` exactly as javap does; the accessors resolve an index to the names a VM needs
//! and report the offending index when an entry is missing or of the wrong kind.

use crate::error::{FormatError, FormatErrorKind, Result};
use crate::mutf8::{self, JavaStr};
use crate::reader::Reader;

/// `reference_kind` values of `CONSTANT_MethodHandle` (§4.4.8).
pub mod ref_kind {
    pub const GET_FIELD: u8 = 1;
    pub const GET_STATIC: u8 = 2;
    pub const PUT_FIELD: u8 = 3;
    pub const PUT_STATIC: u8 = 4;
    pub const INVOKE_VIRTUAL: u8 = 5;
    pub const INVOKE_STATIC: u8 = 6;
    pub const INVOKE_SPECIAL: u8 = 7;
    pub const NEW_INVOKE_SPECIAL: u8 = 8;
    pub const INVOKE_INTERFACE: u8 = 9;

    pub fn name(kind: u8) -> &'static str {
        match kind {
            GET_FIELD => "REF_getField",
            GET_STATIC => "REF_getStatic",
            PUT_FIELD => "REF_putField",
            PUT_STATIC => "REF_putStatic",
            INVOKE_VIRTUAL => "REF_invokeVirtual",
            INVOKE_STATIC => "REF_invokeStatic",
            INVOKE_SPECIAL => "REF_invokeSpecial",
            NEW_INVOKE_SPECIAL => "REF_newInvokeSpecial",
            INVOKE_INTERFACE => "REF_invokeInterface",
            _ => "REF_???",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    /// Index 0 and the slot after a Long or Double.
    Unusable,
    Utf8(JavaStr),
    Integer(i32),
    Float(f32),
    Long(i64),
    Double(f64),
    Class {
        name_index: u16,
    },
    String {
        string_index: u16,
    },
    Fieldref {
        class_index: u16,
        name_and_type_index: u16,
    },
    Methodref {
        class_index: u16,
        name_and_type_index: u16,
    },
    InterfaceMethodref {
        class_index: u16,
        name_and_type_index: u16,
    },
    NameAndType {
        name_index: u16,
        descriptor_index: u16,
    },
    MethodHandle {
        reference_kind: u8,
        reference_index: u16,
    },
    MethodType {
        descriptor_index: u16,
    },
    Dynamic {
        bootstrap_method_attr_index: u16,
        name_and_type_index: u16,
    },
    InvokeDynamic {
        bootstrap_method_attr_index: u16,
        name_and_type_index: u16,
    },
    Module {
        name_index: u16,
    },
    Package {
        name_index: u16,
    },
}

impl Constant {
    /// The spec's name for the entry's kind, as javap prints it.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Constant::Unusable => "Unusable",
            Constant::Utf8(_) => "Utf8",
            Constant::Integer(_) => "Integer",
            Constant::Float(_) => "Float",
            Constant::Long(_) => "Long",
            Constant::Double(_) => "Double",
            Constant::Class { .. } => "Class",
            Constant::String { .. } => "String",
            Constant::Fieldref { .. } => "Fieldref",
            Constant::Methodref { .. } => "Methodref",
            Constant::InterfaceMethodref { .. } => "InterfaceMethodref",
            Constant::NameAndType { .. } => "NameAndType",
            Constant::MethodHandle { .. } => "MethodHandle",
            Constant::MethodType { .. } => "MethodType",
            Constant::Dynamic { .. } => "Dynamic",
            Constant::InvokeDynamic { .. } => "InvokeDynamic",
            Constant::Module { .. } => "Module",
            Constant::Package { .. } => "Package",
        }
    }
}

/// A field or method reference resolved to its names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberRef<'a> {
    pub class: &'a str,
    pub name: &'a str,
    pub descriptor: &'a str,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConstantPool {
    entries: Vec<Constant>,
    /// Class-file offset of each entry, to report errors found after parsing.
    offsets: Vec<u32>,
}

impl ConstantPool {
    pub(crate) fn parse(r: &mut Reader) -> Result<ConstantPool> {
        let count = r.u16()?;
        let mut entries = Vec::with_capacity(count as usize);
        let mut offsets = Vec::with_capacity(count as usize);
        entries.push(Constant::Unusable);
        offsets.push(r.offset() as u32);
        let mut index: u16 = 1;
        while index < count {
            offsets.push(r.offset() as u32);
            let entry = parse_entry(r, index)?;
            let wide = matches!(entry, Constant::Long(_) | Constant::Double(_));
            entries.push(entry);
            index += 1;
            if wide {
                // The slot after a long or double is unusable; it may be the last one.
                offsets.push(r.offset() as u32);
                entries.push(Constant::Unusable);
                index = index.saturating_add(1);
            }
        }
        entries.truncate(count.max(1) as usize);
        offsets.truncate(entries.len());
        Ok(ConstantPool { entries, offsets })
    }

    /// `constant_pool_count` as stored in the class file.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.len() <= 1
    }

    /// All entries with their indexes, skipping unusable slots.
    pub fn iter(&self) -> impl Iterator<Item = (u16, &Constant)> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, c)| !matches!(c, Constant::Unusable))
            .map(|(i, c)| (i as u16, c))
    }

    /// Class-file offset of entry `index` (for error messages).
    pub fn offset_of(&self, index: u16) -> usize {
        self.offsets.get(index as usize).copied().unwrap_or(0) as usize
    }

    fn bad_index(&self, index: u16) -> FormatError {
        FormatError::new(
            FormatErrorKind::BadConstantIndex { index },
            self.offset_of(index),
        )
    }

    fn wrong_kind(&self, index: u16, expected: &'static str) -> FormatError {
        let found = self
            .entries
            .get(index as usize)
            .map_or("nothing", Constant::kind_name);
        FormatError::new(
            FormatErrorKind::WrongConstantKind {
                index,
                expected,
                found,
            },
            self.offset_of(index),
        )
    }

    pub fn get(&self, index: u16) -> Result<&Constant> {
        match self.entries.get(index as usize) {
            Some(Constant::Unusable) | None => Err(self.bad_index(index)),
            Some(c) => Ok(c),
        }
    }

    pub fn utf8_str(&self, index: u16) -> Result<&JavaStr> {
        match self.get(index)? {
            Constant::Utf8(s) => Ok(s),
            _ => Err(self.wrong_kind(index, "Utf8")),
        }
    }

    pub fn utf8(&self, index: u16) -> Result<&str> {
        Ok(self.utf8_str(index)?.as_str())
    }

    /// The internal name of a `CONSTANT_Class` (`java/lang/String`, `[I`).
    pub fn class_name(&self, index: u16) -> Result<&str> {
        match self.get(index)? {
            Constant::Class { name_index } => self.utf8(*name_index),
            _ => Err(self.wrong_kind(index, "Class")),
        }
    }

    pub fn string(&self, index: u16) -> Result<&JavaStr> {
        match self.get(index)? {
            Constant::String { string_index } => self.utf8_str(*string_index),
            _ => Err(self.wrong_kind(index, "String")),
        }
    }

    pub fn name_and_type(&self, index: u16) -> Result<(&str, &str)> {
        match self.get(index)? {
            Constant::NameAndType {
                name_index,
                descriptor_index,
            } => Ok((self.utf8(*name_index)?, self.utf8(*descriptor_index)?)),
            _ => Err(self.wrong_kind(index, "NameAndType")),
        }
    }

    /// A Fieldref, Methodref or InterfaceMethodref.
    pub fn member_ref(&self, index: u16) -> Result<MemberRef<'_>> {
        match self.get(index)? {
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
                let class = self.class_name(*class_index)?;
                let (name, descriptor) = self.name_and_type(*name_and_type_index)?;
                Ok(MemberRef {
                    class,
                    name,
                    descriptor,
                })
            }
            _ => Err(self.wrong_kind(index, "Fieldref or Methodref")),
        }
    }

    /// Bootstrap index, name and descriptor of a Dynamic or InvokeDynamic entry.
    pub fn dynamic(&self, index: u16) -> Result<(u16, &str, &str)> {
        match self.get(index)? {
            Constant::Dynamic {
                bootstrap_method_attr_index,
                name_and_type_index,
            }
            | Constant::InvokeDynamic {
                bootstrap_method_attr_index,
                name_and_type_index,
            } => {
                let (name, descriptor) = self.name_and_type(*name_and_type_index)?;
                Ok((*bootstrap_method_attr_index, name, descriptor))
            }
            _ => Err(self.wrong_kind(index, "InvokeDynamic")),
        }
    }

    /// Checks that `index` is an entry whose kind satisfies `ok`.
    pub(crate) fn expect(
        &self,
        index: u16,
        expected: &'static str,
        ok: impl Fn(&Constant) -> bool,
    ) -> Result<&Constant> {
        let c = self.get(index)?;
        if ok(c) {
            Ok(c)
        } else {
            Err(self.wrong_kind(index, expected))
        }
    }

    /// Checks every index stored in every entry (§4.4): in range and of the right kind.
    pub(crate) fn check_references(&self, major: u16) -> Result<()> {
        let is_utf8 = |c: &Constant| matches!(c, Constant::Utf8(_));
        let is_class = |c: &Constant| matches!(c, Constant::Class { .. });
        let is_nat = |c: &Constant| matches!(c, Constant::NameAndType { .. });
        for (index, c) in self.iter() {
            let min_version = match c {
                Constant::MethodHandle { .. }
                | Constant::MethodType { .. }
                | Constant::InvokeDynamic { .. } => 51,
                Constant::Dynamic { .. } | Constant::Module { .. } | Constant::Package { .. } => 53,
                _ => 45,
            };
            if major < min_version {
                return Err(FormatError::new(
                    FormatErrorKind::ConstantNotInVersion {
                        index,
                        found: c.kind_name(),
                        major,
                    },
                    self.offset_of(index),
                ));
            }
            match c {
                Constant::Class { name_index }
                | Constant::Module { name_index }
                | Constant::Package { name_index } => {
                    self.expect(*name_index, "Utf8", is_utf8)?;
                }
                Constant::String { string_index } => {
                    self.expect(*string_index, "Utf8", is_utf8)?;
                }
                Constant::MethodType { descriptor_index } => {
                    self.expect(*descriptor_index, "Utf8", is_utf8)?;
                }
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
                    self.expect(*class_index, "Class", is_class)?;
                    self.expect(*name_and_type_index, "NameAndType", is_nat)?;
                }
                Constant::NameAndType {
                    name_index,
                    descriptor_index,
                } => {
                    self.expect(*name_index, "Utf8", is_utf8)?;
                    self.expect(*descriptor_index, "Utf8", is_utf8)?;
                }
                Constant::Dynamic {
                    name_and_type_index,
                    ..
                }
                | Constant::InvokeDynamic {
                    name_and_type_index,
                    ..
                } => {
                    self.expect(*name_and_type_index, "NameAndType", is_nat)?;
                }
                Constant::MethodHandle {
                    reference_kind,
                    reference_index,
                } => {
                    self.check_method_handle(index, *reference_kind, *reference_index, major)?;
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn check_method_handle(&self, index: u16, kind: u8, target: u16, major: u16) -> Result<()> {
        use ref_kind::*;
        let target_ok = |c: &Constant| match kind {
            GET_FIELD..=PUT_STATIC => matches!(c, Constant::Fieldref { .. }),
            INVOKE_VIRTUAL | NEW_INVOKE_SPECIAL => matches!(c, Constant::Methodref { .. }),
            INVOKE_STATIC | INVOKE_SPECIAL => {
                matches!(c, Constant::Methodref { .. })
                    || (major >= 52 && matches!(c, Constant::InterfaceMethodref { .. }))
            }
            INVOKE_INTERFACE => matches!(c, Constant::InterfaceMethodref { .. }),
            _ => false,
        };
        if !(1..=9).contains(&kind) {
            return Err(FormatError::new(
                FormatErrorKind::BadMethodHandle { index, kind },
                self.offset_of(index),
            ));
        }
        self.expect(
            target,
            "a member reference matching the handle kind",
            target_ok,
        )?;
        Ok(())
    }
}

fn parse_entry(r: &mut Reader, index: u16) -> Result<Constant> {
    let tag_offset = r.offset();
    let tag = r.u8()?;
    Ok(match tag {
        1 => {
            let len = r.u16()? as usize;
            let start = r.offset();
            let bytes = r.bytes(len)?;
            let s = mutf8::decode(bytes)
                .ok_or_else(|| r.error_at(FormatErrorKind::BadUtf8 { index }, start))?;
            Constant::Utf8(s)
        }
        3 => Constant::Integer(r.i32()?),
        4 => Constant::Float(f32::from_bits(r.u32()?)),
        5 => Constant::Long(r.u64()? as i64),
        6 => Constant::Double(f64::from_bits(r.u64()?)),
        7 => Constant::Class {
            name_index: r.u16()?,
        },
        8 => Constant::String {
            string_index: r.u16()?,
        },
        9 => Constant::Fieldref {
            class_index: r.u16()?,
            name_and_type_index: r.u16()?,
        },
        10 => Constant::Methodref {
            class_index: r.u16()?,
            name_and_type_index: r.u16()?,
        },
        11 => Constant::InterfaceMethodref {
            class_index: r.u16()?,
            name_and_type_index: r.u16()?,
        },
        12 => Constant::NameAndType {
            name_index: r.u16()?,
            descriptor_index: r.u16()?,
        },
        15 => Constant::MethodHandle {
            reference_kind: r.u8()?,
            reference_index: r.u16()?,
        },
        16 => Constant::MethodType {
            descriptor_index: r.u16()?,
        },
        17 => Constant::Dynamic {
            bootstrap_method_attr_index: r.u16()?,
            name_and_type_index: r.u16()?,
        },
        18 => Constant::InvokeDynamic {
            bootstrap_method_attr_index: r.u16()?,
            name_and_type_index: r.u16()?,
        },
        19 => Constant::Module {
            name_index: r.u16()?,
        },
        20 => Constant::Package {
            name_index: r.u16()?,
        },
        _ => return Err(r.error_at(FormatErrorKind::BadConstantTag { tag, index }, tag_offset)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(bytes: &[u8]) -> Result<ConstantPool> {
        ConstantPool::parse(&mut Reader::new(bytes))
    }

    #[test]
    fn long_takes_two_slots() {
        // count 4: #1 Long, #2 unusable, #3 Utf8 "a"
        let cp = pool(&[0, 4, 5, 0, 0, 0, 0, 0, 0, 0, 7, 1, 0, 1, b'a']).unwrap();
        assert_eq!(cp.len(), 4);
        assert_eq!(cp.get(1).unwrap(), &Constant::Long(7));
        assert!(cp.get(2).is_err());
        assert_eq!(cp.utf8(3).unwrap(), "a");
    }

    #[test]
    fn wrong_kind_names_the_index() {
        let cp = pool(&[0, 3, 7, 0, 2, 3, 0, 0, 0, 1]).unwrap();
        let err = cp.check_references(61).unwrap_err();
        assert_eq!(
            err.kind,
            FormatErrorKind::WrongConstantKind {
                index: 2,
                expected: "Utf8",
                found: "Integer"
            }
        );
    }

    #[test]
    fn unknown_tag_is_rejected_at_its_offset() {
        let err = pool(&[0, 2, 2]).unwrap_err();
        assert_eq!(
            err.kind,
            FormatErrorKind::BadConstantTag { tag: 2, index: 1 }
        );
        assert_eq!(err.offset, 2);
    }

    #[test]
    fn method_handle_needs_version_51() {
        // #1 MethodHandle invokeStatic #2 ; #2 Methodref #3.#4 ...; kind check happens first
        let cp = pool(&[0, 2, 15, 6, 0, 1]).unwrap();
        let err = cp.check_references(50).unwrap_err();
        assert!(matches!(
            err.kind,
            FormatErrorKind::ConstantNotInVersion { .. }
        ));
    }
}
