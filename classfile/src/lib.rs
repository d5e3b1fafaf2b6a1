//! The Java class-file format: parsing, format checking and disassembly.
//!
//! `ClassFile::parse` turns bytes into a fully checked [`ClassFile`]; nothing in this
//! crate touches VM state or uses `unsafe`, so it can be fuzzed on its own and shared by
//! the runtime, the JIT and `rjavap`.

pub mod access;
pub mod attributes;
pub mod bytecode;
mod check;
mod class_file;
pub mod constant_pool;
pub mod descriptor;
pub mod disasm;
pub mod error;
pub mod javafmt;
pub mod mutf8;
mod reader;
pub mod reference_map;
pub mod signature;
pub mod stack_map;
pub mod verifier;

pub use attributes::{Attribute, AttributeInfo, Code, ExceptionHandler};
pub use class_file::{ClassFile, MAX_MAJOR, MIN_MAJOR, Member};
pub use constant_pool::{Constant, ConstantPool, MemberRef};
pub use descriptor::{FieldType, MethodDescriptor};
pub use error::{FormatError, FormatErrorKind};
pub use reference_map::{FrameMap, ReferenceMap, ReferenceMapError};
