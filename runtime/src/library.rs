//! rjava's own class library (runtime/classlib), compiled by `runtime/classlib/build.sh`
//! and embedded in the binary, so running Java programs needs no JDK.

/// The library's classes as a jar image (entries stored uncompressed).
pub static CLASS_LIBRARY: &[u8] = include_bytes!("../classlib/classlib.jar");
