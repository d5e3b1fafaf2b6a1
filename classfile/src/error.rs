//! Typed errors for malformed class files.
//!
//! Every rejection carries the byte offset where the parser noticed the problem, so
//! that `ClassFormatError: <reason> at offset N` points a reader at the bad byte.

use thiserror::Error;

/// A class file that breaks the format rules of JVM spec chapter 4.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{kind} at offset {offset}")]
pub struct FormatError {
    pub kind: FormatErrorKind,
    /// Offset from the start of the class file.
    pub offset: usize,
}

impl FormatError {
    pub fn new(kind: FormatErrorKind, offset: usize) -> Self {
        FormatError { kind, offset }
    }
}

/// Why a class file was rejected.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FormatErrorKind {
    #[error("Truncated class file")]
    Truncated,
    #[error("Incompatible magic value {0}")]
    BadMagic(u32),
    #[error("Unsupported major.minor version {major}.{minor}")]
    UnsupportedVersion { major: u16, minor: u16 },
    #[error("Extra bytes at the end of class file")]
    ExtraBytes,
    #[error("Unknown constant tag {tag} in constant pool entry {index}")]
    BadConstantTag { tag: u8, index: u16 },
    #[error(
        "Constant pool entry {index} of kind {found} is not valid in class file version {major}"
    )]
    ConstantNotInVersion {
        index: u16,
        found: &'static str,
        major: u16,
    },
    #[error("Illegal UTF8 string in constant pool entry {index}")]
    BadUtf8 { index: u16 },
    #[error("Invalid constant pool index {index}")]
    BadConstantIndex { index: u16 },
    #[error("Constant pool entry {index} is {found}, expected {expected}")]
    WrongConstantKind {
        index: u16,
        expected: &'static str,
        found: &'static str,
    },
    #[error("Bad method handle kind {kind} in constant pool entry {index}")]
    BadMethodHandle { index: u16, kind: u8 },
    #[error("Illegal class name \"{0}\"")]
    BadClassName(String),
    #[error("Illegal {what} name \"{name}\"")]
    BadName { what: &'static str, name: String },
    #[error("Illegal {what} descriptor \"{descriptor}\"")]
    BadDescriptor {
        what: &'static str,
        descriptor: String,
    },
    #[error("Illegal {what} modifiers 0x{flags:04x}")]
    BadModifiers { what: &'static str, flags: u16 },
    #[error("Duplicate {what} \"{name}\" with descriptor \"{descriptor}\"")]
    Duplicate {
        what: &'static str,
        name: String,
        descriptor: String,
    },
    #[error(
        "A module-info class must be named module-info and have no superclass, interfaces, fields or methods"
    )]
    BadModule,
    #[error("Invalid superclass")]
    BadSuperclass,
    #[error("{name} attribute has wrong length")]
    AttributeLength { name: &'static str },
    #[error("Multiple {name} attributes")]
    DuplicateAttribute { name: &'static str },
    #[error("Invalid stack map frame type {0}")]
    BadFrameType(u8),
    #[error("Invalid verification type tag {0}")]
    BadVerificationType(u8),
    #[error("Invalid code length {0}")]
    CodeLength(u32),
    #[error("Missing Code attribute")]
    MissingCode,
    #[error("Code attribute in native or abstract method")]
    UnexpectedCode,
    #[error("Illegal opcode {opcode} at bci {pc}")]
    BadOpcode { opcode: u8, pc: u32 },
    #[error("Illegal wide opcode {opcode} at bci {pc}")]
    BadWideOpcode { opcode: u8, pc: u32 },
    #[error("Instruction at bci {pc} runs past the end of the code")]
    InstructionPastEnd { pc: u32 },
    #[error("Illegal {what} at bci {pc}")]
    BadOperand { what: &'static str, pc: u32 },
    #[error("Illegal exception table range [{start}, {end}) handler {handler}")]
    BadExceptionRange { start: u16, end: u16, handler: u16 },
    #[error("Illegal {what} table entry at bci {pc}")]
    BadCodeTable { what: &'static str, pc: u32 },
}

pub type Result<T> = std::result::Result<T, FormatError>;
