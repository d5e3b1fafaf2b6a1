//! `java.io.FileOutputStream` over file descriptors 1 and 2 (see `stdio`).

use super::{arg_int, non_null};
use crate::native::NativeRegistry;
use crate::thread::{Thread, Thrown};

pub fn register(r: &mut NativeRegistry) {
    r.register(
        "java/io/FileOutputStream",
        "writeBytes",
        "(I[BII)V",
        write_bytes,
    );
    r.register("java/io/FileOutputStream", "flush0", "(I)V", flush);
}

fn write_bytes(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    let fd = arg_int(args, 0);
    let bytes = non_null(thread, args, 1)?;
    let (off, len) = (arg_int(args, 2), arg_int(args, 3));
    let total = bytes.array_length();
    if off < 0 || len < 0 || off as i64 + len as i64 > total as i64 {
        let msg = format!("Range [{off}, {off} + {len}) out of bounds for length {total}");
        return Err(thread.throw_new("java/lang/IndexOutOfBoundsException", Some(&msg)));
    }
    let data: Vec<u8> = bytes.array_to_vec::<u8>();
    if let Err(e) = crate::stdio::write(fd, &data[off as usize..(off + len) as usize]) {
        return Err(thread.throw_new("java/io/IOException", Some(&e.to_string())));
    }
    Ok(0)
}

fn flush(_: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    crate::stdio::flush(arg_int(args, 0));
    Ok(0)
}
