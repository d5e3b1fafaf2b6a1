//! The JVM's basic types as the runtime stores them: sizes, slot counts and the
//! mapping from descriptors.

use rjava_classfile::FieldType;

/// How a value is stored in a field, an array element or a local slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BasicType {
    Boolean,
    Byte,
    Char,
    Short,
    Int,
    Float,
    Long,
    Double,
    Reference,
}

impl BasicType {
    pub fn of(t: &FieldType) -> BasicType {
        match t {
            FieldType::Boolean => BasicType::Boolean,
            FieldType::Byte => BasicType::Byte,
            FieldType::Char => BasicType::Char,
            FieldType::Short => BasicType::Short,
            FieldType::Int => BasicType::Int,
            FieldType::Float => BasicType::Float,
            FieldType::Long => BasicType::Long,
            FieldType::Double => BasicType::Double,
            FieldType::Object(_) | FieldType::Array(_) => BasicType::Reference,
        }
    }

    /// From the first character of a field descriptor.
    pub fn from_descriptor(descriptor: &str) -> Option<BasicType> {
        Some(match descriptor.as_bytes().first()? {
            b'Z' => BasicType::Boolean,
            b'B' => BasicType::Byte,
            b'C' => BasicType::Char,
            b'S' => BasicType::Short,
            b'I' => BasicType::Int,
            b'F' => BasicType::Float,
            b'J' => BasicType::Long,
            b'D' => BasicType::Double,
            b'L' | b'[' => BasicType::Reference,
            _ => return None,
        })
    }

    /// Bytes the type takes in an object or array.
    pub fn size(self) -> u32 {
        match self {
            BasicType::Boolean | BasicType::Byte => 1,
            BasicType::Char | BasicType::Short => 2,
            BasicType::Int | BasicType::Float => 4,
            BasicType::Long | BasicType::Double | BasicType::Reference => 8,
        }
    }

    /// Local-variable and operand-stack slots (JVM spec numbering).
    pub fn slots(self) -> usize {
        match self {
            BasicType::Long | BasicType::Double => 2,
            _ => 1,
        }
    }

    pub fn is_reference(self) -> bool {
        self == BasicType::Reference
    }

    /// The `newarray` type code (JVM spec table 6.5.newarray-A).
    pub fn from_array_type(atype: u8) -> Option<BasicType> {
        Some(match atype {
            4 => BasicType::Boolean,
            5 => BasicType::Char,
            6 => BasicType::Float,
            7 => BasicType::Double,
            8 => BasicType::Byte,
            9 => BasicType::Short,
            10 => BasicType::Int,
            11 => BasicType::Long,
            _ => return None,
        })
    }

    /// The descriptor letter (`I`, `J`...); `L` for references.
    pub fn descriptor_char(self) -> char {
        match self {
            BasicType::Boolean => 'Z',
            BasicType::Byte => 'B',
            BasicType::Char => 'C',
            BasicType::Short => 'S',
            BasicType::Int => 'I',
            BasicType::Float => 'F',
            BasicType::Long => 'J',
            BasicType::Double => 'D',
            BasicType::Reference => 'L',
        }
    }

    /// The Java name of a primitive type (`int`).
    pub fn java_name(self) -> &'static str {
        match self {
            BasicType::Boolean => "boolean",
            BasicType::Byte => "byte",
            BasicType::Char => "char",
            BasicType::Short => "short",
            BasicType::Int => "int",
            BasicType::Float => "float",
            BasicType::Long => "long",
            BasicType::Double => "double",
            BasicType::Reference => "reference",
        }
    }
}
