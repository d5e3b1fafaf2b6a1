//! `java.lang.Runtime`: process exit, processor count, heap figures and `gc()`.

use super::{arg_int, int, long};
use crate::native::NativeRegistry;
use crate::thread::{Thread, Thrown};

pub fn register(r: &mut NativeRegistry) {
    let c = "java/lang/Runtime";
    r.register(c, "halt0", "(I)V", halt);
    r.register(c, "availableProcessors", "()I", available_processors);
    r.register(c, "freeMemory", "()J", free_memory);
    r.register(c, "totalMemory", "()J", total_memory);
    r.register(c, "maxMemory", "()J", max_memory);
    r.register(c, "gc", "()V", gc);
}

fn halt(thread: &mut Thread, args: &[u64]) -> Result<u64, Thrown> {
    crate::stdio::flush_stdout();
    if thread.vm.options.work_budget.is_some() {
        // A bounded run lives inside another program (the fuzzer): end the Java
        // program, not the process.
        thread.work_budget = 0;
        return Err(thread.throw_new(
            "java/lang/InternalError",
            Some("System.exit in a bounded run"),
        ));
    }
    thread.vm.before_exit();
    std::process::exit(arg_int(args, 0));
}

fn available_processors(_: &mut Thread, _: &[u64]) -> Result<u64, Thrown> {
    int(std::thread::available_parallelism().map_or(1, |n| n.get() as i32))
}

fn total_memory(thread: &mut Thread, _: &[u64]) -> Result<u64, Thrown> {
    long(thread.vm.heap.committed_bytes() as i64)
}

fn free_memory(thread: &mut Thread, _: &[u64]) -> Result<u64, Thrown> {
    let heap = &thread.vm.heap;
    long(heap.committed_bytes().saturating_sub(heap.used_bytes()) as i64)
}

fn max_memory(thread: &mut Thread, _: &[u64]) -> Result<u64, Thrown> {
    long(thread.vm.heap.max_bytes() as i64)
}

fn gc(thread: &mut Thread, _: &[u64]) -> Result<u64, Thrown> {
    crate::gc::collect(thread, crate::gc::Cause::SystemGc);
    Ok(0)
}
