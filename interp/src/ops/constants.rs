//! `ldc`, `ldc_w`, `ldc2_w`: numbers straight from the constant pool, strings
//! interned once per entry, class constants as their mirrors.

use rjava_classfile::Constant;
use rjava_runtime::class::Resolved;
use rjava_runtime::{Class, Thread, Thrown};

use crate::resolve;

pub fn ldc(thread: &mut Thread, cur: &'static Class, index: u16) -> Result<u64, Thrown> {
    if let Some(Resolved::String(s)) = cur.resolved(index) {
        return Ok(s.slot());
    }
    match cur.constant_pool.get(index) {
        Ok(Constant::Integer(i)) => Ok(*i as u32 as u64),
        Ok(Constant::Float(f)) => Ok(f.to_bits() as u64),
        Ok(Constant::Long(l)) => Ok(*l as u64),
        Ok(Constant::Double(d)) => Ok(d.to_bits()),
        Ok(Constant::String { .. }) => {
            Ok(rjava_runtime::string::resolve_constant(thread, cur, index)?.slot())
        }
        Ok(Constant::Class { .. }) => {
            let c = resolve::class(thread, cur, index)?;
            Ok(rjava_runtime::mirror::mirror_of(thread, c)?.slot())
        }
        Ok(other) => {
            let msg = format!(
                "ldc of a {} constant is not supported yet",
                other.kind_name()
            );
            Err(thread.throw_new("java/lang/InternalError", Some(&msg)))
        }
        Err(e) => Err(thread.throw_new("java/lang/ClassFormatError", Some(&e.to_string()))),
    }
}
