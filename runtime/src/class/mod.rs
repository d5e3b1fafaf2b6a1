//! Class metadata: what the VM knows about a loaded class, array class or primitive
//! type once it is linked.
//!
//! A `Class` is created once, leaked, and never moved or freed (class unloading is
//! out of scope), so the interpreter, natives and compiled code hold plain
//! `&'static Class` and `&'static Method` references. State that changes after
//! linking (initialization, the constant-pool cache, the mirror) uses atomics and
//! `OnceLock`, so a `Class` can be shared by every Java thread.

mod field;
mod method;

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, AtomicU64, AtomicUsize, Ordering};

use rjava_classfile::ConstantPool;
use rjava_classfile::access;
use rjava_classfile::attributes::BootstrapMethod;

pub use field::Field;
pub use method::{JitState, Method};

use crate::object::Ref;
use crate::types::BasicType;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassKind {
    Instance,
    Array {
        component: &'static Class,
        element: BasicType,
    },
    Primitive(BasicType),
    /// `void.class` (`Void.TYPE`).
    Void,
}

/// Class initialization state (JVM spec §5.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum InitState {
    Uninitialized = 0,
    BeingInitialized = 1,
    Initialized = 2,
    /// `<clinit>` threw: later uses raise `NoClassDefFoundError`.
    Erroneous = 3,
}

/// A constant-pool entry after resolution, cached per class.
#[derive(Clone, Copy)]
pub enum Resolved {
    Class(&'static Class),
    Field(&'static Field),
    Method(&'static Method),
    String(Ref),
    /// An execution engine's linkage of an `invokedynamic` call site.
    CallSite(&'static (dyn std::any::Any + Send + Sync)),
}

impl std::fmt::Debug for Resolved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Resolved::Class(c) => write!(f, "Class({})", c.name),
            Resolved::Field(x) => write!(f, "Field({x:?})"),
            Resolved::Method(m) => write!(f, "Method({m:?})"),
            Resolved::String(r) => write!(f, "String({r:?})"),
            Resolved::CallSite(_) => f.write_str("CallSite"),
        }
    }
}

/// An interface a class implements, with the class's implementation of each of the
/// interface's methods (by the interface method's `itable_index`).
pub struct ItableEntry {
    pub interface: &'static Class,
    pub methods: Box<[Option<&'static Method>]>,
}

pub struct Class {
    /// Position in the loader's table of classes (primitives keep `u32::MAX`).
    pub id: std::sync::atomic::AtomicU32,
    /// Internal name: `java/lang/String`, `[I`, or a primitive's name (`int`).
    pub name: Box<str>,
    pub access_flags: u16,
    pub kind: ClassKind,
    pub super_class: Option<&'static Class>,
    /// Direct superinterfaces.
    pub interfaces: Box<[&'static Class]>,
    pub fields: Box<[Field]>,
    pub methods: Box<[Method]>,
    /// Bytes per instance, header included.
    pub instance_size: u32,
    /// Offsets of every reference field of an instance, inherited ones included.
    pub reference_offsets: Box<[u32]>,
    pub static_slots: Box<[AtomicU64]>,
    pub constant_pool: ConstantPool,
    pub cp_cache: Box<[OnceLock<Resolved>]>,
    pub bootstrap_methods: Box<[BootstrapMethod]>,
    pub source_file: Option<Box<str>>,
    /// The simple name javac recorded (InnerClasses), `Some("")` for anonymous classes.
    pub inner_simple_name: Option<Box<str>>,
    /// The class this one is a member of (InnerClasses' outer class), by name.
    pub declaring_class: Option<Box<str>>,
    /// The class enclosing a local or anonymous class (EnclosingMethod), by name.
    pub enclosing_class: Option<Box<str>>,
    /// The nest host (NestHost attribute), by name; `None` when the class is its own.
    pub nest_host: Option<Box<str>>,
    /// Loaded from rjava's own class library (shown as `java.base/` in stack traces).
    pub is_library: bool,
    /// The class file's major version (which verifier applies).
    pub major_version: u16,
    /// The outcome of bytecode verification, once the class was linked.
    pub(crate) verified: OnceLock<Result<(), crate::loader::LoadError>>,
    pub(crate) vtable: OnceLock<Box<[&'static Method]>>,
    /// The vtable's address and length once it is set, for compiled code's inline
    /// dispatch (a load and a compare instead of a call into the runtime).
    vtable_address: AtomicUsize,
    vtable_length: AtomicUsize,
    pub(crate) itable: OnceLock<Box<[ItableEntry]>>,
    /// Every interface this class implements, transitively (itself if an interface).
    pub(crate) all_interfaces: OnceLock<Box<[&'static Class]>>,
    init_state: AtomicU8,
    /// Engine data of a class the VM synthesized (a lambda's implementation).
    pub synthetic: OnceLock<Box<dyn std::any::Any + Send + Sync>>,
    pub mirror: OnceLock<Ref>,
    pub(crate) array_class: OnceLock<&'static Class>,
}

/// Among interface methods with one name and descriptor, the non-abstract one whose
/// interface extends the interfaces of all the other non-abstract ones (§5.4.3.3's
/// maximally-specific superinterface method), if there is exactly such a one.
pub(crate) fn most_specific(candidates: &[&'static Method]) -> Option<&'static Method> {
    let concrete: Vec<&'static Method> = candidates
        .iter()
        .copied()
        .filter(|m| !m.is_abstract())
        .collect();
    concrete
        .iter()
        .copied()
        .find(|m| {
            concrete
                .iter()
                .all(|o| std::ptr::eq(*o, *m) || m.owner().implements(o.owner()))
        })
        .or_else(|| concrete.first().copied())
}

impl std::fmt::Debug for Class {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Class({})", self.name)
    }
}

/// Classes are unique: equality is identity.
impl PartialEq for Class {
    fn eq(&self, other: &Class) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for Class {}

impl Class {
    /// A class with no members (arrays, primitives) or the shell of one being loaded.
    pub(crate) fn bare(name: &str, access_flags: u16, kind: ClassKind) -> Class {
        Class {
            id: std::sync::atomic::AtomicU32::new(u32::MAX),
            name: name.into(),
            access_flags,
            kind,
            super_class: None,
            interfaces: Box::new([]),
            fields: Box::new([]),
            methods: Box::new([]),
            instance_size: crate::object::HEADER_SIZE,
            reference_offsets: Box::new([]),
            static_slots: Box::new([]),
            constant_pool: ConstantPool::default(),
            cp_cache: Box::new([]),
            bootstrap_methods: Box::new([]),
            source_file: None,
            inner_simple_name: None,
            declaring_class: None,
            enclosing_class: None,
            nest_host: None,
            is_library: true,
            major_version: 0,
            verified: OnceLock::new(),
            vtable: OnceLock::new(),
            vtable_address: AtomicUsize::new(0),
            vtable_length: AtomicUsize::new(0),
            itable: OnceLock::new(),
            all_interfaces: OnceLock::new(),
            init_state: AtomicU8::new(InitState::Initialized as u8),
            synthetic: OnceLock::new(),
            mirror: OnceLock::new(),
            array_class: OnceLock::new(),
        }
    }

    pub(crate) fn set_init_state_raw(&self, s: InitState) {
        self.init_state.store(s as u8, Ordering::Release);
    }

    pub fn init_state(&self) -> InitState {
        match self.init_state.load(Ordering::Acquire) {
            0 => InitState::Uninitialized,
            1 => InitState::BeingInitialized,
            2 => InitState::Initialized,
            _ => InitState::Erroneous,
        }
    }

    pub fn set_init_state(&self, s: InitState) {
        self.set_init_state_raw(s)
    }

    #[inline]
    pub fn is_initialized(&self) -> bool {
        self.init_state.load(Ordering::Acquire) == InitState::Initialized as u8
    }

    #[inline]
    pub fn is_interface(&self) -> bool {
        self.access_flags & access::INTERFACE != 0
    }

    pub fn is_abstract(&self) -> bool {
        self.access_flags & access::ABSTRACT != 0
    }

    pub fn is_final(&self) -> bool {
        self.access_flags & access::FINAL != 0
    }

    pub fn is_array(&self) -> bool {
        matches!(self.kind, ClassKind::Array { .. })
    }

    pub fn is_primitive(&self) -> bool {
        matches!(self.kind, ClassKind::Primitive(_) | ClassKind::Void)
    }

    /// `java.lang.String` for `java/lang/String`; `[I` and `[Ljava.lang.String;` for
    /// arrays, as `Class.getName` spells them.
    pub fn java_name(&self) -> String {
        self.name.replace('/', ".")
    }

    #[inline]
    pub fn vtable(&self) -> &[&'static Method] {
        self.vtable.get().map_or(&[], |v| v)
    }

    /// Offsets of the vtable's address and length (words; 0 until linked).
    pub const VTABLE_ADDRESS_OFFSET: usize = std::mem::offset_of!(Class, vtable_address);
    pub const VTABLE_LENGTH_OFFSET: usize = std::mem::offset_of!(Class, vtable_length);

    /// Sets the vtable when the class is linked (once; later calls do nothing).
    pub(crate) fn set_vtable(&self, vtable: Box<[&'static Method]>) {
        if self.vtable.set(vtable).is_ok() {
            let table = self.vtable();
            // Address first: compiled code reads the length, and the address only
            // for an index below it.
            self.vtable_address
                .store(table.as_ptr() as usize, Ordering::Release);
            self.vtable_length.store(table.len(), Ordering::Release);
        }
    }

    pub fn itable(&self) -> &[ItableEntry] {
        self.itable.get().map_or(&[], |v| v)
    }

    pub fn all_interfaces(&self) -> &[&'static Class] {
        self.all_interfaces.get().map_or(&[], |v| v)
    }

    /// The element size of an array class.
    pub fn array_element_size(&self) -> Option<u32> {
        match self.kind {
            ClassKind::Array { element, .. } => Some(element.size()),
            _ => None,
        }
    }

    pub fn array_element_type(&self) -> Option<BasicType> {
        match self.kind {
            ClassKind::Array { element, .. } => Some(element),
            _ => None,
        }
    }

    pub fn component(&self) -> Option<&'static Class> {
        match self.kind {
            ClassKind::Array { component, .. } => Some(component),
            _ => None,
        }
    }

    /// This class or one of its superclasses is `other`.
    pub fn is_subclass_of(&self, other: &Class) -> bool {
        let mut c = Some(self);
        while let Some(k) = c {
            if std::ptr::eq(k, other) {
                return true;
            }
            c = k.super_class;
        }
        false
    }

    pub fn implements(&self, interface: &Class) -> bool {
        self.all_interfaces()
            .iter()
            .any(|i| std::ptr::eq(*i, interface))
    }

    /// Whether a value of this class may be used where `target` is expected
    /// (the rules of `checkcast`, `instanceof` and `aastore`, JVM spec §6.5).
    pub fn is_assignable_to(&self, target: &Class) -> bool {
        if std::ptr::eq(self, target) {
            return true;
        }
        match (self.kind, target.kind) {
            (
                ClassKind::Array {
                    component: sc,
                    element: se,
                },
                ClassKind::Array {
                    component: tc,
                    element: te,
                },
            ) => {
                if se.is_reference() && te.is_reference() {
                    sc.is_assignable_to(tc)
                } else {
                    std::ptr::eq(sc, tc)
                }
            }
            (ClassKind::Array { .. }, _) => {
                if target.is_interface() {
                    &*target.name == "java/lang/Cloneable"
                        || &*target.name == "java/io/Serializable"
                } else {
                    &*target.name == "java/lang/Object"
                }
            }
            (_, ClassKind::Array { .. }) => false,
            _ if target.is_interface() => self.implements(target),
            _ if self.is_interface() => &*target.name == "java/lang/Object",
            _ => self.is_subclass_of(target),
        }
    }

    /// A field declared by this class.
    pub fn declared_field(&self, name: &str, descriptor: &str) -> Option<&Field> {
        self.fields
            .iter()
            .find(|f| &*f.name == name && &*f.descriptor == descriptor)
    }

    /// Field resolution (JVM spec §5.4.3.2): this class, its superinterfaces, then
    /// its superclass, recursively.
    pub fn resolve_field(&'static self, name: &str, descriptor: &str) -> Option<&'static Field> {
        if let Some(f) = self
            .fields
            .iter()
            .find(|f| &*f.name == name && &*f.descriptor == descriptor)
        {
            return Some(f);
        }
        for i in self.interfaces.iter() {
            if let Some(f) = i.resolve_field(name, descriptor) {
                return Some(f);
            }
        }
        self.super_class?.resolve_field(name, descriptor)
    }

    pub fn declared_method(&'static self, name: &str, descriptor: &str) -> Option<&'static Method> {
        self.methods
            .iter()
            .find(|m| &*m.name == name && &*m.descriptor == descriptor)
    }

    /// Method resolution (JVM spec §5.4.3.3): the class and its superclasses, then
    /// the maximally specific superinterface method (a non-abstract one first).
    pub fn resolve_method(&'static self, name: &str, descriptor: &str) -> Option<&'static Method> {
        let mut c = Some(self);
        while let Some(k) = c {
            if let Some(m) = k.declared_method(name, descriptor) {
                return Some(m);
            }
            c = k.super_class;
        }
        self.resolve_interface_method_in_supers(name, descriptor)
    }

    /// Interface method resolution (§5.4.3.4): the interface, then Object's public
    /// methods, then superinterfaces.
    pub fn resolve_interface_method(
        &'static self,
        name: &str,
        descriptor: &str,
    ) -> Option<&'static Method> {
        if let Some(m) = self.declared_method(name, descriptor) {
            return Some(m);
        }
        let mut object = self.super_class;
        while let Some(o) = object {
            if let Some(m) = o
                .declared_method(name, descriptor)
                .filter(|m| !m.is_static() && m.access_flags & access::PUBLIC != 0)
            {
                return Some(m);
            }
            object = o.super_class;
        }
        self.resolve_interface_method_in_supers(name, descriptor)
    }

    fn resolve_interface_method_in_supers(
        &'static self,
        name: &str,
        descriptor: &str,
    ) -> Option<&'static Method> {
        let candidates: Vec<&'static Method> = self
            .all_interfaces()
            .iter()
            .filter_map(|i| i.declared_method(name, descriptor))
            .filter(|m| !m.is_static() && !m.is_private())
            .collect();
        most_specific(&candidates).or_else(|| candidates.first().copied())
    }

    /// The method `invokevirtual`/`invokeinterface` runs for a receiver of this class:
    /// the most specific override, or a default method from an interface.
    pub fn select_method(&'static self, resolved: &'static Method) -> Option<&'static Method> {
        if let Some(index) = resolved.vtable_index()
            && !resolved.owner().is_interface()
        {
            return self.vtable().get(index).copied();
        }
        if let Some(index) = resolved.itable_index() {
            let iface = resolved.owner();
            let entry = self
                .itable()
                .iter()
                .find(|e| std::ptr::eq(e.interface, iface))?;
            return entry.methods.get(index).copied().flatten();
        }
        // Private and other non-dispatched methods run as resolved.
        Some(resolved)
    }

    #[inline]
    pub fn static_slot(&self, index: u32) -> &AtomicU64 {
        &self.static_slots[index as usize]
    }

    /// The cached resolution of constant-pool entry `index`, if done already.
    #[inline]
    pub fn resolved(&self, index: u16) -> Option<Resolved> {
        self.cp_cache.get(index as usize)?.get().copied()
    }

    pub fn cache_resolved(&self, index: u16, value: Resolved) -> Resolved {
        match self.cp_cache.get(index as usize) {
            Some(slot) => *slot.get_or_init(|| value),
            None => value,
        }
    }

    /// The class of arrays whose elements are this class, if created already.
    pub fn array_class(&self) -> Option<&'static Class> {
        self.array_class.get().copied()
    }
}
