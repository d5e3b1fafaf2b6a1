//! The VM: the heap, the loader, natives, interned strings and options, shared by
//! every thread, plus the `Engine` the runtime calls to run Java code.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

use crate::class::{Class, Method};
use crate::gc::heap::Heap;
use crate::gc::{Collector, GcOptions};
use crate::loader::Loader;
use crate::native::NativeRegistry;
use crate::object::Ref;
use crate::thread::{Thread, Thrown};

/// What runs Java code: the interpreter implements it, and installs it at start-up.
/// The runtime calls back through it for `<clinit>`, exception constructors and
/// natives that call Java methods.
pub trait Engine: Sync {
    /// Runs `method` with `args` (receiver first) to completion; returns its result
    /// in one slot (0 for void).
    fn invoke(
        &self,
        thread: &mut Thread,
        method: &'static Method,
        args: &[u64],
    ) -> Result<u64, Thrown>;

    /// Runs `method` with its arguments already on the Java stack at `base` (the top
    /// of the current frame's operand stack): compiled code calls out this way.
    fn invoke_at(
        &self,
        thread: &mut Thread,
        method: &'static Method,
        base: usize,
    ) -> Result<u64, Thrown>;

    /// Runs the `invokedynamic` at constant-pool `index` of `class` (linking it on
    /// first use) with its arguments at the top of the current frame's operand
    /// stack, which ends at `sp`; returns the call site's result (0 if none).
    fn invoke_dynamic(
        &self,
        thread: &mut Thread,
        class: &'static Class,
        index: u16,
        sp: usize,
    ) -> Result<u64, Thrown>;

    /// Resolves the Class constant at `index` of `class` as the interpreter does
    /// (loading the class, with its errors), for compiled code that met it first.
    fn resolve_class(
        &self,
        thread: &mut Thread,
        class: &'static Class,
        index: u16,
    ) -> Result<&'static Class, Thrown>;

    /// Resolves the Fieldref at `index` of `class` for a static or instance access.
    fn resolve_field(
        &self,
        thread: &mut Thread,
        class: &'static Class,
        index: u16,
        is_static: bool,
    ) -> Result<&'static crate::class::Field, Thrown>;

    /// Resolves the Methodref or InterfaceMethodref at `index` of `class`.
    fn resolve_method(
        &self,
        thread: &mut Thread,
        class: &'static Class,
        index: u16,
    ) -> Result<&'static Method, Thrown>;
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VmOptions {
    /// `-D` properties, in order.
    pub properties: Vec<(String, String)>,
    /// `-Xss`, in bytes.
    pub stack_size: Option<u64>,
    /// `-Xmx`, in bytes.
    pub max_heap: Option<u64>,
    /// `-Xms`, in bytes.
    pub initial_heap: Option<u64>,
    pub gc: GcOptions,
    pub jit: JitOptions,
    /// `-Xverify:none`: the class path's classes are not verified.
    pub skip_verification: bool,
    /// Calls and loop back-edges the main thread may run before an
    /// `InternalError` stops it (no flag: the fuzzer sets it). None: unlimited.
    /// A bounded VM never ends the process: `System.exit` unwinds the program.
    pub work_budget: Option<u64>,
}

/// How code is executed: `-Xint`, the default tiering, or `-Xcomp`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ExecMode {
    Interpreted,
    #[default]
    Mixed,
    Compiled,
}

/// The JIT's command-line settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JitOptions {
    pub mode: ExecMode,
    /// `-XX:CompileThreshold`: invocations plus loop back-edges that make a method hot.
    pub compile_threshold: u32,
    /// `-XX:+PrintCompilation`.
    pub print_compilation: bool,
    /// `-XX:+PrintAssembly` (diagnostic): the machine code of each compiled method,
    /// as Cranelift disassembles it.
    pub print_assembly: bool,
    /// `-XX:-UseOnStackReplacement` turns it off.
    pub on_stack_replacement: bool,
    /// `-XX:+CITime`: the compilation summary at exit.
    pub ci_time: bool,
    /// `-XX:+BackgroundCompilation` (the default): hot methods are compiled on a
    /// compiler thread while the interpreter goes on running them;
    /// `-XX:-BackgroundCompilation` or `-Xbatch` compiles on the thread that
    /// found them hot, which waits.
    pub background_compilation: bool,
}

impl Default for JitOptions {
    fn default() -> JitOptions {
        JitOptions {
            mode: ExecMode::Mixed,
            compile_threshold: 10_000,
            print_compilation: false,
            print_assembly: false,
            on_stack_replacement: true,
            ci_time: false,
            background_compilation: true,
        }
    }
}

pub const DEFAULT_MAX_HEAP: usize = 256 << 20;
/// The smallest `-Xmx` the VM starts with (HotSpot: "Too small maximum heap").
pub const MIN_HEAP: usize = 2 << 20;
/// The heap's first target size; it grows with the live data.
pub const DEFAULT_INITIAL_HEAP: usize = 8 << 20;
pub const DEFAULT_STACK_SIZE: usize = 1 << 20;

pub struct Vm {
    pub heap: Heap,
    pub collector: Collector,
    pub loader: Loader,
    pub natives: NativeRegistry,
    pub options: VmOptions,
    pub(crate) strings: Mutex<HashMap<Box<[u16]>, Ref>>,
    pub(crate) engine: OnceLock<&'static dyn Engine>,
    pub(crate) well_known: OnceLock<crate::well_known::WellKnown>,
    pub started: Instant,
    /// Thrown when the heap is too full even to make an `OutOfMemoryError`.
    pub preallocated_oom: OnceLock<Ref>,
    /// Objects kept alive for the rest of the run (roots of every collection).
    pub(crate) pinned: Mutex<Vec<Ref>>,
    /// What the JIT compiled, for `-XX:+CITime`.
    pub compile_stats: crate::compile_stats::CompileStats,
}

impl Vm {
    pub fn new(loader: Loader, natives: NativeRegistry, options: VmOptions) -> &'static Vm {
        let max_heap = options.max_heap.map_or(DEFAULT_MAX_HEAP, |m| m as usize);
        Box::leak(Box::new(Vm {
            heap: Heap::new(
                max_heap,
                options
                    .initial_heap
                    .map_or(DEFAULT_INITIAL_HEAP, |m| m as usize),
                options.gc.stress,
            ),
            collector: Collector::new(options.gc),
            loader,
            natives,
            options,
            strings: Mutex::new(HashMap::new()),
            engine: OnceLock::new(),
            well_known: OnceLock::new(),
            started: Instant::now(),
            preallocated_oom: OnceLock::new(),
            pinned: Mutex::new(Vec::new()),
            compile_stats: Default::default(),
        }))
    }

    /// What the VM does as the process ends (normally or by `System.exit`): the
    /// `-XX:+CITime` summary, and standard output flushed.
    pub fn before_exit(&self) {
        if self.options.jit.ci_time {
            let _ = crate::stdio::write(1, self.compile_stats.summary().as_bytes());
        }
        crate::stdio::flush_stdout();
    }

    /// Keeps `r` alive for the rest of the run (a cache the VM holds in Rust).
    pub fn pin(&self, r: Ref) {
        self.pinned
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(r);
    }

    pub fn set_engine(&self, engine: &'static dyn Engine) {
        let _ = self.engine.set(engine);
    }

    pub fn engine(&self) -> &'static dyn Engine {
        *self
            .engine
            .get()
            .expect("the execution engine is installed at start-up")
    }

    pub fn stack_size(&self) -> usize {
        self.options
            .stack_size
            .map_or(DEFAULT_STACK_SIZE, |s| s as usize)
    }

    /// Classes and offsets the VM itself uses, resolved once at start-up.
    pub fn well_known(&self) -> &crate::well_known::WellKnown {
        self.well_known
            .get()
            .expect("well-known classes are resolved at start-up")
    }

    pub fn class(&self, name: &str) -> Option<&'static Class> {
        self.loader.load(name).ok()
    }
}
