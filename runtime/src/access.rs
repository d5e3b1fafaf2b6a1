//! Access control (JVM spec §5.4.4): whether code in one class may use a field or
//! method of another, checked when a symbolic reference is resolved, with
//! HotSpot's `IllegalAccessError` messages.

use rjava_classfile::access::{PRIVATE, PROTECTED, PUBLIC};

use crate::class::Class;

/// The class that hosts `c`'s nest (itself when it names none).
fn nest_host(c: &Class) -> &str {
    c.nest_host.as_deref().unwrap_or(&c.name)
}

fn package(c: &Class) -> &str {
    c.name.rsplit_once('/').map_or("", |(p, _)| p)
}

/// Same runtime package: same package name and same loader (the embedded library
/// is the boot loader's, the class path the application loader's).
fn same_package(a: &Class, b: &Class) -> bool {
    a.is_library == b.is_library && package(a) == package(b)
}

/// Whether `accessor` may use a member with `flags` declared in `owner`.
pub fn is_member_accessible(accessor: &Class, owner: &Class, flags: u16) -> bool {
    if flags & PUBLIC != 0 || std::ptr::eq(accessor, owner) {
        return true;
    }
    if flags & PRIVATE != 0 {
        return accessor.is_library == owner.is_library && nest_host(accessor) == nest_host(owner);
    }
    if same_package(accessor, owner) {
        return true;
    }
    flags & PROTECTED != 0 && accessor.is_subclass_of(owner)
}

/// HotSpot's message: `class A tried to access private method 'void B.m()' (A and B
/// are in unnamed module of loader 'app')`. `member` is the field's `B.x` or the
/// method's quoted signature.
pub fn illegal_access_message(
    accessor: &Class,
    owner: &Class,
    flags: u16,
    kind: &str,
    member: &str,
) -> String {
    let visibility = if flags & PRIVATE != 0 {
        "private "
    } else if flags & PROTECTED != 0 {
        "protected "
    } else {
        ""
    };
    format!(
        "class {} tried to access {visibility}{kind} {member} ({})",
        accessor.java_name(),
        crate::exception::modules_phrase(accessor, owner)
    )
}
