//! `java.lang.String` from Rust: making strings, reading them, and the intern table.
//! Strings are ordinary objects of the class library's `String` (a `char[] value`
//! in UTF-16 and a cached `hash`); these helpers reach the two fields by the
//! offsets resolved at start-up.

use crate::object::Ref;
use crate::thread::{Thread, Thrown};

/// A new string holding `units` (UTF-16).
pub fn from_utf16(thread: &mut Thread, units: &[u16]) -> Result<Ref, Thrown> {
    let wk = thread.vm.well_known();
    let (string_class, char_array, value) = (wk.string, wk.char_array, wk.string_value);
    let array = crate::alloc::new_array(thread, char_array, units.len() as i32)?;
    array.array_copy_from(0, units);
    let s = thread.with_roots(&[array], |t| crate::alloc::new_object(t, string_class))?;
    s.write_ref(value, Some(array));
    Ok(s)
}

pub fn new_string(thread: &mut Thread, text: &str) -> Result<Ref, Thrown> {
    let units: Vec<u16> = text.encode_utf16().collect();
    from_utf16(thread, &units)
}

/// The UTF-16 contents of a string.
pub fn utf16_of(thread: &Thread, s: Ref) -> Vec<u16> {
    match s.read_ref(thread.vm.well_known().string_value) {
        Some(array) => array.array_to_vec::<u16>(),
        None => Vec::new(),
    }
}

/// The contents of a string as Rust text (unpaired surrogates become U+FFFD).
pub fn to_rust(thread: &Thread, s: Ref) -> String {
    String::from_utf16_lossy(&utf16_of(thread, s))
}

/// The interned string of the String constant at `index` of `class`, resolved once
/// and cached in the class's constant-pool cache (for `ldc` in both engines).
pub fn resolve_constant(
    thread: &mut Thread,
    class: &'static crate::class::Class,
    index: u16,
) -> Result<Ref, Thrown> {
    use crate::class::Resolved;
    if let Some(Resolved::String(s)) = class.resolved(index) {
        return Ok(s);
    }
    let units = match class.constant_pool.get(index) {
        Ok(rjava_classfile::Constant::String { string_index }) => class
            .constant_pool
            .utf8_str(*string_index)
            .map(|s| s.to_utf16())
            .unwrap_or_default(),
        _ => {
            return Err(thread.throw_new("java/lang/ClassFormatError", Some("bad string constant")));
        }
    };
    let s = intern_utf16(thread, &units)?;
    class.cache_resolved(index, Resolved::String(s));
    Ok(s)
}

/// The canonical string with these contents (`String.intern`, string literals).
pub fn intern_utf16(thread: &mut Thread, units: &[u16]) -> Result<Ref, Thrown> {
    if let Some(s) = thread
        .vm
        .strings
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(units)
    {
        return Ok(*s);
    }
    let s = from_utf16(thread, units)?;
    let mut table = thread.vm.strings.lock().unwrap_or_else(|e| e.into_inner());
    Ok(*table.entry(units.into()).or_insert(s))
}

pub fn intern(thread: &mut Thread, s: Ref) -> Result<Ref, Thrown> {
    let units = utf16_of(thread, s);
    if let Some(existing) = thread
        .vm
        .strings
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&*units)
    {
        return Ok(*existing);
    }
    let mut table = thread.vm.strings.lock().unwrap_or_else(|e| e.into_inner());
    Ok(*table.entry(units.into_boxed_slice()).or_insert(s))
}
