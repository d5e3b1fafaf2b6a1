//! `java.lang.Throwable`: capturing the Java stack when an exception is made
//! (`fillInStackTrace0`) and turning it into `StackTraceElement`s on demand
//! (`decodeBacktrace`). The backtrace is a `long[]` of (class id, method index,
//! bytecode pc) triples, so capturing allocates one array and no strings.

use super::{field_offset, non_null, reference};
use crate::native::NativeRegistry;
use crate::object::Ref;
use crate::thread::{Thread, Thrown};

pub fn register(r: &mut NativeRegistry) {
    r.register(
        "java/lang/Throwable",
        "fillInStackTrace0",
        "()V",
        fill_in_stack_trace,
    );
    r.register(
        "java/lang/Throwable",
        "decodeBacktrace",
        "()[Ljava/lang/StackTraceElement;",
        decode_backtrace,
    );
}

/// Frames to record: the throwable's own `fillInStackTrace` calls and constructors
/// are left out, as HotSpot does.
fn recorded_frames(thread: &Thread, throwable: Ref) -> Vec<(u32, u32, u32)> {
    let class = throwable.class();
    let mut frames = thread.frames.iter().rev().peekable();
    while let Some(f) = frames.peek() {
        let m = f.method;
        let is_fill = m.name.starts_with("fillInStackTrace") && class.is_subclass_of(m.owner());
        if !is_fill {
            break;
        }
        frames.next();
    }
    while let Some(f) = frames.peek() {
        let m = f.method;
        if &*m.name == "<init>" && class.is_subclass_of(m.owner()) {
            frames.next();
        } else {
            break;
        }
    }
    // Classes the VM synthesizes (lambda proxies) are hidden, as HotSpot hides them.
    frames
        .filter(|f| f.method.owner().synthetic.get().is_none())
        .map(|f| {
            let owner = f.method.owner();
            let index = owner
                .methods
                .iter()
                .position(|m| std::ptr::eq(m, f.method))
                .unwrap_or(0);
            (
                owner.id.load(std::sync::atomic::Ordering::Relaxed),
                index as u32,
                f.pc,
            )
        })
        .collect()
}

fn backtrace_field(thread: &mut Thread) -> Result<u32, Thrown> {
    let throwable = thread
        .vm
        .loader
        .load("java/lang/Throwable")
        .map_err(|e| crate::exception::throw_load_error(thread, &e))?;
    Ok(field_offset(throwable, "backtrace", "Ljava/lang/Object;"))
}

fn fill_in_stack_trace(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let this = non_null(thread, args, 0)?;
    let frames = recorded_frames(thread, this);
    let long_array = thread.vm.loader.primitive(crate::BasicType::Long);
    let array = crate::alloc::new_array_of(thread, long_array, (frames.len() * 3) as i32)?;
    for (i, (class, method, pc)) in frames.iter().enumerate() {
        array.array_set::<i64>(i * 3, *class as i64);
        array.array_set::<i64>(i * 3 + 1, *method as i64);
        array.array_set::<i64>(i * 3 + 2, *pc as i64);
    }
    let offset = backtrace_field(thread)?;
    this.write_ref(offset, Some(array));
    Ok(0)
}

fn decode_backtrace(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let this = non_null(thread, args, 0)?;
    let offset = backtrace_field(thread)?;
    let raw: Vec<i64> = match this.read_ref(offset) {
        Some(a) => a.array_to_vec::<i64>(),
        None => Vec::new(),
    };
    let vm = thread.vm;
    let element_class = vm
        .loader
        .load("java/lang/StackTraceElement")
        .map_err(|e| crate::exception::throw_load_error(thread, &e))?;
    crate::init::initialize(thread, element_class)?;
    let count = raw.len() / 3;
    let array = crate::alloc::new_array_of(thread, element_class, count as i32)?;
    // Each element goes into the array as soon as it is made, and each string into
    // its element: the array is the only reference to keep.
    thread.with_roots(&[array], |thread| {
        fill_elements(thread, array, &raw, element_class)
    })?;
    reference(Some(array))
}

fn fill_elements(
    thread: &mut Thread,
    array: Ref,
    raw: &[i64],
    element_class: &'static crate::class::Class,
) -> Result<(), Thrown> {
    let vm = thread.vm;
    let f_class = field_offset(element_class, "declaringClass", "Ljava/lang/String;");
    let f_method = field_offset(element_class, "methodName", "Ljava/lang/String;");
    let f_file = field_offset(element_class, "fileName", "Ljava/lang/String;");
    let f_line = field_offset(element_class, "lineNumber", "I");
    let f_module = field_offset(element_class, "moduleName", "Ljava/lang/String;");
    for i in 0..raw.len() / 3 {
        let Some(class) = vm.loader.by_id(raw[i * 3] as u32) else {
            continue;
        };
        let Some(method) = class.methods.get(raw[i * 3 + 1] as usize) else {
            continue;
        };
        let pc = raw[i * 3 + 2] as u32;
        let element = crate::alloc::new_object(thread, element_class)?;
        array.array_set_ref(i, Some(element));
        let name = crate::string::new_string(thread, &class.java_name())?;
        element.write_ref(f_class, Some(name));
        let method_name =
            crate::string::intern_utf16(thread, &method.name.encode_utf16().collect::<Vec<_>>())?;
        element.write_ref(f_method, Some(method_name));
        if let Some(file) = &class.source_file {
            let file =
                crate::string::intern_utf16(thread, &file.encode_utf16().collect::<Vec<_>>())?;
            element.write_ref(f_file, Some(file));
        }
        let line = if method.is_native() {
            -2
        } else {
            method.line_number(pc).map_or(-1, i32::from)
        };
        element.write::<i32>(f_line, line);
        if class.is_library {
            let module = crate::string::intern_utf16(
                thread,
                &"java.base".encode_utf16().collect::<Vec<_>>(),
            )?;
            element.write_ref(f_module, Some(module));
        }
    }
    Ok(())
}
