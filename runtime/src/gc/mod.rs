//! The garbage collector: stop-the-world, non-moving mark-sweep with precise roots.
//!
//! - `heap`: regions, free spans, thread allocation buffers, large objects, sweeping.
//! - `mark`: the mark bit and an explicit mark stack (no recursion).
//! - `roots`: statics, mirrors, interned strings, pinned objects, and each thread's
//!   frames through per-method reference maps (`rjava_classfile::ReferenceMap`).
//!
//! A collection runs when an allocation would take the heap past its target size
//! (or past `-Xmx`), on `System.gc()`, and before every allocation in stress mode
//! (`-XX:+FullGCALot`). Rust code that holds references across an allocation must
//! register them as roots (`Thread::protect`), or a collection may free them.

pub mod heap;
pub mod mark;
pub mod roots;

use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::thread::Thread;

/// Why a collection runs (printed in the log line as HotSpot does).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    AllocationFailure,
    SystemGc,
    /// `-XX:+FullGCALot`: before an allocation, to flush out missing roots.
    Stress,
}

impl Cause {
    fn text(self) -> &'static str {
        match self {
            Cause::AllocationFailure => "Allocation Failure",
            Cause::SystemGc => "System.gc()",
            Cause::Stress => "Full GC Alot",
        }
    }
}

/// Totals over the run (for `-verbose:gc` and benchmarks).
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    pub collections: u64,
    pub total_pause: Duration,
}

/// How the collector behaves, from the command line.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct GcOptions {
    /// `-verbose:gc` / `-Xlog:gc`: one line per collection on stdout.
    pub log: bool,
    /// `-XX:+FullGCALot`: collect before allocations, poison freed memory and
    /// check every reference found.
    pub stress: bool,
    /// `-XX:FullGCALotInterval=n`: in stress mode, collect before every n-th
    /// allocation (0 or 1: every one).
    pub stress_interval: u32,
}

/// The collector's state shared by the VM's threads.
#[derive(Default)]
pub struct Collector {
    pub options: GcOptions,
    stats: Mutex<Stats>,
}

impl Collector {
    pub fn new(options: GcOptions) -> Collector {
        Collector {
            options,
            stats: Mutex::new(Stats::default()),
        }
    }

    pub fn stats(&self) -> Stats {
        *self.stats.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Collects the whole heap. The world is this thread (rjava runs Java on one
/// thread); with more threads, this is where they would be stopped at safepoints.
pub fn collect(thread: &mut Thread, cause: Cause) {
    let vm = thread.vm;
    let heap = &vm.heap;
    let started = Instant::now();
    heap.retire_tlab(&mut thread.tlab);
    let used_before = heap.used_bytes();
    let mut marker = mark::Marker::new(heap, vm.collector.options.stress);
    roots::scan_vm(vm, &mut marker);
    roots::scan_thread(thread, &mut marker);
    marker.drain();
    let live = heap.sweep();
    heap.resize_after_collection(live);
    let pause = started.elapsed();
    let number = {
        let mut stats = vm.collector.stats.lock().unwrap_or_else(|e| e.into_inner());
        stats.collections += 1;
        stats.total_pause += pause;
        stats.collections - 1
    };
    if vm.collector.options.log {
        log(
            vm.started.elapsed(),
            &format!(
                "GC({number}) Pause Full ({}) {}M->{}M({}M) {:.3}ms",
                cause.text(),
                used_before >> 20,
                live >> 20,
                heap.committed_bytes() >> 20,
                pause.as_secs_f64() * 1e3
            ),
        );
    }
}

/// Prints a unified-logging style line (`[0.123s][info][gc] ...`) on stdout, in
/// order with the program's own output.
pub fn log(uptime: Duration, message: &str) {
    let line = format!("[{:.3}s][info][gc] {message}\n", uptime.as_secs_f64());
    let _ = crate::stdio::write(1, line.as_bytes());
}
