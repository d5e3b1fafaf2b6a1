//! Bytecode verification (JVM spec §4.10): every method of a class is checked, before
//! any of its code runs, to use values only as their types allow, to keep the operand
//! stack within its bounds, to initialize objects before use and to return what its
//! descriptor says.
//!
//! Class files of version 50 and later are checked against their StackMapTable in
//! one linear pass (type checking, §4.10.1); older ones get the types inferred by a
//! data-flow analysis that merges states at join points (type inference, §4.10.2).
//! Both apply the same instruction rules (`ops`) to the same type states (`frame`).
//! Version 50 files that fail type checking are retried with inference, as HotSpot
//! does.
//!
//! Questions about classes other than the one being verified (is `B` a subclass of
//! `A`? is `I` an interface? who declares this protected field?) go to a
//! [`Hierarchy`], which the VM answers by loading classes and tests answer from a
//! table.

mod check;
mod frame;
mod infer;
mod ops;
mod table;
mod types;

use std::fmt;
use std::sync::Arc;

use crate::attributes::{Code, ExceptionHandler};
use crate::class_file::ClassFile;
use crate::constant_pool::ConstantPool;

pub use frame::Frame;
pub use table::ClassTable;
pub use types::VType;
pub use types::is_class_assignable;

/// Superclass chains longer than this are treated as broken (the loader rejects
/// them first: see ClassCircularityError).
pub const MAX_HIERARCHY_DEPTH: usize = 4096;

/// What the verifier needs to know about a class other than the one it checks.
#[derive(Debug, Clone)]
pub struct ClassInfo {
    pub super_name: Option<Arc<str>>,
    pub is_interface: bool,
}

/// The verifier's view of the other classes, answered by the class loader.
pub trait Hierarchy {
    /// Why a class could not be looked up (the loader's error, thrown as is).
    type Error;
    fn class_info(&self, name: &str) -> Result<ClassInfo, Self::Error>;
    /// The class declaring the field or method `name` with `descriptor`, searching
    /// `class` and its superclasses, and the member's access flags.
    fn find_member(
        &self,
        class: &str,
        name: &str,
        descriptor: &str,
        is_field: bool,
    ) -> Result<Option<(Arc<str>, u16)>, Self::Error>;
}

/// Why an instruction or a method is rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    StackOverflow,
    StackUnderflow,
    BadStackType {
        index: usize,
        got: VType,
        expected: VType,
    },
    NotReference {
        index: usize,
        got: VType,
    },
    /// An array instruction given something else than its kind of array.
    BadArray {
        op: &'static str,
        index: usize,
        got: VType,
        expected: &'static str,
    },
    SplitWide {
        index: usize,
        got: VType,
    },
    BadLocalIndex(usize),
    BadLocalType {
        index: usize,
        got: VType,
        expected: VType,
    },
    StackSizeMismatch,
    FrameLocalMismatch {
        index: usize,
        got: VType,
        expected: VType,
    },
    FrameStackMismatch {
        index: usize,
        got: VType,
        expected: VType,
    },
    FlagsMismatch,
    BadStackMap(u32),
    BadConstant(u16),
    BadCode,
    IllegalNew,
    BadDimensions,
    BadArgsCount,
    IllegalInternalCall,
    BadInitCall,
    BadInitReceiver {
        index: usize,
        got: VType,
    },
    BadProtectedAccess(&'static str),
    ConstructorReturn,
    ExpectsReturnValue,
    /// A value returned by a void method, or of the wrong type: the value on top of
    /// the stack and the descriptor's return type (`top` for void).
    BadReturn {
        void: bool,
        index: usize,
        got: VType,
        expected: VType,
    },
    /// A frame mismatch where control reaches a branch target.
    AtBranchTarget(u32, Box<Reason>),
    /// A frame mismatch where control falls into an instruction with a frame.
    AtFrame(Box<Reason>),
    AtHandler(u32, Box<Reason>),
    MissingFrameAtTarget(i64),
    /// A branch to no instruction (type inference).
    IllegalTarget,
    MissingFrame,
    FallsOffEnd,
    BadCatchType {
        handler: u32,
        class: String,
        index: u16,
    },
    ArgumentsDontFit,
    InconsistentHeight(u32),
    UnsupportedJsr,
}

impl Reason {
    /// The first line of HotSpot's message for this kind of failure.
    fn headline(&self) -> String {
        use Reason::*;
        match self {
            StackOverflow => "Operand stack overflow".into(),
            StackUnderflow => "Operand stack underflow".into(),
            BadStackType { .. } | NotReference { .. } | SplitWide { .. } => {
                "Bad type on operand stack".into()
            }
            BadArray { op, .. } => format!("Bad type on operand stack in {op}"),
            BadLocalIndex(_) => "Local variable table overflow".into(),
            BadLocalType { .. } => "Bad local variable type".into(),
            StackSizeMismatch
            | FrameLocalMismatch { .. }
            | FrameStackMismatch { .. }
            | FlagsMismatch => "Instruction type does not match stack map".into(),
            BadStackMap(pc) => format!("Invalid stack map frame at bci {pc}"),
            BadConstant(i) => format!("Illegal constant pool index {i}"),
            BadCode => "Bad instruction".into(),
            IllegalNew => "Illegal new instruction".into(),
            BadDimensions => "Illegal dimension in multianewarray instruction".into(),
            BadArgsCount => "Inconsistent args count operand in invokeinterface".into(),
            IllegalInternalCall => "Illegal call to internal method".into(),
            BadInitCall => "Bad <init> method call".into(),
            BadInitReceiver { .. } => "Bad operand type when invoking <init>".into(),
            BadProtectedAccess(op) => format!("Bad access to protected data in {op}"),
            ConstructorReturn => "Constructor must call super() or this() before return".into(),
            ExpectsReturnValue => "Method expects a return value".into(),
            BadReturn { void: true, .. } => "Method does not expect a return value".into(),
            BadReturn { .. } => "Bad return type".into(),
            AtBranchTarget(pc, _) => format!("Inconsistent stackmap frames at branch target {pc}"),
            AtFrame(inner) => inner.headline(),
            AtHandler(pc, _) => {
                format!("Stack map does not match the one at exception handler {pc}")
            }
            MissingFrameAtTarget(pc) => format!("Expecting a stackmap frame at branch target {pc}"),
            MissingFrame => "Expecting a stack map frame".into(),
            IllegalTarget => "Illegal target of jump or branch".into(),
            FallsOffEnd => "Control flow falls through code end".into(),
            BadCatchType { handler, .. } => {
                format!("Catch type is not a subclass of Throwable in exception handler {handler}")
            }
            ArgumentsDontFit => "Arguments can't fit into locals".into(),
            InconsistentHeight(pc) => format!("Inconsistent stack height at bci {pc}"),
            UnsupportedJsr => {
                "jsr and ret are not allowed in class files of version 51 and later".into()
            }
        }
    }

    /// HotSpot's "Reason:" line.
    fn detail(&self) -> String {
        use Reason::*;
        match self {
            StackOverflow => "Exceeded max stack size.".into(),
            StackUnderflow => "Attempt to pop empty stack.".into(),
            BadStackType {
                index,
                got,
                expected,
            } => {
                format!(
                    "Type {got} (current frame, stack[{index}]) is not assignable to {expected}"
                )
            }
            NotReference { index, got } | BadInitReceiver { index, got } => {
                format!(
                    "Type {got} (current frame, stack[{index}]) is not assignable to reference type"
                )
            }
            BadArray {
                index,
                got,
                expected,
                ..
            } => {
                format!(
                    "Type {got} (current frame, stack[{index}]) is not assignable to {expected}"
                )
            }
            SplitWide { index, got } => {
                format!(
                    "Type {got} (current frame, stack[{index}]) is not assignable to category1 type"
                )
            }
            BadLocalIndex(index) => format!("Local index {index} is invalid"),
            BadLocalType {
                index,
                got,
                expected,
            } if expected.is_reference() => {
                format!(
                    "Type {got} (current frame, locals[{index}]) is not assignable to reference type"
                )
            }
            BadLocalType {
                index,
                got,
                expected,
            } => {
                format!(
                    "Type {got} (current frame, locals[{index}]) is not assignable to {expected}"
                )
            }
            StackSizeMismatch => "Current frame's stack size doesn't match stackmap.".into(),
            FrameLocalMismatch {
                index,
                got,
                expected,
            } => format!(
                "Type {got} (current frame, locals[{index}]) is not assignable to {expected} (stack map, locals[{index}])"
            ),
            FrameStackMismatch {
                index,
                got,
                expected,
            } => format!(
                "Type {got} (current frame, stack[{index}]) is not assignable to {expected} (stack map, stack[{index}])"
            ),
            FlagsMismatch => {
                "Current frame's flags are not assignable to stack map frame's.".into()
            }
            BadReturn {
                index,
                got,
                expected,
                ..
            } => format!(
                "Type {got} (current frame, stack[{index}]) is not assignable to {expected} (from method signature)"
            ),
            AtBranchTarget(_, inner) | AtFrame(inner) | AtHandler(_, inner) => inner.detail(),
            MissingFrameAtTarget(_) | MissingFrame => {
                "Expected stackmap frame at this location.".into()
            }
            BadCatchType { class, index, .. } => {
                format!(
                    "Type '{class}' (constant pool {index}) is not assignable to 'java/lang/Throwable'"
                )
            }
            _ => "Error exists in the bytecode".into(),
        }
    }

    /// Whether HotSpot shows the type state with this failure.
    fn shows_frame(&self) -> bool {
        use Reason::*;
        match self {
            AtBranchTarget(_, inner) | AtFrame(inner) | AtHandler(_, inner) => inner.shows_frame(),
            StackOverflow
            | StackUnderflow
            | BadStackType { .. }
            | NotReference { .. }
            | BadArray { .. }
            | SplitWide { .. }
            | BadLocalType { .. }
            | StackSizeMismatch
            | FrameLocalMismatch { .. }
            | FrameStackMismatch { .. }
            | FlagsMismatch
            | BadInitReceiver { .. }
            | BadReturn { .. } => true,
            _ => false,
        }
    }

    /// The pc of the stack map frame a mismatch is about.
    fn frame_target(&self) -> Option<u32> {
        match self {
            Reason::AtBranchTarget(pc, _) | Reason::AtHandler(pc, _) => Some(*pc),
            _ => None,
        }
    }

    /// The message of the verifier for old class files (before version 50).
    fn old_style(&self) -> String {
        use Reason::*;
        match self {
            BadStackType { expected, .. } => match expected {
                VType::Int => "Expecting to find integer on stack".into(),
                VType::Float => "Expecting to find float on stack".into(),
                VType::Long => "Expecting to find long on stack".into(),
                VType::Double => "Expecting to find double on stack".into(),
                _ => "Expecting to find object/array on stack".into(),
            },
            NotReference { .. } | BadInitReceiver { .. } => {
                "Expecting to find object/array on stack".into()
            }
            BadArray { .. } => "Expecting to find array on stack".into(),
            StackOverflow => "Stack size too large".into(),
            StackUnderflow => "Unable to pop operand off an empty stack".into(),
            BadLocalType {
                index,
                got: VType::Top,
                ..
            } => {
                format!("Accessing value from uninitialized register {index}")
            }
            BadLocalType { index, .. } => format!("Register {index} contains wrong type"),
            BadLocalIndex(index) => format!("Illegal local variable number {index}"),
            FallsOffEnd => "Falling off the end of the code".into(),
            InconsistentHeight(_) => "Inconsistent stack height".into(),
            BadReturn { .. } | ExpectsReturnValue => "Wrong return type in function".into(),
            ConstructorReturn => "Constructor must call super() or this()".into(),
            other => other.headline(),
        }
    }
}

/// Why verification stopped: a rejected method, or a class the hierarchy could
/// not provide.
#[derive(Debug)]
pub enum Fail<E> {
    Reject(Reason),
    Load(E),
}

impl<E> From<Reason> for Fail<E> {
    fn from(r: Reason) -> Self {
        Fail::Reject(r)
    }
}

/// A method that failed verification: HotSpot's `VerifyError` message.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifyError {
    pub reason: Reason,
    pub class: String,
    pub method: String,
    pub descriptor: String,
    pub major_version: u16,
    /// Where the failure is reported, and that instruction's mnemonic.
    pub bci: Option<u32>,
    pub mnemonic: &'static str,
    /// The type state before the failing instruction, and where that is.
    pub frame: Option<(u32, Frame)>,
    /// The stack map frame a mismatch was found against.
    pub stack_map_frame: Option<(u32, Frame)>,
    pub code: Vec<u8>,
    pub handlers: Vec<ExceptionHandler>,
    /// The method's StackMapTable, as HotSpot prints it.
    pub stack_map: Vec<String>,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.major_version < 50 {
            let (class, method, descriptor) = (&self.class, &self.method, &self.descriptor);
            return write!(
                f,
                "(class: {class}, method: {method} signature: {descriptor}) {}",
                self.reason.old_style()
            );
        }
        writeln!(f, "{}", self.reason.headline())?;
        writeln!(f, "Exception Details:\n  Location:")?;
        write!(f, "    {}.{}{}", self.class, self.method, self.descriptor)?;
        match self.bci {
            Some(bci) => writeln!(f, " @{bci}: {}", self.mnemonic)?,
            None => writeln!(f)?,
        }
        writeln!(f, "  Reason:\n    {}", self.reason.detail())?;
        if self.reason.shows_frame() {
            if let Some((pc, frame)) = &self.frame {
                write!(f, "  Current Frame:\n{}", frame.describe(*pc))?;
            }
            if let Some((pc, frame)) = &self.stack_map_frame {
                write!(f, "  Stackmap Frame:\n{}", frame.describe(*pc))?;
            }
        }
        write!(f, "  Bytecode:")?;
        for (line, chunk) in self.code.chunks(16).enumerate() {
            let mut hex = String::new();
            for (i, pair) in chunk.chunks(2).enumerate() {
                if i > 0 {
                    hex.push(' ');
                }
                for b in pair {
                    hex.push_str(&format!("{b:02x}"));
                }
            }
            write!(f, "\n    {:07x}: {hex:<39}", line * 16)?;
        }
        writeln!(f)?;
        if !self.handlers.is_empty() {
            writeln!(f, "  Exception Handler Table:")?;
            for h in &self.handlers {
                writeln!(
                    f,
                    "    bci [{}, {}] => handler: {}",
                    h.start_pc, h.end_pc, h.handler_pc
                )?;
            }
        }
        if !self.stack_map.is_empty() {
            writeln!(f, "  Stackmap Table:")?;
            for line in &self.stack_map {
                writeln!(f, "    {line}")?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for VerifyError {}

/// Why a class was not verified.
#[derive(Debug)]
pub enum Error<E> {
    Verify(Box<VerifyError>),
    Load(E),
}

/// The parts of a class the verifier reads.
#[derive(Clone, Copy)]
pub struct ClassView<'a> {
    pub name: &'a str,
    pub super_name: Option<&'a str>,
    pub major_version: u16,
    pub constant_pool: &'a ConstantPool,
}

/// The parts of a method the verifier reads.
#[derive(Clone, Copy)]
pub struct MethodView<'a> {
    pub name: &'a str,
    pub descriptor: &'a str,
    pub access_flags: u16,
    pub code: &'a Code,
}

impl MethodView<'_> {
    pub fn is_static(&self) -> bool {
        self.access_flags & crate::access::STATIC != 0
    }
}

/// Verifies every method of `class`.
pub fn verify_class<H: Hierarchy>(class: &ClassFile, h: &H) -> Result<(), Error<H::Error>> {
    let view = ClassView {
        name: &class.name,
        super_name: class.super_name.as_deref(),
        major_version: class.major_version,
        constant_pool: &class.constant_pool,
    };
    for method in &class.methods {
        let Some(code) = method.code() else { continue };
        let m = MethodView {
            name: &method.name,
            descriptor: &method.descriptor,
            access_flags: method.access_flags,
            code,
        };
        verify_method(&view, &m, h)?;
    }
    Ok(())
}

/// Verifies the code of one method.
pub fn verify_method<H: Hierarchy>(
    class: &ClassView,
    method: &MethodView,
    h: &H,
) -> Result<(), Error<H::Error>> {
    let run = |inference: bool| {
        let mut m = check::MethodCheck::new(class, method, h);
        let result = if inference { m.infer() } else { m.check() };
        result.map_err(|(fail, at)| match fail {
            Fail::Load(e) => Error::Load(e),
            Fail::Reject(reason) => Error::Verify(Box::new(m.error(reason, at))),
        })
    };
    match class.major_version {
        ..50 => run(true),
        50 => run(false).or_else(|first| run(true).map_err(|_| first)),
        _ => run(false),
    }
}

#[cfg(test)]
mod tests;
