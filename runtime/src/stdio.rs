//! The process's standard streams as Java sees them through file descriptors 0, 1
//! and 2. Standard output is buffered in Rust and flushed when Java flushes, before
//! anything is written to standard error (so the two interleave as they would
//! unbuffered), before reading standard input, and at exit.

use std::io::{BufWriter, Read, Stdout, Write};
use std::sync::{Mutex, OnceLock};

fn stdout() -> &'static Mutex<BufWriter<Stdout>> {
    static OUT: OnceLock<Mutex<BufWriter<Stdout>>> = OnceLock::new();
    OUT.get_or_init(|| Mutex::new(BufWriter::with_capacity(1 << 16, std::io::stdout())))
}

/// Writes bytes to a file descriptor (1 or 2); other descriptors are an error.
pub fn write(fd: i32, bytes: &[u8]) -> std::io::Result<()> {
    match fd {
        1 => stdout()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .write_all(bytes),
        2 => {
            flush_stdout();
            let mut err = std::io::stderr().lock();
            err.write_all(bytes)?;
            err.flush()
        }
        _ => Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "bad file descriptor",
        )),
    }
}

pub fn flush(fd: i32) {
    if fd == 1 {
        flush_stdout();
    }
}

pub fn flush_stdout() {
    let _ = stdout().lock().unwrap_or_else(|e| e.into_inner()).flush();
}

/// Reads up to `buf.len()` bytes from standard input; 0 at end of input.
pub fn read_stdin(buf: &mut [u8]) -> std::io::Result<usize> {
    flush_stdout();
    std::io::stdin().lock().read(buf)
}
