//! `java.lang.System`: `arraycopy` with HotSpot's checks and messages, clocks,
//! identity hash codes, system properties and the environment.

use super::{arg_int, arg_ref, int, long, non_null, reference};
use crate::class::Class;
use crate::native::NativeRegistry;
use crate::object::Ref;
use crate::thread::{Thread, Thrown};
use crate::types::BasicType;

pub fn register(r: &mut NativeRegistry) {
    let s = "java/lang/System";
    r.register(
        s,
        "arraycopy",
        "(Ljava/lang/Object;ILjava/lang/Object;II)V",
        arraycopy,
    );
    r.register(s, "currentTimeMillis", "()J", current_time_millis);
    r.register(s, "nanoTime", "()J", nano_time);
    r.register(
        s,
        "identityHashCode",
        "(Ljava/lang/Object;)I",
        identity_hash_code,
    );
    r.register(s, "propertyPairs", "()[Ljava/lang/String;", property_pairs);
    r.register(
        s,
        "getenv0",
        "(Ljava/lang/String;)Ljava/lang/String;",
        getenv,
    );
    r.register(s, "setIn0", "(Ljava/io/InputStream;)V", set_in);
    r.register(s, "setOut0", "(Ljava/io/PrintStream;)V", set_out);
    r.register(s, "setErr0", "(Ljava/io/PrintStream;)V", set_err);
}

/// `int[]`, `object array[]`: how HotSpot names array types in arraycopy messages.
fn type_text(c: &Class) -> String {
    match c.array_element_type() {
        Some(BasicType::Reference) => "object array[]".to_string(),
        Some(t) => format!("{}[]", t.java_name()),
        None => c.java_name(),
    }
}

fn store_error(thread: &mut Thread, msg: String) -> Thrown {
    thread.throw_new("java/lang/ArrayStoreException", Some(&msg))
}

fn arraycopy(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let src = non_null(thread, args, 0)?;
    let dst = non_null(thread, args, 2)?;
    let (src_pos, dst_pos, len) = (arg_int(args, 1), arg_int(args, 3), arg_int(args, 4));
    let (sc, dc) = (src.class(), dst.class());
    if !sc.is_array() {
        return Err(store_error(
            thread,
            format!("arraycopy: source type {} is not an array", sc.java_name()),
        ));
    }
    if !dc.is_array() {
        return Err(store_error(
            thread,
            format!(
                "arraycopy: destination type {} is not an array",
                dc.java_name()
            ),
        ));
    }
    let (se, de) = (sc.array_element_type(), dc.array_element_type());
    if se != de {
        return Err(store_error(
            thread,
            format!(
                "arraycopy: type mismatch: can not copy {} into {}",
                type_text(sc),
                type_text(dc)
            ),
        ));
    }
    let bounds = |thread: &mut Thread, msg: String| {
        thread.throw_new("java/lang/ArrayIndexOutOfBoundsException", Some(&msg))
    };
    let (slen, dlen) = (src.array_length(), dst.array_length());
    if len < 0 {
        return Err(bounds(
            thread,
            format!("arraycopy: length {len} is negative"),
        ));
    }
    if src_pos < 0 {
        return Err(bounds(
            thread,
            format!(
                "arraycopy: source index {src_pos} out of bounds for {}",
                sized(sc, slen)
            ),
        ));
    }
    if dst_pos < 0 {
        return Err(bounds(
            thread,
            format!(
                "arraycopy: destination index {dst_pos} out of bounds for {}",
                sized(dc, dlen)
            ),
        ));
    }
    if src_pos as i64 + len as i64 > slen as i64 {
        let last = src_pos as i64 + len as i64;
        return Err(bounds(
            thread,
            format!(
                "arraycopy: last source index {last} out of bounds for {}",
                sized(sc, slen)
            ),
        ));
    }
    if dst_pos as i64 + len as i64 > dlen as i64 {
        let last = dst_pos as i64 + len as i64;
        return Err(bounds(
            thread,
            format!(
                "arraycopy: last destination index {last} out of bounds for {}",
                sized(dc, dlen)
            ),
        ));
    }
    let (src_pos, dst_pos, len) = (src_pos as usize, dst_pos as usize, len as usize);
    if se == Some(BasicType::Reference) && !sc.is_assignable_to(dc) {
        // Element by element, stopping at the first that does not fit.
        let target = dc.component().expect("array class");
        for i in 0..len {
            let v = src.array_get_ref(src_pos + i);
            if let Some(v) = v
                && !v.class().is_assignable_to(target)
            {
                let msg = format!(
                    "arraycopy: element type mismatch: can not cast one of the elements of {}[] to the type of the destination array, {}",
                    sc.component().map_or(String::new(), |c| c.java_name()),
                    target.java_name()
                );
                return Err(store_error(thread, msg));
            }
            dst.array_set_ref(dst_pos + i, v);
        }
        return Ok(0);
    }
    let size = sc.array_element_size().unwrap_or(8) as usize;
    Ref::array_copy_within(src, src_pos, dst, dst_pos, len, size);
    Ok(0)
}

/// `int[5]`, `object array[5]`.
fn sized(c: &Class, len: i32) -> String {
    let t = type_text(c);
    format!("{}[{len}]", t.trim_end_matches("[]"))
}

fn current_time_millis(_: &mut Thread, _: &[u64]) -> Result<u64, Thrown> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    long(now.as_millis() as i64)
}

fn nano_time(thread: &mut Thread, _: &[u64]) -> Result<u64, Thrown> {
    long(thread.vm.started.elapsed().as_nanos() as i64)
}

fn identity_hash_code(_: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    int(arg_ref(args, 0).map_or(0, super::java_lang_Object::identity_hash))
}

/// The system properties as key, value, key, value...
fn property_pairs(thread: &mut Thread, _: &[u64]) -> Result<u64, Thrown> {
    let vm = thread.vm;
    let cwd = std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| ".".into());
    let home = std::env::var("HOME").unwrap_or_default();
    let user = std::env::var("USER").unwrap_or_default();
    let mut props: Vec<(String, String)> = vec![
        ("java.version".into(), "17.0.15".into()),
        ("java.specification.version".into(), "17".into()),
        ("java.vm.name".into(), "rjava".into()),
        ("java.vendor".into(), "rjava".into()),
        ("java.class.version".into(), "61.0".into()),
        (
            "java.home".into(),
            std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
        (
            "os.name".into(),
            if cfg!(target_os = "linux") {
                "Linux"
            } else {
                std::env::consts::OS
            }
            .into(),
        ),
        (
            "os.arch".into(),
            if cfg!(target_arch = "x86_64") {
                "amd64"
            } else {
                std::env::consts::ARCH
            }
            .into(),
        ),
        ("file.separator".into(), "/".into()),
        ("path.separator".into(), ":".into()),
        ("line.separator".into(), "\n".into()),
        ("file.encoding".into(), "UTF-8".into()),
        ("user.dir".into(), cwd),
        ("user.home".into(), home),
        ("user.name".into(), user),
    ];
    for (k, v) in &vm.options.properties {
        props.retain(|(pk, _)| pk != k);
        props.push((k.clone(), v.clone()));
    }
    let string_class = vm.well_known().string;
    let array = crate::alloc::new_array_of(thread, string_class, (props.len() * 2) as i32)?;
    // Each string goes into the array as soon as it is made: the array is the only
    // reference to keep.
    thread.with_roots(&[array], |thread| {
        for (i, (k, v)) in props.iter().enumerate() {
            let k = crate::string::new_string(thread, k)?;
            array.array_set_ref(2 * i, Some(k));
            let v = crate::string::new_string(thread, v)?;
            array.array_set_ref(2 * i + 1, Some(v));
        }
        Ok(())
    })?;
    reference(Some(array))
}

fn getenv(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let name = non_null(thread, args, 0)?;
    let name = crate::string::to_rust(thread, name);
    match std::env::var(name) {
        Ok(v) => reference(Some(crate::string::new_string(thread, &v)?)),
        Err(_) => reference(None),
    }
}

/// Stores into one of System's final static stream fields.
fn set_stream(
    thread: &mut Thread,
    name: &str,
    descriptor: &str,
    value: u64,
) -> Result<u64, Thrown> {
    let system = thread
        .vm
        .loader
        .load("java/lang/System")
        .map_err(|e| crate::exception::throw_load_error(thread, &e))?;
    let Some(field) = system.declared_field(name, descriptor) else {
        return Err(thread.throw_new("java/lang/NoSuchFieldError", Some(name)));
    };
    system
        .static_slot(field.offset)
        .store(value, std::sync::atomic::Ordering::Relaxed);
    Ok(0)
}

fn set_in(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    set_stream(thread, "in", "Ljava/io/InputStream;", args[0])
}

fn set_out(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    set_stream(thread, "out", "Ljava/io/PrintStream;", args[0])
}

fn set_err(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    set_stream(thread, "err", "Ljava/io/PrintStream;", args[0])
}
