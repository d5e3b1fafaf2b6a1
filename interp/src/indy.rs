//! `invokedynamic`, linked by the VM itself for the bootstrap methods javac emits
//! (DESIGN.md, "Execution"). String concatenation (`makeConcatWithConstants`) is
//! linked here: the recipe is parsed once per call site and each execution builds
//! the string directly. Lambdas and method references are linked by `lambda`.
//! Other bootstraps raise `BootstrapMethodError` naming them.

use rjava_classfile::{Constant, FieldType, MethodDescriptor};
use rjava_runtime::class::Resolved;
use rjava_runtime::{Class, Ref, Thread, Thrown};

use crate::ops::slots::*;

enum Piece {
    Arg(usize),
    Literal(Vec<u16>),
}

enum CallSite {
    Concat(ConcatSite),
    Lambda(crate::lambda::LambdaSite),
    Record(crate::record::RecordSite),
}

struct ConcatSite {
    pieces: Vec<Piece>,
    params: Vec<FieldType>,
    /// Operand-stack slots the arguments take.
    arg_slots: usize,
}

pub fn invoke_dynamic(
    thread: &mut Thread,
    cur: &'static Class,
    index: u16,
    sp: &mut usize,
) -> Result<(), Thrown> {
    let site = match cur.resolved(index) {
        Some(Resolved::CallSite(any)) => any,
        _ => {
            let site = link(thread, cur, index)?;
            let leaked: &'static (dyn std::any::Any + Send + Sync) = Box::leak(Box::new(site));
            match cur.cache_resolved(index, Resolved::CallSite(leaked)) {
                Resolved::CallSite(any) => any,
                _ => leaked,
            }
        }
    };
    let Some(site) = site.downcast_ref::<CallSite>() else {
        return Err(thread.throw_new("java/lang/InternalError", Some("unknown call site kind")));
    };
    let (start, result) = match site {
        CallSite::Concat(concat) => {
            let start = *sp - concat.arg_slots;
            (start, concatenate(thread, concat, start)?)
        }
        CallSite::Record(record) => {
            let slots = if record.method == crate::record::RecordMethod::Equals {
                2
            } else {
                1
            };
            let start = *sp - slots;
            let value = crate::record::invoke(thread, record, start)?;
            *sp = start;
            thread.stack[*sp] = value;
            *sp += 1;
            return Ok(());
        }
        CallSite::Lambda(lambda) => {
            let slots: usize = lambda.captured.iter().map(|(_, t)| t.slots()).sum();
            let start = *sp - slots;
            (start, crate::lambda::instantiate(thread, lambda, start)?)
        }
    };
    *sp = start;
    thread.stack[*sp] = result.slot();
    *sp += 1;
    Ok(())
}

fn link(thread: &mut Thread, cur: &'static Class, index: u16) -> Result<CallSite, Thrown> {
    let cp = &cur.constant_pool;
    let Ok((bsm_index, _name, descriptor)) = cp.dynamic(index) else {
        return Err(thread.throw_new("java/lang/ClassFormatError", Some("bad invokedynamic")));
    };
    let bsm = cur.bootstrap_methods.get(bsm_index as usize);
    let target = bsm.and_then(|b| match cp.get(b.method_ref) {
        Ok(Constant::MethodHandle {
            reference_index, ..
        }) => cp.member_ref(*reference_index).ok(),
        _ => None,
    });
    let Some(target) = target else {
        return Err(thread.throw_new(
            "java/lang/BootstrapMethodError",
            Some("missing bootstrap method"),
        ));
    };
    let params = MethodDescriptor::parse(descriptor)
        .map(|d| d.params)
        .unwrap_or_default();
    let arg_slots = params.iter().map(FieldType::slots).sum();
    match (target.class, target.name) {
        ("java/lang/invoke/StringConcatFactory", "makeConcatWithConstants") => {
            let bsm = bsm.expect("checked above");
            let text = |i: u16| -> Vec<u16> {
                match cp.get(i) {
                    Ok(Constant::String { string_index }) => cp
                        .utf8_str(*string_index)
                        .map(|s| s.to_utf16())
                        .unwrap_or_default(),
                    Ok(Constant::Integer(v)) => v.to_string().encode_utf16().collect(),
                    Ok(Constant::Long(v)) => v.to_string().encode_utf16().collect(),
                    Ok(Constant::Float(v)) => rjava_classfile::javafmt::float_to_string(*v)
                        .encode_utf16()
                        .collect(),
                    Ok(Constant::Double(v)) => rjava_classfile::javafmt::double_to_string(*v)
                        .encode_utf16()
                        .collect(),
                    _ => Vec::new(),
                }
            };
            let recipe = bsm.arguments.first().map(|&i| text(i)).unwrap_or_default();
            let mut constants = bsm.arguments.iter().skip(1).map(|&i| text(i));
            let mut pieces = Vec::new();
            let mut literal = Vec::new();
            let mut next_arg = 0;
            for unit in recipe {
                match unit {
                    1 | 2 => {
                        if !literal.is_empty() {
                            pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                        }
                        if unit == 1 {
                            pieces.push(Piece::Arg(next_arg));
                            next_arg += 1;
                        } else {
                            pieces.push(Piece::Literal(constants.next().unwrap_or_default()));
                        }
                    }
                    u => literal.push(u),
                }
            }
            if !literal.is_empty() {
                pieces.push(Piece::Literal(literal));
            }
            if next_arg != params.len() {
                // StringConcatFactory rejects such a call site when it is linked.
                let msg = format!(
                    "java.lang.invoke.StringConcatException: Mismatched number of concat arguments: recipe wants {next_arg} arguments, but signature provides {}",
                    params.len()
                );
                return Err(thread.throw_new("java/lang/BootstrapMethodError", Some(&msg)));
            }
            Ok(CallSite::Concat(ConcatSite {
                pieces,
                params,
                arg_slots,
            }))
        }
        ("java/lang/invoke/StringConcatFactory", "makeConcat") => {
            let pieces = (0..params.len()).map(Piece::Arg).collect();
            Ok(CallSite::Concat(ConcatSite {
                pieces,
                params,
                arg_slots,
            }))
        }
        ("java/lang/runtime/ObjectMethods", "bootstrap") => {
            Ok(CallSite::Record(crate::record::link(thread, cur, index)?))
        }
        ("java/lang/invoke/LambdaMetafactory", "metafactory") => Ok(CallSite::Lambda(
            crate::lambda::link(thread, cur, index, false)?,
        )),
        ("java/lang/invoke/LambdaMetafactory", "altMetafactory") => Ok(CallSite::Lambda(
            crate::lambda::link(thread, cur, index, true)?,
        )),
        (class, name) => {
            let msg = format!(
                "bootstrap method {}.{name} is not supported by rjava yet",
                class.replace('/', ".")
            );
            Err(thread.throw_new("java/lang/BootstrapMethodError", Some(&msg)))
        }
    }
}

fn concatenate(thread: &mut Thread, site: &ConcatSite, start: usize) -> Result<Ref, Thrown> {
    // Slot of each argument.
    let mut offsets = Vec::with_capacity(site.params.len());
    let mut at = start;
    for p in &site.params {
        offsets.push(at);
        at += p.slots();
    }
    let mut out: Vec<u16> = Vec::new();
    for piece in &site.pieces {
        match piece {
            Piece::Literal(units) => out.extend_from_slice(units),
            Piece::Arg(i) => {
                let slot = offsets[*i];
                let v = thread.stack[slot];
                let text = match &site.params[*i] {
                    FieldType::Int | FieldType::Short | FieldType::Byte => {
                        get_i(&thread.stack, slot).to_string()
                    }
                    FieldType::Long => (v as i64).to_string(),
                    FieldType::Boolean => (get_i(&thread.stack, slot) != 0).to_string(),
                    FieldType::Char => {
                        out.push(v as u16);
                        continue;
                    }
                    FieldType::Float => {
                        rjava_classfile::javafmt::float_to_string(get_f(&thread.stack, slot))
                    }
                    FieldType::Double => {
                        rjava_classfile::javafmt::double_to_string(get_d(&thread.stack, slot))
                    }
                    FieldType::Object(_) | FieldType::Array(_) => {
                        out.extend(string_value_of(thread, Ref::from_slot(v))?);
                        continue;
                    }
                };
                out.extend(text.encode_utf16());
            }
        }
    }
    rjava_runtime::string::from_utf16(thread, &out)
}

/// `String.valueOf(Object)`: "null", the string itself, or `toString()`.
pub fn string_value_of(thread: &mut Thread, obj: Option<Ref>) -> Result<Vec<u16>, Thrown> {
    let Some(obj) = obj else {
        return Ok("null".encode_utf16().collect());
    };
    let string_class = thread.vm.well_known().string;
    if std::ptr::eq(obj.class(), string_class) {
        return Ok(rjava_runtime::string::utf16_of(thread, obj));
    }
    let Some(to_string) = obj
        .class()
        .resolve_method("toString", "()Ljava/lang/String;")
    else {
        return Err(thread.throw_new("java/lang/AbstractMethodError", Some("toString")));
    };
    let s = thread
        .vm
        .engine()
        .invoke(thread, to_string, &[obj.slot()])?;
    match Ref::from_slot(s) {
        Some(s) => Ok(rjava_runtime::string::utf16_of(thread, s)),
        None => Ok("null".encode_utf16().collect()),
    }
}
