//! `java.io.FileInputStream` over file descriptor 0.

use super::{arg_int, int, non_null};
use crate::native::NativeRegistry;
use crate::thread::{Thread, Thrown};

pub fn register(r: &mut NativeRegistry) {
    r.register(
        "java/io/FileInputStream",
        "readBytes",
        "(I[BII)I",
        read_bytes,
    );
    r.register("java/io/FileInputStream", "available0", "(I)I", available);
}

fn read_bytes(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let fd = arg_int(args, 0);
    let buffer = non_null(thread, args, 1)?;
    let (off, len) = (arg_int(args, 2), arg_int(args, 3));
    let total = buffer.array_length();
    if off < 0 || len < 0 || off as i64 + len as i64 > total as i64 {
        let msg = format!("Range [{off}, {off} + {len}) out of bounds for length {total}");
        return Err(thread.throw_new("java/lang/IndexOutOfBoundsException", Some(&msg)));
    }
    if fd != 0 {
        return Err(thread.throw_new("java/io/IOException", Some("Bad file descriptor")));
    }
    if len == 0 {
        return int(0);
    }
    let mut data = vec![0u8; len as usize];
    match crate::stdio::read_stdin(&mut data) {
        Ok(0) => int(-1),
        Ok(n) => {
            buffer.array_copy_from(off as usize, &data[..n]);
            int(n as i32)
        }
        Err(e) => Err(thread.throw_new("java/io/IOException", Some(&e.to_string()))),
    }
}

fn available(_: &mut Thread, _: &[u64]) -> Result<u64, Thrown> {
    int(0)
}
