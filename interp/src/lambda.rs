//! Lambdas and method references (`LambdaMetafactory.metafactory` and
//! `altMetafactory`), linked by the VM without generating bytecode: each call site
//! gets a synthetic class that implements the functional interface (plus marker
//! interfaces and bridge signatures) with fields for the captured values and one
//! native method body, `invoke_lambda`, which adapts the arguments (boxing,
//! unboxing, widening) and calls the implementation method.

use std::sync::atomic::{AtomicU32, Ordering};

use rjava_classfile::constant_pool::ref_kind;
use rjava_classfile::{Constant, FieldType, MethodDescriptor};
use rjava_runtime::loader::SyntheticClass;
use rjava_runtime::{BasicType, Class, Method, Ref, Thread, Thrown};

use crate::ops::slots::*;

/// What a lambda class's native method needs.
pub struct LambdaInfo {
    kind: u8,
    target: &'static Method,
    /// Captured values: (field offset, type).
    captured: Vec<(u32, FieldType)>,
    /// The functional method's parameter and return types (erased, as invoked).
    params: Vec<FieldType>,
    ret: Option<FieldType>,
}

/// A linked lambda call site: the class to instantiate per evaluation, or the one
/// shared instance when nothing is captured.
pub struct LambdaSite {
    pub class: &'static Class,
    pub captured: Vec<(u32, FieldType)>,
    pub singleton: std::sync::OnceLock<Ref>,
}

static COUNTER: AtomicU32 = AtomicU32::new(1);

fn bad(thread: &mut Thread, what: &str) -> Thrown {
    thread.throw_new("java/lang/BootstrapMethodError", Some(what))
}

pub fn link(
    thread: &mut Thread,
    cur: &'static Class,
    index: u16,
    alt: bool,
) -> Result<LambdaSite, Thrown> {
    let cp = &cur.constant_pool;
    let Ok((bsm_index, name, descriptor)) = cp.dynamic(index) else {
        return Err(bad(thread, "bad invokedynamic"));
    };
    let Some(bsm) = cur.bootstrap_methods.get(bsm_index as usize) else {
        return Err(bad(thread, "missing bootstrap method"));
    };
    let args = &bsm.arguments;
    let method_type = |i: usize| -> Option<&str> {
        match cp.get(*args.get(i)?).ok()? {
            Constant::MethodType { descriptor_index } => cp.utf8(*descriptor_index).ok(),
            _ => None,
        }
    };
    let (Some(sam_type), Some(instantiated)) = (method_type(0), method_type(2)) else {
        return Err(bad(thread, "LambdaMetafactory arguments"));
    };
    let (kind, target) = match args.get(1).and_then(|&i| cp.get(i).ok()) {
        Some(Constant::MethodHandle {
            reference_kind,
            reference_index,
        }) => (*reference_kind, *reference_index),
        _ => return Err(bad(thread, "LambdaMetafactory implementation handle")),
    };
    let target = crate::resolve::method(thread, cur, target)?;
    let site = MethodDescriptor::parse(descriptor).ok_or_else(|| bad(thread, "call site type"))?;
    let Some(FieldType::Object(iface_name)) = &site.ret else {
        return Err(bad(thread, "functional interface"));
    };
    let iface = thread
        .vm
        .loader
        .load(iface_name)
        .map_err(|e| rjava_runtime::exception::throw_load_error(thread, &e))?;
    let mut interfaces = vec![iface];
    let mut methods = vec![(name.to_string(), sam_type.to_string())];
    if alt {
        // altMetafactory: flags, then optional marker interfaces and bridges.
        const FLAG_SERIALIZABLE: i32 = 1;
        const FLAG_MARKERS: i32 = 2;
        const FLAG_BRIDGES: i32 = 4;
        let int_arg = |i: usize| match args.get(i).and_then(|&a| cp.get(a).ok()) {
            Some(Constant::Integer(v)) => *v,
            _ => 0,
        };
        let flags = int_arg(3);
        if flags & FLAG_SERIALIZABLE != 0
            && let Ok(serializable) = thread.vm.loader.load("java/io/Serializable")
        {
            interfaces.push(serializable);
        }
        let mut at = 4;
        if flags & FLAG_MARKERS != 0 {
            let n = int_arg(at) as usize;
            at += 1;
            for k in 0..n {
                if let Some(&ci) = args.get(at + k)
                    && let Ok(cn) = cp.class_name(ci)
                    && let Ok(marker) = thread.vm.loader.load(cn)
                {
                    interfaces.push(marker);
                }
            }
            at += n;
        }
        if flags & FLAG_BRIDGES != 0 {
            let n = int_arg(at) as usize;
            at += 1;
            for k in 0..n {
                if let Some(d) = method_type(at + k) {
                    methods.push((name.to_string(), d.to_string()));
                }
            }
        }
    }
    let fields: Vec<(String, String)> = site
        .params
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("arg${i}"), descriptor_of(t)))
        .collect();
    let sam = MethodDescriptor::parse(instantiated)
        .ok_or_else(|| bad(thread, "instantiated method type"))?;
    let class_name = format!(
        "{}$$Lambda${}",
        cur.name,
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    // Offsets are known only after layout; store types now and offsets after.
    let spec = SyntheticClass {
        name: class_name,
        interfaces,
        fields,
        methods,
        native: invoke_lambda,
        data: Box::new(std::sync::OnceLock::<LambdaInfo>::new()),
    };
    let class = thread
        .vm
        .loader
        .define_synthetic(spec)
        .map_err(|e| rjava_runtime::exception::throw_load_error(thread, &e))?;
    let captured: Vec<(u32, FieldType)> = class
        .fields
        .iter()
        .zip(&site.params)
        .map(|(f, t)| (f.offset, t.clone()))
        .collect();
    let info = LambdaInfo {
        kind,
        target,
        captured: captured.clone(),
        params: sam.params,
        ret: sam.ret,
    };
    if let Some(cell) = class
        .synthetic
        .get()
        .and_then(|d| d.downcast_ref::<std::sync::OnceLock<LambdaInfo>>())
    {
        let _ = cell.set(info);
    }
    Ok(LambdaSite {
        class,
        captured,
        singleton: std::sync::OnceLock::new(),
    })
}

fn descriptor_of(t: &FieldType) -> String {
    match t {
        FieldType::Object(n) => format!("L{n};"),
        FieldType::Array(e) => format!("[{}", descriptor_of(e)),
        p => p.tag().to_string(),
    }
}

/// Evaluates the lambda expression: a new object holding the captured values.
pub fn instantiate(thread: &mut Thread, site: &LambdaSite, start: usize) -> Result<Ref, Thrown> {
    if site.captured.is_empty()
        && let Some(s) = site.singleton.get()
    {
        return Ok(*s);
    }
    let obj = rjava_runtime::alloc::new_object(thread, site.class)?;
    let mut at = start;
    for (offset, t) in &site.captured {
        crate::ops::fields::write_field(obj, *offset, BasicType::of(t), thread.stack[at]);
        at += t.slots();
    }
    if site.captured.is_empty() {
        let kept = *site.singleton.get_or_init(|| obj);
        if kept == obj {
            // The cache is Rust's; the collector must know it holds the object.
            thread.vm.pin(obj);
        }
        return Ok(kept);
    }
    Ok(obj)
}

/// The body of every lambda method: captured values, then the call's arguments
/// adapted to the implementation's parameter types.
fn invoke_lambda(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    // The new object (for constructor references) and boxed arguments are held here
    // while more are made: they are protected until the call is over.
    let mark = thread.roots.len();
    let result = adapt_and_call(thread, args);
    thread.release(mark);
    result
}

fn adapt_and_call(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let this = Ref::from_slot(args[0]).expect("lambda receiver");
    let info = this
        .class()
        .synthetic
        .get()
        .and_then(|d| d.downcast_ref::<std::sync::OnceLock<LambdaInfo>>())
        .and_then(|c| c.get())
        .expect("lambda class carries its linkage");
    let target = info.target;
    let mut values: Vec<(u64, FieldType)> = info
        .captured
        .iter()
        .map(|(o, t)| {
            (
                crate::ops::fields::read_field(this, *o, BasicType::of(t)),
                t.clone(),
            )
        })
        .collect();
    let mut at = 1;
    for p in &info.params {
        values.push((args[at], p.clone()));
        at += p.slots();
    }
    // The implementation's own parameter list: receiver first for instance methods.
    let mut wanted: Vec<FieldType> = Vec::new();
    let receiver_first = !target.is_static() && info.kind != ref_kind::NEW_INVOKE_SPECIAL;
    if receiver_first {
        wanted.push(FieldType::Object(target.owner().name.to_string()));
    }
    wanted.extend(target.signature.params.iter().cloned());
    let mut call: Vec<u64> = Vec::new();
    let new_object = if info.kind == ref_kind::NEW_INVOKE_SPECIAL {
        let class = target.owner();
        rjava_runtime::init::initialize(thread, class)?;
        let obj = rjava_runtime::alloc::new_object(thread, class)?;
        thread.protect(obj);
        call.push(obj.slot());
        Some(obj)
    } else {
        None
    };
    for ((v, from), to) in values.iter().zip(&wanted) {
        let converted = convert(thread, *v, from, to)?;
        if let Some(r) = Ref::from_slot(converted).filter(|_| to.is_reference()) {
            thread.protect(r);
        }
        call.push(converted);
        if to.slots() == 2 {
            call.push(0);
        }
    }
    let method = match info.kind {
        ref_kind::INVOKE_VIRTUAL | ref_kind::INVOKE_INTERFACE if !target.is_private() => {
            let Some(receiver) = Ref::from_slot(call[0]) else {
                return Err(thread.throw_new("java/lang/NullPointerException", None));
            };
            receiver.class().select_method(target).unwrap_or(target)
        }
        _ => target,
    };
    if method.is_static() {
        rjava_runtime::init::initialize(thread, method.owner())?;
    }
    let result = thread.vm.engine().invoke(thread, method, &call)?;
    if let Some(obj) = new_object {
        return Ok(obj.slot());
    }
    match (&method.signature.ret, &info.ret) {
        (Some(from), Some(to)) => convert(thread, result, from, to),
        _ => Ok(0),
    }
}

/// Adapts one value between the types of the call and of the implementation.
fn convert(thread: &mut Thread, v: u64, from: &FieldType, to: &FieldType) -> Result<u64, Thrown> {
    let (fb, tb) = (BasicType::of(from), BasicType::of(to));
    match (fb.is_reference(), tb.is_reference()) {
        (true, true) => Ok(v),
        (false, true) => box_value(thread, v, fb),
        (true, false) => {
            let Some(obj) = Ref::from_slot(v) else {
                return Err(thread.throw_new("java/lang/NullPointerException", None));
            };
            let (value, got) = unbox(thread, obj)?;
            Ok(widen(value, got, tb))
        }
        (false, false) => Ok(widen(v, fb, tb)),
    }
}

fn widen(v: u64, from: BasicType, to: BasicType) -> u64 {
    use BasicType::*;
    let s = [v];
    let (i, l, f) = (get_i(&s, 0), get_l(&s, 0), get_f(&s, 0));
    let mut out = [v];
    match (from, to) {
        (Int | Short | Byte | Char, Long) => set_l(&mut out, 0, i as i64),
        (Int | Short | Byte | Char, Float) => set_f(&mut out, 0, i as f32),
        (Int | Short | Byte | Char, Double) => set_d(&mut out, 0, i as f64),
        (Long, Float) => set_f(&mut out, 0, l as f32),
        (Long, Double) => set_d(&mut out, 0, l as f64),
        (Float, Double) => set_d(&mut out, 0, f as f64),
        _ => {}
    }
    out[0]
}

const BOXES: [(BasicType, &str, &str, &str); 8] = [
    (
        BasicType::Boolean,
        "java/lang/Boolean",
        "(Z)Ljava/lang/Boolean;",
        "booleanValue",
    ),
    (
        BasicType::Byte,
        "java/lang/Byte",
        "(B)Ljava/lang/Byte;",
        "byteValue",
    ),
    (
        BasicType::Char,
        "java/lang/Character",
        "(C)Ljava/lang/Character;",
        "charValue",
    ),
    (
        BasicType::Short,
        "java/lang/Short",
        "(S)Ljava/lang/Short;",
        "shortValue",
    ),
    (
        BasicType::Int,
        "java/lang/Integer",
        "(I)Ljava/lang/Integer;",
        "intValue",
    ),
    (
        BasicType::Float,
        "java/lang/Float",
        "(F)Ljava/lang/Float;",
        "floatValue",
    ),
    (
        BasicType::Long,
        "java/lang/Long",
        "(J)Ljava/lang/Long;",
        "longValue",
    ),
    (
        BasicType::Double,
        "java/lang/Double",
        "(D)Ljava/lang/Double;",
        "doubleValue",
    ),
];

/// `Integer.valueOf(int)` and friends.
pub fn box_value(thread: &mut Thread, v: u64, t: BasicType) -> Result<u64, Thrown> {
    let Some((_, class, descriptor, _)) = BOXES.iter().find(|b| b.0 == t) else {
        return Ok(v);
    };
    let class = thread
        .vm
        .loader
        .load(class)
        .map_err(|e| rjava_runtime::exception::throw_load_error(thread, &e))?;
    rjava_runtime::init::initialize(thread, class)?;
    let Some(value_of) = class.declared_method("valueOf", descriptor) else {
        return Err(thread.throw_new("java/lang/NoSuchMethodError", Some("valueOf")));
    };
    let args = if t.slots() == 2 { vec![v, 0] } else { vec![v] };
    thread.vm.engine().invoke(thread, value_of, &args)
}

/// The primitive inside a box, and its type.
fn unbox(thread: &mut Thread, obj: Ref) -> Result<(u64, BasicType), Thrown> {
    let name = &*obj.class().name;
    let Some((t, _, _, getter)) = BOXES.iter().find(|b| b.1 == name) else {
        let msg = rjava_runtime::class::Class::java_name(obj.class());
        return Err(thread.throw_new(
            "java/lang/ClassCastException",
            Some(&format!("{msg} cannot be unboxed")),
        ));
    };
    let descriptor = format!("(){}", t.descriptor_char());
    let Some(m) = obj.class().resolve_method(getter, &descriptor) else {
        return Err(thread.throw_new("java/lang/NoSuchMethodError", Some(getter)));
    };
    Ok((thread.vm.engine().invoke(thread, m, &[obj.slot()])?, *t))
}
