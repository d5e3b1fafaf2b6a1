//! Background compilation: hot methods and loops wait in a queue for one compiler
//! thread while the interpreter goes on running them (HotSpot's compile broker).
//!
//! On a machine with a second core, the program never waits for Cranelift: a
//! method's code is installed (its entries and state, atomically) when it is ready,
//! and the next call takes it; a loop's on-stack-replacement entry is taken by the
//! interpreter at a later back-edge. The compiler reads only class metadata, which
//! is leaked and immutable once linked or is behind locks and atomics, so it needs
//! no safepoint with the collector.
//! The thread is started at the first request and lives as long as the process.

use std::collections::VecDeque;
use std::sync::{Condvar, Mutex, OnceLock};

use rjava_runtime::vm::Vm;
use rjava_runtime::{JitState, Method};

/// A method (or one of its loop heads) to compile, for a VM.
struct Task {
    vm: &'static Vm,
    method: &'static Method,
    osr: Option<u32>,
}

struct Queue {
    tasks: Mutex<VecDeque<Task>>,
    ready: Condvar,
}

fn queue() -> &'static Queue {
    static QUEUE: OnceLock<Queue> = OnceLock::new();
    QUEUE.get_or_init(|| Queue {
        tasks: Mutex::new(VecDeque::new()),
        ready: Condvar::new(),
    })
}

/// Queues `method` (already marked `Queued`), or its loop head at `osr`, for the
/// compiler thread.
pub(crate) fn submit(vm: &'static Vm, method: &'static Method, osr: Option<u32>) {
    static THREAD: OnceLock<bool> = OnceLock::new();
    let started = *THREAD.get_or_init(|| {
        std::thread::Builder::new()
            .name("compiler".into())
            .spawn(compile_loop)
            .is_ok()
    });
    if !started {
        // No thread to be had: compile here and now.
        run(Task { vm, method, osr });
        return;
    }
    let q = queue();
    q.tasks
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push_back(Task { vm, method, osr });
    q.ready.notify_one();
}

fn compile_loop() {
    let q = queue();
    loop {
        let task = {
            let mut tasks = q.tasks.lock().unwrap_or_else(|e| e.into_inner());
            loop {
                match tasks.pop_front() {
                    Some(t) => break t,
                    None => tasks = q.ready.wait(tasks).unwrap_or_else(|e| e.into_inner()),
                }
            }
        };
        run(task);
    }
}

fn run(task: Task) {
    match task.osr {
        Some(pc) => {
            crate::compiler::compile_osr_now(task.vm, task.method, pc);
        }
        None => {
            if task.method.jit_state() == JitState::Queued {
                crate::compiler::compile_now(task.vm, task.method);
            }
        }
    }
}
