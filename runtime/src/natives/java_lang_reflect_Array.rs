//! `java.lang.reflect.Array`: arrays of a component type known only at run time
//! (`toArray(T[])`, `Arrays.copyOf` of typed arrays).

use super::{arg_int, non_null, reference};
use crate::mirror::class_of_mirror;
use crate::native::NativeRegistry;
use crate::thread::{Thread, Thrown};

pub fn register(r: &mut NativeRegistry) {
    r.register(
        "java/lang/reflect/Array",
        "newArray",
        "(Ljava/lang/Class;I)Ljava/lang/Object;",
        new_array,
    );
}

fn new_array(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let mirror = non_null(thread, args, 0)?;
    let component = class_of_mirror(thread, mirror);
    if matches!(component.kind, crate::class::ClassKind::Void) {
        return Err(thread.throw_new("java/lang/IllegalArgumentException", None));
    }
    reference(Some(crate::alloc::new_array_of(
        thread,
        component,
        arg_int(args, 1),
    )?))
}
