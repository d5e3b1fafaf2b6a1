//! Constant-pool resolution for the interpreter (JVM spec §5.4.3): classes, fields
//! and methods are looked up by name once, checked, and cached in the class's
//! constant-pool cache; later executions take the cached entry.

use rjava_classfile::Constant;
use rjava_runtime::access;
use rjava_runtime::class::Resolved;
use rjava_runtime::exception::throw_load_error;
use rjava_runtime::{Class, Field, Method, Thread, Thrown};

pub fn class(
    thread: &mut Thread,
    cur: &'static Class,
    index: u16,
) -> Result<&'static Class, Thrown> {
    if let Some(Resolved::Class(c)) = cur.resolved(index) {
        return Ok(c);
    }
    let name = match cur.constant_pool.class_name(index) {
        Ok(n) => n,
        Err(e) => return Err(thread.throw_new("java/lang/ClassFormatError", Some(&e.to_string()))),
    };
    let c = thread
        .vm
        .loader
        .load(name)
        .map_err(|e| throw_load_error(thread, &e))?;
    Ok(match cur.cache_resolved(index, Resolved::Class(c)) {
        Resolved::Class(c) => c,
        _ => c,
    })
}

/// `'int Foo.bar(long)'`-style text for NoSuchMethodError and friends.
fn method_text(class: &str, name: &str, descriptor: &str) -> String {
    let d = rjava_classfile::MethodDescriptor::parse(descriptor);
    let ret = d
        .as_ref()
        .and_then(|d| d.ret.as_ref())
        .map_or("void".to_string(), |t| t.to_string());
    let params: Vec<String> = d
        .iter()
        .flat_map(|d| d.params.iter().map(|p| p.to_string()))
        .collect();
    format!(
        "'{ret} {}.{name}({})'",
        class.replace('/', "."),
        params.join(", ")
    )
}

#[inline]
pub fn field(
    thread: &mut Thread,
    cur: &'static Class,
    index: u16,
    is_static: bool,
) -> Result<&'static Field, Thrown> {
    let f = match cur.resolved(index) {
        Some(Resolved::Field(f)) => f,
        _ => {
            let (class_index, name, descriptor) = match cur.constant_pool.get(index) {
                Ok(Constant::Fieldref { class_index, .. }) => {
                    let r = cur.constant_pool.member_ref(index).map_err(|e| {
                        thread.throw_new("java/lang/ClassFormatError", Some(&e.to_string()))
                    })?;
                    (*class_index, r.name, r.descriptor)
                }
                _ => {
                    return Err(
                        thread.throw_new("java/lang/ClassFormatError", Some("bad field reference"))
                    );
                }
            };
            let holder = class(thread, cur, class_index)?;
            let Some(f) = holder.resolve_field(name, descriptor) else {
                return Err(thread.throw_new("java/lang/NoSuchFieldError", Some(name)));
            };
            let owner = f.owner();
            if !access::is_member_accessible(cur, owner, f.access_flags) {
                let member = format!("{}.{}", owner.java_name(), f.name);
                let msg =
                    access::illegal_access_message(cur, owner, f.access_flags, "field", &member);
                return Err(thread.throw_new("java/lang/IllegalAccessError", Some(&msg)));
            }
            match cur.cache_resolved(index, Resolved::Field(f)) {
                Resolved::Field(f) => f,
                _ => f,
            }
        }
    };
    if f.is_static() != is_static {
        let msg = format!(
            "Expected {} field {}.{}",
            if is_static { "static" } else { "non-static" },
            f.owner().java_name(),
            f.name
        );
        return Err(thread.throw_new("java/lang/IncompatibleClassChangeError", Some(&msg)));
    }
    Ok(f)
}

/// Resolves a Methodref or InterfaceMethodref.
pub fn method(
    thread: &mut Thread,
    cur: &'static Class,
    index: u16,
) -> Result<&'static Method, Thrown> {
    if let Some(Resolved::Method(m)) = cur.resolved(index) {
        return Ok(m);
    }
    let (class_index, interface) = match cur.constant_pool.get(index) {
        Ok(Constant::Methodref { class_index, .. }) => (*class_index, false),
        Ok(Constant::InterfaceMethodref { class_index, .. }) => (*class_index, true),
        _ => {
            return Err(
                thread.throw_new("java/lang/ClassFormatError", Some("bad method reference"))
            );
        }
    };
    let r = cur
        .constant_pool
        .member_ref(index)
        .map_err(|e| thread.throw_new("java/lang/ClassFormatError", Some(&e.to_string())))?;
    let (name, descriptor) = (r.name, r.descriptor);
    let holder = class(thread, cur, class_index)?;
    if holder.is_interface() != interface && !holder.is_array() {
        let msg = if interface {
            format!(
                "Found class {}, but interface was expected",
                holder.java_name()
            )
        } else {
            format!(
                "Found interface {}, but class was expected",
                holder.java_name()
            )
        };
        return Err(thread.throw_new("java/lang/IncompatibleClassChangeError", Some(&msg)));
    }
    let found = if interface {
        holder.resolve_interface_method(name, descriptor)
    } else {
        holder.resolve_method(name, descriptor)
    };
    let Some(m) = found else {
        let msg = method_text(&holder.name, name, descriptor);
        return Err(thread.throw_new("java/lang/NoSuchMethodError", Some(&msg)));
    };
    let owner = m.owner();
    // Arrays answer Object's protected clone() as a public method of their own.
    if !access::is_member_accessible(cur, owner, m.access_flags) && !holder.is_array() {
        let msg =
            access::illegal_access_message(cur, owner, m.access_flags, "method", &describe(m));
        return Err(thread.throw_new("java/lang/IllegalAccessError", Some(&msg)));
    }
    Ok(match cur.cache_resolved(index, Resolved::Method(m)) {
        Resolved::Method(m) => m,
        _ => m,
    })
}

/// The `'int Foo.bar(long)'` text of a resolved method.
pub fn describe(m: &Method) -> String {
    method_text(&m.owner().name, &m.name, &m.descriptor)
}
