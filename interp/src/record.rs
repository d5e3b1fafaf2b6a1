//! Records' `toString`, `hashCode` and `equals` (`ObjectMethods.bootstrap`), linked
//! by the VM: the component fields come from the bootstrap's getter handles, and
//! each call computes the result directly, as the JDK's generated code would.

use rjava_classfile::{Constant, FieldType};
use rjava_runtime::{BasicType, Ref, Thread, Thrown};

use crate::ops::slots::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum RecordMethod {
    ToString,
    HashCode,
    Equals,
}

pub struct RecordSite {
    pub method: RecordMethod,
    /// The record's simple name, for toString.
    simple_name: String,
    /// (name, field offset, type) of each component.
    components: Vec<(String, u32, FieldType)>,
}

pub fn link(
    thread: &mut Thread,
    cur: &'static rjava_runtime::Class,
    index: u16,
) -> Result<RecordSite, Thrown> {
    let cp = &cur.constant_pool;
    let bad = |thread: &mut Thread| {
        thread.throw_new(
            "java/lang/BootstrapMethodError",
            Some("ObjectMethods.bootstrap arguments"),
        )
    };
    let Ok((bsm_index, name, _)) = cp.dynamic(index) else {
        return Err(bad(thread));
    };
    let Some(bsm) = cur.bootstrap_methods.get(bsm_index as usize) else {
        return Err(bad(thread));
    };
    let method = match name {
        "toString" => RecordMethod::ToString,
        "hashCode" => RecordMethod::HashCode,
        "equals" => RecordMethod::Equals,
        _ => return Err(bad(thread)),
    };
    let record = match bsm.arguments.first().and_then(|&i| cp.class_name(i).ok()) {
        Some(n) => thread
            .vm
            .loader
            .load(n)
            .map_err(|e| rjava_runtime::exception::throw_load_error(thread, &e))?,
        None => return Err(bad(thread)),
    };
    let names: Vec<String> = match bsm.arguments.get(1).and_then(|&i| cp.get(i).ok()) {
        Some(Constant::String { string_index }) => {
            let text = cp.utf8(*string_index).unwrap_or("");
            if text.is_empty() {
                Vec::new()
            } else {
                text.split(';').map(str::to_string).collect()
            }
        }
        _ => return Err(bad(thread)),
    };
    let mut components = Vec::new();
    for (name, &handle) in names.iter().zip(bsm.arguments.iter().skip(2)) {
        let Ok(Constant::MethodHandle {
            reference_index, ..
        }) = cp.get(handle)
        else {
            return Err(bad(thread));
        };
        let Ok(field) = cp.member_ref(*reference_index) else {
            return Err(bad(thread));
        };
        let Some(f) = record.resolve_field(field.name, field.descriptor) else {
            return Err(thread.throw_new("java/lang/NoSuchFieldError", Some(field.name)));
        };
        let ty = FieldType::parse(&f.descriptor).unwrap_or(FieldType::Int);
        components.push((name.clone(), f.offset, ty));
    }
    let simple_name = record
        .inner_simple_name
        .as_deref()
        .map(str::to_string)
        .unwrap_or_else(|| {
            record
                .java_name()
                .rsplit('.')
                .next()
                .unwrap_or("")
                .to_string()
        });
    Ok(RecordSite {
        method,
        simple_name,
        components,
    })
}

fn read(obj: Ref, offset: u32, t: &FieldType) -> u64 {
    crate::ops::fields::read_field(obj, offset, BasicType::of(t))
}

/// Runs the record method with its arguments (the record, and for `equals` the other
/// object) at `thread.stack[start..]`; returns the result slot.
pub fn invoke(thread: &mut Thread, site: &RecordSite, start: usize) -> Result<u64, Thrown> {
    let Some(this) = Ref::from_slot(thread.stack[start]) else {
        return Err(thread.throw_new("java/lang/NullPointerException", None));
    };
    match site.method {
        RecordMethod::ToString => {
            let mut out: Vec<u16> = format!("{}[", site.simple_name).encode_utf16().collect();
            for (i, (name, offset, t)) in site.components.iter().enumerate() {
                if i > 0 {
                    out.extend(", ".encode_utf16());
                }
                out.extend(format!("{name}=").encode_utf16());
                let v = read(this, *offset, t);
                out.extend(value_text(thread, v, t)?);
            }
            out.push(b']' as u16);
            Ok(rjava_runtime::string::from_utf16(thread, &out)?.slot())
        }
        RecordMethod::HashCode => {
            let mut h: i32 = 0;
            for (_, offset, t) in &site.components {
                let v = read(this, *offset, t);
                h = h.wrapping_mul(31).wrapping_add(hash(thread, v, t)?);
            }
            Ok(h as u32 as u64)
        }
        RecordMethod::Equals => {
            let other = Ref::from_slot(thread.stack[start + 1]);
            let same_class = other.is_some_and(|o| std::ptr::eq(o.class(), this.class()));
            let mut equal = same_class;
            if let Some(other) = other.filter(|_| same_class) {
                for (_, offset, t) in &site.components {
                    let (a, b) = (read(this, *offset, t), read(other, *offset, t));
                    if !component_equals(thread, a, b, t)? {
                        equal = false;
                        break;
                    }
                }
            }
            Ok(u64::from(equal))
        }
    }
}

fn value_text(thread: &mut Thread, v: u64, t: &FieldType) -> Result<Vec<u16>, Thrown> {
    let s = [v];
    let text = match t {
        FieldType::Int | FieldType::Short | FieldType::Byte => get_i(&s, 0).to_string(),
        FieldType::Long => (v as i64).to_string(),
        FieldType::Boolean => (v != 0).to_string(),
        FieldType::Char => return Ok(vec![v as u16]),
        FieldType::Float => rjava_classfile::javafmt::float_to_string(get_f(&s, 0)),
        FieldType::Double => rjava_classfile::javafmt::double_to_string(get_d(&s, 0)),
        _ => return crate::indy::string_value_of(thread, Ref::from_slot(v)),
    };
    Ok(text.encode_utf16().collect())
}

fn hash(thread: &mut Thread, v: u64, t: &FieldType) -> Result<i32, Thrown> {
    let s = [v];
    Ok(match t {
        FieldType::Int | FieldType::Short | FieldType::Byte | FieldType::Char => get_i(&s, 0),
        FieldType::Boolean => {
            if v != 0 {
                1231
            } else {
                1237
            }
        }
        FieldType::Long => (v ^ (v >> 32)) as i32,
        FieldType::Float => {
            let f = get_f(&s, 0);
            (if f.is_nan() { 0x7fc0_0000 } else { f.to_bits() }) as i32
        }
        FieldType::Double => {
            let d = get_d(&s, 0);
            let bits = if d.is_nan() {
                0x7ff8_0000_0000_0000
            } else {
                d.to_bits()
            };
            (bits ^ (bits >> 32)) as i32
        }
        _ => match Ref::from_slot(v) {
            None => 0,
            Some(obj) => {
                let Some(m) = obj.class().resolve_method("hashCode", "()I") else {
                    return Ok(0);
                };
                thread.vm.engine().invoke(thread, m, &[obj.slot()])? as u32 as i32
            }
        },
    })
}

fn component_equals(thread: &mut Thread, a: u64, b: u64, t: &FieldType) -> Result<bool, Thrown> {
    let (sa, sb) = ([a], [b]);
    Ok(match t {
        // Float and double compare as Float.compare / Double.compare do.
        FieldType::Float => {
            let (x, y) = (get_f(&sa, 0), get_f(&sb, 0));
            x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()) || (x == y && x != 0.0)
        }
        FieldType::Double => {
            let (x, y) = (get_d(&sa, 0), get_d(&sb, 0));
            x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()) || (x == y && x != 0.0)
        }
        FieldType::Object(_) | FieldType::Array(_) => {
            match (Ref::from_slot(a), Ref::from_slot(b)) {
                (None, None) => true,
                (None, Some(_)) | (Some(_), None) => false,
                (Some(x), Some(y)) => {
                    if x == y {
                        return Ok(true);
                    }
                    let Some(m) = x.class().resolve_method("equals", "(Ljava/lang/Object;)Z")
                    else {
                        return Ok(false);
                    };
                    thread
                        .vm
                        .engine()
                        .invoke(thread, m, &[x.slot(), y.slot()])?
                        != 0
                }
            }
        }
        _ => a == b,
    })
}
