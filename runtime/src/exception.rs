//! Java exceptions raised by the VM itself (`/ by zero`, `NoClassDefFoundError`...).
//! They are made the way `new X(message)` makes them, by running the exception's
//! constructor, so their state (cause, stack trace) is exactly what Java code sees.

use crate::class::Class;
use crate::loader::LoadError;
use crate::object::Ref;
use crate::thread::{Thread, Thrown};

/// Ends the process when the class library itself is unusable: there is no Java
/// exception left to throw.
pub fn fatal(message: &str) -> ! {
    eprintln!("Error: rjava: {message}");
    std::process::exit(1);
}

/// `new <class_name>(message)` (or the no-argument constructor when `message` is None).
pub fn create(thread: &mut Thread, class_name: &str, message: Option<&str>) -> Result<Ref, Thrown> {
    let class = match thread.vm.loader.load(class_name) {
        Ok(c) => c,
        Err(e) => fatal(&format!("cannot load {class_name} to throw it: {e}")),
    };
    let message = match message {
        Some(m) => Some(crate::string::new_string(thread, m)?),
        None => None,
    };
    construct(thread, class, message)
}

/// Runs the `(String)` or `()` constructor of a throwable class on a new instance.
pub fn construct(
    thread: &mut Thread,
    class: &'static Class,
    message: Option<Ref>,
) -> Result<Ref, Thrown> {
    let roots: Vec<Ref> = message.into_iter().collect();
    let obj = thread.with_roots(&roots, |thread| {
        crate::init::initialize(thread, class)?;
        crate::alloc::new_object(thread, class)
    })?;
    let (descriptor, args) = match message {
        Some(m) => ("(Ljava/lang/String;)V", vec![obj.slot(), m.slot()]),
        None => ("()V", vec![obj.slot()]),
    };
    let Some(ctor) = class.declared_method("<init>", descriptor) else {
        fatal(&format!("{} has no constructor {descriptor}", class.name));
    };
    thread.vm.engine().invoke(thread, ctor, &args)?;
    Ok(obj)
}

/// `aastore`'s check: `value` (non-null) must be assignable to the array's component
/// type, else `ArrayStoreException` naming the value's class.
pub fn check_array_store(thread: &mut Thread, array: Ref, value: Ref) -> Result<(), Thrown> {
    let component = array.class().component().expect("aastore on an array");
    if value.class().is_assignable_to(component) {
        return Ok(());
    }
    let msg = value.class().java_name();
    Err(thread.throw_new("java/lang/ArrayStoreException", Some(&msg)))
}

/// `new <class_name>(cause)`, for wrappers like ExceptionInInitializerError.
pub fn create_with_cause(thread: &mut Thread, class_name: &str, cause: Ref) -> Result<Ref, Thrown> {
    let class = match thread.vm.loader.load(class_name) {
        Ok(c) => c,
        Err(e) => fatal(&format!("cannot load {class_name} to throw it: {e}")),
    };
    let obj = thread.with_roots(&[cause], |thread| {
        crate::init::initialize(thread, class)?;
        crate::alloc::new_object(thread, class)
    })?;
    let Some(ctor) = class.declared_method("<init>", "(Ljava/lang/Throwable;)V") else {
        fatal(&format!("{} has no constructor (Throwable)", class.name));
    };
    thread
        .vm
        .engine()
        .invoke(thread, ctor, &[obj.slot(), cause.slot()])?;
    Ok(obj)
}

/// Throws the Java error for a failed class load. A class that is simply not there
/// is a `NoClassDefFoundError` caused by a `ClassNotFoundException`, as in HotSpot.
pub fn throw_load_error(thread: &mut Thread, e: &LoadError) -> Thrown {
    if let LoadError::NoClassDefFound(name) = e
        && !name.contains(' ')
    {
        let made = create(
            thread,
            "java/lang/ClassNotFoundException",
            Some(&name.replace('/', ".")),
        )
        .and_then(|cause| {
            let error = thread.with_roots(&[cause], |thread| {
                create(thread, "java/lang/NoClassDefFoundError", Some(name))
            })?;
            if let Some(init_cause) = error
                .class()
                .resolve_method("initCause", "(Ljava/lang/Throwable;)Ljava/lang/Throwable;")
            {
                thread
                    .vm
                    .engine()
                    .invoke(thread, init_cause, &[error.slot(), cause.slot()])?;
            }
            Ok(error)
        });
        return match made {
            Ok(error) => thread.throw(error),
            Err(t) => t,
        };
    }
    thread.throw_new(e.java_class(), Some(e.message()))
}

fn module_of(c: &Class) -> &'static str {
    let mut base = c;
    while let Some(component) = base.component() {
        base = component;
    }
    if base.is_library || base.is_primitive() {
        "module java.base of loader 'bootstrap'"
    } else {
        "unnamed module of loader 'app'"
    }
}

/// HotSpot's message: `class A cannot be cast to class B (A and B are in ...)`.
pub fn class_cast_message(from: &Class, to: &Class) -> String {
    let (a, b) = (from.java_name(), to.java_name());
    // HotSpot says "class" for interfaces too.
    format!(
        "class {a} cannot be cast to class {b} ({})",
        modules_phrase(from, to)
    )
}

/// `A and B are in unnamed module of loader 'app'`, or where each one is.
pub fn modules_phrase(a: &Class, b: &Class) -> String {
    let (na, nb) = (a.java_name(), b.java_name());
    let (ma, mb) = (module_of(a), module_of(b));
    if ma == mb {
        format!("{na} and {nb} are in {ma}")
    } else {
        format!("{na} is in {ma}; {nb} is in {mb}")
    }
}
