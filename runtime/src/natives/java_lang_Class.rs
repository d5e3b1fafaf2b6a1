//! `java.lang.Class`: the structural queries of a mirror, answered from the VM's
//! class metadata, plus `forName` and primitive classes.

use super::{arg_int, arg_ref, int, non_null, reference};
use crate::class::Class;
use crate::mirror::{class_of_mirror, mirror_of};
use crate::native::NativeRegistry;
use crate::thread::{Thread, Thrown};

pub fn register(r: &mut NativeRegistry) {
    let c = "java/lang/Class";
    r.register(c, "getName0", "()Ljava/lang/String;", get_name);
    r.register(
        c,
        "forName0",
        "(Ljava/lang/String;Z)Ljava/lang/Class;",
        for_name,
    );
    r.register(
        c,
        "getPrimitiveClass",
        "(Ljava/lang/String;)Ljava/lang/Class;",
        primitive_class,
    );
    r.register(c, "isInstance", "(Ljava/lang/Object;)Z", is_instance);
    r.register(
        c,
        "isAssignableFrom",
        "(Ljava/lang/Class;)Z",
        is_assignable_from,
    );
    r.register(c, "isInterface", "()Z", |t, a| {
        flag(t, a, Class::is_interface)
    });
    r.register(c, "isArray", "()Z", |t, a| flag(t, a, Class::is_array));
    r.register(c, "isPrimitive", "()Z", |t, a| {
        flag(t, a, Class::is_primitive)
    });
    r.register(c, "getSuperclass", "()Ljava/lang/Class;", superclass);
    r.register(c, "getComponentType", "()Ljava/lang/Class;", component_type);
    r.register(c, "getModifiers", "()I", modifiers);
    r.register(c, "arrayType0", "()Ljava/lang/Class;", array_type);
    r.register(
        c,
        "getSimpleBinaryName0",
        "()Ljava/lang/String;",
        simple_binary_name,
    );
    r.register(
        c,
        "getDeclaringClass0",
        "()Ljava/lang/Class;",
        declaring_class,
    );
    r.register(
        c,
        "getEnumConstants0",
        "()[Ljava/lang/Object;",
        enum_constants,
    );
    r.register(c, "getInterfaces0", "()[Ljava/lang/Class;", interfaces);
    r.register(
        c,
        "getEnclosingClass0",
        "()Ljava/lang/Class;",
        enclosing_class,
    );
    r.register(c, "getNestHost0", "()Ljava/lang/Class;", nest_host);
}

fn this_class(thread: &mut Thread, args: &[u64]) -> Result<&'static Class, Thrown> {
    let mirror = non_null(thread, args, 0)?;
    Ok(class_of_mirror(thread, mirror))
}

fn flag(thread: &mut Thread, args: &[u64], f: fn(&Class) -> bool) -> Result<u64, Thrown> {
    let c = this_class(thread, args)?;
    int(i32::from(f(c)))
}

fn get_name(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let c = this_class(thread, args)?;
    reference(Some(crate::string::new_string(thread, &c.java_name())?))
}

fn for_name(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let name = non_null(thread, args, 0)?;
    let initialize = arg_int(args, 1) != 0;
    let text = crate::string::to_rust(thread, name);
    let internal = text.replace('.', "/");
    let valid = !text.contains('/') && !text.is_empty();
    let class = if valid {
        thread.vm.loader.load(&internal).ok()
    } else {
        None
    };
    let Some(class) = class else {
        return Err(thread.throw_new("java/lang/ClassNotFoundException", Some(&text)));
    };
    if initialize {
        crate::init::initialize(thread, class)?;
    }
    reference(Some(mirror_of(thread, class)?))
}

fn primitive_class(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let name = non_null(thread, args, 0)?;
    let name = crate::string::to_rust(thread, name);
    let Some(class) = thread.vm.loader.primitive_named(&name) else {
        return Err(thread.throw_new("java/lang/IllegalArgumentException", Some(&name)));
    };
    reference(Some(mirror_of(thread, class)?))
}

fn is_instance(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let c = this_class(thread, args)?;
    int(i32::from(
        arg_ref(args, 1).is_some_and(|o| o.class().is_assignable_to(c)),
    ))
}

fn is_assignable_from(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let c = this_class(thread, args)?;
    let other = non_null(thread, args, 1)?;
    let other = class_of_mirror(thread, other);
    int(i32::from(other.is_assignable_to(c)))
}

fn optional_mirror(thread: &mut Thread, c: Option<&'static Class>) -> Result<u64, Thrown> {
    match c {
        Some(c) => reference(Some(mirror_of(thread, c)?)),
        None => reference(None),
    }
}

fn superclass(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let c = this_class(thread, args)?;
    let sup = if c.is_interface() || c.is_primitive() {
        None
    } else {
        c.super_class
    };
    optional_mirror(thread, sup)
}

fn component_type(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let c = this_class(thread, args)?;
    optional_mirror(thread, c.component())
}

fn modifiers(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let c = this_class(thread, args)?;
    int(c.access_flags as i32 & !0x20)
}

fn array_type(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let c = this_class(thread, args)?;
    let a = thread
        .vm
        .loader
        .array_of(c)
        .map_err(|e| crate::exception::throw_load_error(thread, &e))?;
    reference(Some(mirror_of(thread, a)?))
}

fn simple_binary_name(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let c = this_class(thread, args)?;
    match &c.inner_simple_name {
        Some(n) => reference(Some(crate::string::new_string(thread, n)?)),
        None => reference(None),
    }
}

/// The mirror of the class named `name`, loading it if needed.
fn named_mirror(thread: &mut Thread, name: Option<&str>) -> Result<u64, Thrown> {
    let class = match name {
        Some(name) => Some(
            thread
                .vm
                .loader
                .load(name)
                .map_err(|e| crate::exception::throw_load_error(thread, &e))?,
        ),
        None => None,
    };
    optional_mirror(thread, class)
}

fn declaring_class(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let c = this_class(thread, args)?;
    named_mirror(thread, c.declaring_class.as_deref())
}

/// Local and anonymous classes name their encloser in EnclosingMethod; member
/// classes in InnerClasses.
fn enclosing_class(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let c = this_class(thread, args)?;
    named_mirror(
        thread,
        c.enclosing_class
            .as_deref()
            .or(c.declaring_class.as_deref()),
    )
}

fn nest_host(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let c = this_class(thread, args)?;
    match c.nest_host.as_deref() {
        Some(host) => named_mirror(thread, Some(host)),
        None => reference(Some(mirror_of(thread, c)?)),
    }
}

fn interfaces(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let c = this_class(thread, args)?;
    let class_class = thread.vm.well_known().class;
    // Mirrors live as long as their classes, so making them first leaves nothing
    // unrooted while the array is allocated.
    let mirrors = c
        .interfaces
        .iter()
        .map(|iface| mirror_of(thread, iface))
        .collect::<Result<Vec<_>, _>>()?;
    let array = crate::alloc::new_array_of(thread, class_class, mirrors.len() as i32)?;
    for (i, m) in mirrors.into_iter().enumerate() {
        array.array_set_ref(i, Some(m));
    }
    reference(Some(array))
}

/// The enum's constants, from its `values()` method; null for non-enums.
fn enum_constants(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let c = this_class(thread, args)?;
    let descriptor = format!("()[L{};", c.name);
    let Some(values) = c
        .declared_method("values", &descriptor)
        .filter(|m| m.is_static())
    else {
        return reference(None);
    };
    crate::init::initialize(thread, c)?;
    let array = thread.vm.engine().invoke(thread, values, &[])?;
    Ok(array)
}
