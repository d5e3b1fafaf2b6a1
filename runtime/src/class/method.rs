//! Method metadata: descriptor, flags, code, dispatch indexes and the per-method
//! state that execution engines attach (prepared code, native binding, counters).

use std::any::Any;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, AtomicU32, AtomicUsize, Ordering};

use rjava_classfile::{Code, MethodDescriptor, ReferenceMap, access};

use super::Class;
use crate::native::NativeFn;
use crate::types::BasicType;

/// Where a method stands with the JIT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum JitState {
    /// Not compiled (yet): the interpreter runs it and counts.
    Interpreted = 0,
    /// `jit_entry` holds its machine code.
    Compiled = 1,
    /// The JIT cannot compile it; it stays interpreted.
    NotCompilable = 2,
    /// Waiting for (or in) a background compilation; the interpreter runs it
    /// meanwhile.
    Queued = 3,
}

pub struct Method {
    pub name: Box<str>,
    pub descriptor: Box<str>,
    pub signature: MethodDescriptor,
    pub access_flags: u16,
    /// Argument slots, including `this` for instance methods.
    pub arg_slots: u16,
    pub return_type: Option<BasicType>,
    pub code: Option<Code>,
    pub(crate) owner: OnceLock<&'static Class>,
    pub(crate) vtable_index: AtomicU32,
    /// Position in the declaring interface's method table (interfaces only).
    pub(crate) itable_index: AtomicU32,
    /// The native implementation, bound on first call.
    pub native: OnceLock<NativeFn>,
    /// The interpreter's pre-decoded form of `code`, made on first call.
    pub prepared: OnceLock<Box<dyn Any + Send + Sync>>,
    pub invocations: AtomicU32,
    /// Loop back-edges taken in the interpreter (with `invocations`, what makes a
    /// method hot).
    pub backedges: AtomicU32,
    /// The JIT's state for this method (`JitState`) and, once compiled, the address
    /// of its machine code (only the JIT crate calls it).
    pub jit_state: AtomicU8,
    pub jit_entry: AtomicUsize,
    /// The entry compiled callers may call directly (0: go through the runtime;
    /// synchronized methods, which lock in the JIT's `run`, keep it 0).
    pub direct_entry: AtomicUsize,
    /// Compilations tried and failed (a method that refers to classes not loaded
    /// yet is tried again a few times).
    pub jit_attempts: AtomicU8,
    /// Which slots hold references at each instruction, computed the first time a
    /// collection finds the method on a stack (`None` if the code cannot be analysed).
    reference_map: OnceLock<Option<ReferenceMap>>,
}

const NONE: u32 = u32::MAX;

impl Method {
    pub(crate) fn new(
        name: &str,
        descriptor: &str,
        signature: MethodDescriptor,
        access_flags: u16,
        code: Option<Code>,
    ) -> Method {
        let this = u16::from(access_flags & access::STATIC == 0);
        let arg_slots = signature.param_slots() as u16 + this;
        let return_type = signature.ret.as_ref().map(BasicType::of);
        Method {
            name: name.into(),
            descriptor: descriptor.into(),
            signature,
            access_flags,
            arg_slots,
            return_type,
            code,
            owner: OnceLock::new(),
            vtable_index: AtomicU32::new(NONE),
            itable_index: AtomicU32::new(NONE),
            native: OnceLock::new(),
            prepared: OnceLock::new(),
            invocations: AtomicU32::new(0),
            backedges: AtomicU32::new(0),
            jit_state: AtomicU8::new(JitState::Interpreted as u8),
            jit_attempts: AtomicU8::new(0),
            jit_entry: AtomicUsize::new(0),
            direct_entry: AtomicUsize::new(0),
            reference_map: OnceLock::new(),
        }
    }

    #[inline]
    pub fn jit_state(&self) -> JitState {
        match self.jit_state.load(Ordering::Acquire) {
            1 => JitState::Compiled,
            2 => JitState::NotCompilable,
            3 => JitState::Queued,
            _ => JitState::Interpreted,
        }
    }

    #[inline]
    pub fn owner(&self) -> &'static Class {
        self.owner
            .get()
            .expect("method owner is set when its class is created")
    }

    /// The collector's map of reference slots (for methods with code).
    pub fn reference_map(&self) -> Option<&ReferenceMap> {
        self.reference_map
            .get_or_init(|| {
                let code = self.code.as_ref()?;
                ReferenceMap::compute(
                    &self.owner().constant_pool,
                    code,
                    self.is_static(),
                    &self.signature,
                )
                .ok()
            })
            .as_ref()
    }

    #[inline]
    pub fn is_static(&self) -> bool {
        self.access_flags & access::STATIC != 0
    }

    #[inline]
    pub fn is_native(&self) -> bool {
        self.access_flags & access::NATIVE != 0
    }

    pub fn is_abstract(&self) -> bool {
        self.access_flags & access::ABSTRACT != 0
    }

    pub fn is_final(&self) -> bool {
        self.access_flags & access::FINAL != 0
    }

    pub fn is_private(&self) -> bool {
        self.access_flags & access::PRIVATE != 0
    }

    #[inline]
    pub fn is_synchronized(&self) -> bool {
        self.access_flags & access::SYNCHRONIZED != 0
    }

    #[inline]
    pub fn vtable_index(&self) -> Option<usize> {
        match self.vtable_index.load(Ordering::Relaxed) {
            NONE => None,
            i => Some(i as usize),
        }
    }

    pub fn itable_index(&self) -> Option<usize> {
        match self.itable_index.load(Ordering::Relaxed) {
            NONE => None,
            i => Some(i as usize),
        }
    }

    /// The source line of bytecode offset `pc`, from the LineNumberTable.
    pub fn line_number(&self, pc: u32) -> Option<u16> {
        self.code
            .as_ref()?
            .line_number_at(pc.min(u16::MAX as u32) as u16)
    }

    /// `Class.method` in Java spelling, for messages.
    pub fn java_name(&self) -> String {
        format!("{}.{}", self.owner().java_name(), self.name)
    }
}

impl std::fmt::Debug for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}{}", self.owner().name, self.name, self.descriptor)
    }
}
