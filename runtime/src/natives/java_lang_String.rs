//! `java.lang.String`: interning and Unicode case mapping (full mappings, as
//! `String.toUpperCase()` does: "ß" becomes "SS").

use super::{non_null, reference};
use crate::native::NativeRegistry;
use crate::thread::{Thread, Thrown};

pub fn register(r: &mut NativeRegistry) {
    r.register("java/lang/String", "intern", "()Ljava/lang/String;", intern);
    r.register(
        "java/lang/String",
        "toLowerCase0",
        "(Ljava/lang/String;)Ljava/lang/String;",
        to_lower,
    );
    r.register(
        "java/lang/String",
        "toUpperCase0",
        "(Ljava/lang/String;)Ljava/lang/String;",
        to_upper,
    );
}

fn intern(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let this = non_null(thread, args, 0)?;
    reference(Some(crate::string::intern(thread, this)?))
}

fn map_case(thread: &mut Thread, args: &[u64], f: fn(&str) -> String) -> Result<u64, Thrown> {
    let s = non_null(thread, args, 0)?;
    let units = crate::string::utf16_of(thread, s);
    // Unpaired surrogates have no case: map the valid runs, keep the rest.
    let mut out: Vec<u16> = Vec::with_capacity(units.len());
    let mut run = String::new();
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok(c) => run.push(c),
            Err(e) => {
                out.extend(f(&run).encode_utf16());
                run.clear();
                out.push(e.unpaired_surrogate());
            }
        }
    }
    out.extend(f(&run).encode_utf16());
    if out == units {
        return Ok(s.slot());
    }
    reference(Some(crate::string::from_utf16(thread, &out)?))
}

fn to_lower(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    map_case(thread, args, str::to_lowercase)
}

fn to_upper(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    map_case(thread, args, str::to_uppercase)
}
