//! The bootstrap class loader: finds class files (rjava's embedded class library
//! first, then the user's class path), defines and links classes, and makes array
//! and primitive classes on demand.
//!
//! Each class is defined once; its superclass and interfaces are loaded first, so a
//! `&'static Class` always has linked supertypes. Circular hierarchies are detected
//! with the set of classes being loaded and reported as `ClassCircularityError`.

mod link;
mod verify;

use std::collections::HashMap;
use std::io::{Cursor, Read};
use std::sync::{Mutex, OnceLock};

use rjava_classfile::{AttributeInfo, ClassFile, FieldType, MethodDescriptor, access, find_attr};
use thiserror::Error;

use crate::class::{Class, ClassKind, Field, InitState, Method};
use crate::classpath::{ClassPath, ClassPathError};
use crate::types::BasicType;

/// Why a class could not be loaded, as the Java error the VM will throw.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum LoadError {
    #[error("java.lang.NoClassDefFoundError: {0}")]
    NoClassDefFound(String),
    #[error("java.lang.ClassFormatError: {0}")]
    ClassFormat(String),
    #[error("java.lang.ClassCircularityError: {0}")]
    Circularity(String),
    #[error("java.lang.IncompatibleClassChangeError: {0}")]
    IncompatibleClassChange(String),
    #[error("java.lang.VerifyError: {0}")]
    Verify(String),
    #[error("java.lang.UnsupportedClassVersionError: {0}")]
    UnsupportedVersion(String),
}

impl LoadError {
    /// The internal name of the Java error class.
    pub fn java_class(&self) -> &'static str {
        match self {
            LoadError::NoClassDefFound(_) => "java/lang/NoClassDefFoundError",
            LoadError::ClassFormat(_) => "java/lang/ClassFormatError",
            LoadError::Circularity(_) => "java/lang/ClassCircularityError",
            LoadError::IncompatibleClassChange(_) => "java/lang/IncompatibleClassChangeError",
            LoadError::Verify(_) => "java/lang/VerifyError",
            LoadError::UnsupportedVersion(_) => "java/lang/UnsupportedClassVersionError",
        }
    }

    pub fn message(&self) -> &str {
        match self {
            LoadError::NoClassDefFound(m)
            | LoadError::ClassFormat(m)
            | LoadError::Circularity(m)
            | LoadError::IncompatibleClassChange(m)
            | LoadError::Verify(m)
            | LoadError::UnsupportedVersion(m) => m,
        }
    }
}

/// The embedded class library: a jar image in memory.
struct Library {
    archive: Mutex<zip::ZipArchive<Cursor<&'static [u8]>>>,
}

impl Library {
    fn read(&self, name: &str) -> Option<Vec<u8>> {
        let mut archive = self.archive.lock().unwrap_or_else(|e| e.into_inner());
        let mut entry = archive.by_name(&format!("{name}.class")).ok()?;
        let mut bytes = Vec::with_capacity(entry.size() as usize);
        entry.read_to_end(&mut bytes).ok()?;
        Some(bytes)
    }
}

pub struct Loader {
    classes: Mutex<HashMap<Box<str>, &'static Class>>,
    /// Every class by its id (`Class::id`), for compact references such as backtraces.
    by_id: Mutex<Vec<&'static Class>>,
    /// Names being loaded right now, to detect circular hierarchies.
    loading: Mutex<Vec<Box<str>>>,
    library: Option<Library>,
    class_path: ClassPath,
    primitives: OnceLock<Box<[&'static Class]>>,
    void: OnceLock<&'static Class>,
}

const PRIMITIVES: [BasicType; 8] = [
    BasicType::Boolean,
    BasicType::Byte,
    BasicType::Char,
    BasicType::Short,
    BasicType::Int,
    BasicType::Float,
    BasicType::Long,
    BasicType::Double,
];

/// How deep loading a class may nest the loading of its supertypes: far beyond
/// any real hierarchy, well within the native stack.
const MAX_LOADING_DEPTH: usize = 2048;

/// The field the VM adds to `java.lang.Class`: the address of the class's metadata.
pub const VM_CLASS_FIELD: &str = "vmClass";

fn leak<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

impl Loader {
    /// `library` is the class library as a jar image (stored or deflated entries).
    pub fn new(library: Option<&'static [u8]>, class_path: ClassPath) -> Result<Loader, String> {
        let library = match library {
            Some(bytes) => {
                let archive = zip::ZipArchive::new(Cursor::new(bytes))
                    .map_err(|e| format!("the embedded class library is corrupt: {e}"))?;
                Some(Library {
                    archive: Mutex::new(archive),
                })
            }
            None => None,
        };
        Ok(Loader {
            classes: Mutex::new(HashMap::new()),
            by_id: Mutex::new(Vec::new()),
            loading: Mutex::new(Vec::new()),
            library,
            class_path,
            primitives: OnceLock::new(),
            void: OnceLock::new(),
        })
    }

    fn lookup(&self, name: &str) -> Option<&'static Class> {
        self.classes
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(name)
            .copied()
    }

    fn register(&self, class: &'static Class) -> &'static Class {
        let mut classes = self.classes.lock().unwrap_or_else(|e| e.into_inner());
        let registered = *classes.entry(class.name.clone()).or_insert(class);
        if std::ptr::eq(registered, class) {
            let mut by_id = self.by_id.lock().unwrap_or_else(|e| e.into_inner());
            class
                .id
                .store(by_id.len() as u32, std::sync::atomic::Ordering::Relaxed);
            by_id.push(class);
        }
        registered
    }

    /// Calls `f` for every class the VM knows: loaded classes and interfaces, array
    /// classes, and the primitive classes made so far.
    pub fn for_each_class(&self, mut f: impl FnMut(&'static Class)) {
        let classes: Vec<&'static Class> =
            self.by_id.lock().unwrap_or_else(|e| e.into_inner()).clone();
        classes.into_iter().for_each(&mut f);
        self.primitives
            .get()
            .into_iter()
            .flatten()
            .for_each(|c| f(c));
        self.void.get().into_iter().for_each(|c| f(c));
    }

    /// The class with this id.
    pub fn by_id(&self, id: u32) -> Option<&'static Class> {
        self.by_id
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(id as usize)
            .copied()
    }

    /// The class with this name if it is loaded already (never loads anything).
    pub fn loaded(&self, name: &str) -> Option<&'static Class> {
        self.lookup(name)
    }

    /// Classes defined so far (for tools and tests).
    pub fn loaded_count(&self) -> usize {
        self.classes.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// The primitive class for `int`, `long`... (the `TYPE` of each box class).
    pub fn primitive(&self, ty: BasicType) -> &'static Class {
        let all = self.primitives.get_or_init(|| {
            PRIMITIVES
                .iter()
                .map(|&t| {
                    leak(Class::bare(
                        t.java_name(),
                        access::PUBLIC | access::FINAL | access::ABSTRACT,
                        ClassKind::Primitive(t),
                    ))
                })
                .collect()
        });
        let i = PRIMITIVES.iter().position(|&t| t == ty).unwrap_or(4);
        all[i]
    }

    /// The primitive class named `int`, `boolean`... (`Class.getPrimitiveClass`).
    pub fn primitive_named(&self, name: &str) -> Option<&'static Class> {
        match name {
            "void" => Some(self.void_class()),
            _ => PRIMITIVES
                .iter()
                .find(|t| t.java_name() == name)
                .map(|&t| self.primitive(t)),
        }
    }

    /// `void.class`.
    pub fn void_class(&self) -> &'static Class {
        self.void.get_or_init(|| {
            leak(Class::bare(
                "void",
                access::PUBLIC | access::FINAL | access::ABSTRACT,
                ClassKind::Void,
            ))
        })
    }

    /// Loads (or finds) the class, interface or array class with this internal name.
    pub fn load(&self, name: &str) -> Result<&'static Class, LoadError> {
        if let Some(c) = self.lookup(name) {
            return Ok(c);
        }
        if name.starts_with('[') {
            let t = FieldType::parse(name)
                .ok_or_else(|| LoadError::NoClassDefFound(name.to_string()))?;
            return self.array_of_type(&t);
        }
        {
            let mut loading = self.loading.lock().unwrap_or_else(|e| e.into_inner());
            if loading.iter().any(|n| &**n == name) {
                return Err(LoadError::Circularity(name.replace('/', ".")));
            }
            // Each nested load (superclass, interfaces) recurses on the native stack.
            if loading.len() >= MAX_LOADING_DEPTH {
                return Err(LoadError::NoClassDefFound(format!(
                    "{name} (more than {MAX_LOADING_DEPTH} supertypes loaded inside one another)"
                )));
            }
            loading.push(name.into());
        }
        let result = self.find_and_define(name);
        self.loading
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|n| &**n != name);
        result
    }

    fn find_and_define(&self, name: &str) -> Result<&'static Class, LoadError> {
        let from_library = self.library.as_ref().and_then(|l| l.read(name));
        let is_library = from_library.is_some();
        let bytes = match from_library {
            Some(b) => b,
            None => match self.class_path.find(name) {
                Ok(found) => found.bytes,
                Err(ClassPathError::NotFound(_)) => {
                    return Err(LoadError::NoClassDefFound(name.to_string()));
                }
                Err(e) => return Err(LoadError::NoClassDefFound(format!("{name} ({e})"))),
            },
        };
        // The library's classes are format-checked by its tests, not at every start.
        let parse = if is_library {
            ClassFile::parse_trusted
        } else {
            ClassFile::parse
        };
        let class_file = parse(&bytes).map_err(|e| match e.kind {
            rjava_classfile::FormatErrorKind::UnsupportedVersion { major, minor } => LoadError::UnsupportedVersion(format!(
                "{} has been compiled by a more recent version of the Java Runtime (class file version {major}.{minor}), this version of the Java Runtime only recognizes class file versions up to {}.0",
                name.replace('/', "."),
                rjava_classfile::MAX_MAJOR
            )),
            _ => LoadError::ClassFormat(format!("{e} in class file {name}")),
        })?;
        if class_file.name != name {
            return Err(LoadError::NoClassDefFound(format!(
                "{name} (wrong name: {})",
                class_file.name
            )));
        }
        if class_file.access_flags & access::MODULE != 0 {
            return Err(LoadError::NoClassDefFound(format!(
                "{name} is not a class because access_flag ACC_MODULE is set"
            )));
        }
        self.define(class_file, is_library)
    }

    fn define(&self, cf: ClassFile, is_library: bool) -> Result<&'static Class, LoadError> {
        let name = cf.name.clone();
        let dotted = name.replace('/', ".");
        let super_class = match &cf.super_name {
            Some(s) => {
                let sup = self.load(s)?;
                if sup.is_interface() {
                    return Err(LoadError::IncompatibleClassChange(format!(
                        "class {dotted} has interface {} as super class",
                        sup.java_name()
                    )));
                }
                if sup.access_flags & access::FINAL != 0 {
                    return Err(LoadError::IncompatibleClassChange(format!(
                        "class {dotted} cannot inherit from final class {}",
                        sup.java_name()
                    )));
                }
                Some(sup)
            }
            None => None,
        };
        let mut interfaces = Vec::with_capacity(cf.interface_names.len());
        for i in &cf.interface_names {
            let iface = self.load(i)?;
            if !iface.is_interface() {
                return Err(LoadError::IncompatibleClassChange(format!(
                    "class {dotted} can not implement {}, because it is not an interface",
                    iface.java_name()
                )));
            }
            interfaces.push(iface);
        }
        check_final_overrides(&cf, super_class)?;

        // (name, descriptor, flags, ConstantValue) of every field, plus the hidden
        // field the VM injects into java.lang.Class to find its metadata.
        let mut specs: Vec<(&str, &str, u16, Option<u16>)> = cf
            .fields
            .iter()
            .map(|f| {
                (
                    f.name.as_str(),
                    f.descriptor.as_str(),
                    f.access_flags,
                    find_attr!(f.attributes, ConstantValue).copied(),
                )
            })
            .collect();
        if name == "java/lang/Class" {
            specs.push((
                VM_CLASS_FIELD,
                "J",
                access::PRIVATE | access::FINAL | access::SYNTHETIC,
                None,
            ));
        }
        let field_types: Vec<(BasicType, bool)> = specs
            .iter()
            .map(|(_, d, flags, _)| {
                (
                    BasicType::from_descriptor(d).unwrap_or(BasicType::Int),
                    flags & access::STATIC != 0,
                )
            })
            .collect();
        let super_size = super_class.map_or(crate::object::HEADER_SIZE, |s| s.instance_size);
        let (instance_offsets, instance_size) =
            link::layout_instance_fields(super_size, &field_types);
        let mut static_count = 0u32;
        let fields: Vec<Field> = specs
            .iter()
            .zip(&field_types)
            .zip(&instance_offsets)
            .map(
                |(
                    (&(fname, descriptor, access_flags, constant_value), (ty, is_static)),
                    &offset,
                )| {
                    let offset = if *is_static {
                        static_count += 1;
                        static_count - 1
                    } else {
                        offset
                    };
                    Field {
                        name: fname.into(),
                        descriptor: descriptor.into(),
                        basic_type: *ty,
                        access_flags,
                        offset,
                        constant_value,
                        owner: OnceLock::new(),
                    }
                },
            )
            .collect();
        let mut reference_offsets: Vec<u32> =
            super_class.map_or_else(Vec::new, |s| s.reference_offsets.to_vec());
        reference_offsets.extend(
            fields
                .iter()
                .filter(|f| !f.is_static() && f.basic_type.is_reference())
                .map(|f| f.offset),
        );

        let methods: Vec<Method> = cf
            .methods
            .iter()
            .map(|m| {
                let signature =
                    MethodDescriptor::parse(&m.descriptor).unwrap_or(MethodDescriptor {
                        params: Vec::new(),
                        ret: None,
                    });
                Method::new(
                    &m.name,
                    &m.descriptor,
                    signature,
                    m.access_flags,
                    m.code().cloned(),
                )
            })
            .collect();
        // This class's own InnerClasses entry: its simple name and declaring class.
        let own_entry = cf.attributes.iter().find_map(|a| match &a.info {
            AttributeInfo::InnerClasses(list) => list
                .iter()
                .find(|ic| {
                    cf.constant_pool
                        .class_name(ic.inner_class_info_index)
                        .is_ok_and(|n| n == name)
                })
                .copied(),
            _ => None,
        });
        let inner_simple_name = own_entry.map(|ic| -> Box<str> {
            if ic.inner_name_index == 0 {
                "".into()
            } else {
                cf.constant_pool
                    .utf8(ic.inner_name_index)
                    .unwrap_or("")
                    .into()
            }
        });
        let declaring_class = own_entry
            .filter(|ic| ic.outer_class_info_index != 0)
            .and_then(|ic| cf.constant_pool.class_name(ic.outer_class_info_index).ok())
            .map(Into::into);
        let mut class = Class::bare(&name, cf.access_flags, ClassKind::Instance);
        class.super_class = super_class;
        class.interfaces = interfaces.into_boxed_slice();
        class.instance_size = instance_size;
        class.reference_offsets = reference_offsets.into_boxed_slice();
        class.static_slots = (0..static_count).map(|_| Default::default()).collect();
        class.cp_cache = (0..cf.constant_pool.len())
            .map(|_| OnceLock::new())
            .collect();
        class.bootstrap_methods = cf.bootstrap_methods().to_vec().into_boxed_slice();
        class.source_file = cf.source_file().map(Into::into);
        class.inner_simple_name = inner_simple_name;
        class.declaring_class = declaring_class;
        class.enclosing_class = cf.attributes.iter().find_map(|a| match &a.info {
            AttributeInfo::EnclosingMethod { class_index, .. } => cf
                .constant_pool
                .class_name(*class_index)
                .ok()
                .map(Into::into),
            _ => None,
        });
        class.nest_host = cf.attributes.iter().find_map(|a| match &a.info {
            AttributeInfo::NestHost(index) => {
                cf.constant_pool.class_name(*index).ok().map(Into::into)
            }
            _ => None,
        });
        class.is_library = is_library;
        class.major_version = cf.major_version;
        class.fields = fields.into_boxed_slice();
        class.methods = methods.into_boxed_slice();
        class.constant_pool = cf.constant_pool;
        class.set_init_state_raw(InitState::Uninitialized);
        let class: &'static Class = leak(class);
        for f in class.fields.iter() {
            let _ = f.owner.set(class);
        }
        for m in class.methods.iter() {
            let _ = m.owner.set(class);
        }
        let _ = class.all_interfaces.set(link::all_interfaces(class));
        if class.is_interface() {
            link::number_interface_methods(class);
        }
        class.set_vtable(link::build_vtable(class));
        let _ = class.itable.set(link::build_itable(class));
        set_constant_statics(class);
        Ok(self.register(class))
    }

    /// The array class whose elements are `t`.
    fn array_of_type(&self, t: &FieldType) -> Result<&'static Class, LoadError> {
        let FieldType::Array(elem) = t else {
            return Err(LoadError::NoClassDefFound(t.to_string()));
        };
        let component = match &**elem {
            FieldType::Object(n) => self.load(n)?,
            FieldType::Array(_) => self.array_of_type(elem)?,
            prim => self.primitive(BasicType::of(prim)),
        };
        self.array_of(component)
    }

    /// The class of arrays of `component`, created on first use.
    pub fn array_of(&self, component: &'static Class) -> Result<&'static Class, LoadError> {
        if let Some(a) = component.array_class() {
            return Ok(a);
        }
        let (name, element) = match component.kind {
            ClassKind::Primitive(t) => (format!("[{}", t.descriptor_char()), t),
            ClassKind::Array { .. } => (format!("[{}", component.name), BasicType::Reference),
            ClassKind::Instance => (format!("[L{};", component.name), BasicType::Reference),
            ClassKind::Void => return Err(LoadError::NoClassDefFound("[V".into())),
        };
        if let Some(a) = self.lookup(&name) {
            return Ok(a);
        }
        let object = self.load("java/lang/Object")?;
        let interfaces = [
            self.load("java/lang/Cloneable")?,
            self.load("java/io/Serializable")?,
        ];
        let flags = (component.access_flags & access::PUBLIC) | access::FINAL | access::ABSTRACT;
        let mut class = Class::bare(&name, flags, ClassKind::Array { component, element });
        class.super_class = Some(object);
        class.interfaces = Box::new(interfaces);
        let class: &'static Class = leak(class);
        let _ = class.all_interfaces.set(Box::new(interfaces));
        class.set_vtable(object.vtable().into());
        let _ = class.itable.set(link::build_itable(class));
        let class = self.register(class);
        let _ = component.array_class.set(class);
        Ok(component.array_class().unwrap_or(class))
    }
}

/// A class the VM makes itself (lambda objects): `Object` subclass, the given
/// interfaces and instance fields, and public native methods bound to `f`.
pub struct SyntheticClass {
    pub name: String,
    pub interfaces: Vec<&'static Class>,
    /// (name, descriptor) of instance fields.
    pub fields: Vec<(String, String)>,
    /// (name, descriptor) of methods, all implemented by `native`.
    pub methods: Vec<(String, String)>,
    pub native: crate::native::NativeFn,
    pub data: Box<dyn std::any::Any + Send + Sync>,
}

impl Loader {
    pub fn define_synthetic(&self, spec: SyntheticClass) -> Result<&'static Class, LoadError> {
        let object = self.load("java/lang/Object")?;
        let types: Vec<(BasicType, bool)> = spec
            .fields
            .iter()
            .map(|(_, d)| {
                (
                    BasicType::from_descriptor(d).unwrap_or(BasicType::Reference),
                    false,
                )
            })
            .collect();
        let (offsets, instance_size) = link::layout_instance_fields(object.instance_size, &types);
        let fields: Vec<Field> = spec
            .fields
            .iter()
            .zip(&types)
            .zip(&offsets)
            .map(|(((n, d), (t, _)), &offset)| Field {
                name: n.as_str().into(),
                descriptor: d.as_str().into(),
                basic_type: *t,
                access_flags: access::PRIVATE | access::FINAL,
                offset,
                constant_value: None,
                owner: OnceLock::new(),
            })
            .collect();
        let methods: Vec<Method> = spec
            .methods
            .iter()
            .filter_map(|(n, d)| {
                let signature = MethodDescriptor::parse(d)?;
                let m = Method::new(
                    n,
                    d,
                    signature,
                    access::PUBLIC | access::NATIVE | access::SYNTHETIC,
                    None,
                );
                let _ = m.native.set(spec.native);
                Some(m)
            })
            .collect();
        let mut class = Class::bare(
            &spec.name,
            access::PUBLIC | access::FINAL | access::SYNTHETIC,
            ClassKind::Instance,
        );
        class.super_class = Some(object);
        class.interfaces = spec.interfaces.into_boxed_slice();
        class.instance_size = instance_size;
        class.reference_offsets = fields
            .iter()
            .filter(|f| f.basic_type.is_reference())
            .map(|f| f.offset)
            .collect();
        class.fields = fields.into_boxed_slice();
        class.methods = methods.into_boxed_slice();
        class.is_library = false;
        let class: &'static Class = leak(class);
        let _ = class.synthetic.set(spec.data);
        for f in class.fields.iter() {
            let _ = f.owner.set(class);
        }
        for m in class.methods.iter() {
            let _ = m.owner.set(class);
        }
        let _ = class.all_interfaces.set(link::all_interfaces(class));
        class.set_vtable(link::build_vtable(class));
        let _ = class.itable.set(link::build_itable(class));
        Ok(self.register(class))
    }
}

/// §5.4.5 / §4.10: a class may not override a final method of a superclass.
fn check_final_overrides(cf: &ClassFile, mut sup: Option<&'static Class>) -> Result<(), LoadError> {
    while let Some(s) = sup {
        for m in cf
            .methods
            .iter()
            .filter(|m| !m.is_static() && m.access_flags & access::PRIVATE == 0)
        {
            if let Some(sm) = s
                .methods
                .iter()
                .find(|x| *x.name == *m.name && *x.descriptor == *m.descriptor)
                && sm.access_flags & access::FINAL != 0
                && !sm.is_private()
                && !sm.is_static()
            {
                return Err(LoadError::IncompatibleClassChange(format!(
                    "class {} overrides final method {}.{}{}",
                    cf.name.replace('/', "."),
                    s.java_name(),
                    sm.name,
                    sm.descriptor
                )));
            }
        }
        sup = s.super_class;
    }
    Ok(())
}

/// Static fields with a numeric `ConstantValue` get it at preparation; string
/// constants need the heap and are set when the class is initialized.
fn set_constant_statics(class: &'static Class) {
    use rjava_classfile::Constant;
    use std::sync::atomic::Ordering;
    for f in class.fields.iter().filter(|f| f.is_static()) {
        let Some(index) = f.constant_value else {
            continue;
        };
        let bits = match class.constant_pool.get(index) {
            Ok(Constant::Integer(i)) => *i as u32 as u64,
            Ok(Constant::Float(x)) => x.to_bits() as u64,
            Ok(Constant::Long(l)) => *l as u64,
            Ok(Constant::Double(d)) => d.to_bits(),
            _ => continue,
        };
        class.static_slot(f.offset).store(bits, Ordering::Relaxed);
    }
}
