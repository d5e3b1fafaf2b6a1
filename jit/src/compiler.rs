//! Compiling a method: Cranelift's JIT module (one per process, behind a lock),
//! the host ISA with frame pointers kept, and the bookkeeping around a compilation
//! (`-XX:+PrintCompilation` lines, the method's entry and state).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

use cranelift_codegen::ir::{AbiParam, types};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{Linkage, Module};
use rjava_runtime::compile_stats::CompileKind;
use rjava_runtime::vm::{ExecMode, Vm};
use rjava_runtime::{JitState, Method, Thread};

/// Why a method was not compiled; it stays interpreted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub reason: String,
    /// The method refers to a class, array class or string the program has not
    /// reached yet: it may compile once the interpreter has run further.
    pub transient: bool,
}

impl CompileError {
    pub fn new(reason: impl Into<String>) -> CompileError {
        CompileError {
            reason: reason.into(),
            transient: false,
        }
    }

    pub fn not_yet(reason: impl Into<String>) -> CompileError {
        CompileError {
            reason: reason.into(),
            transient: true,
        }
    }
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

/// How many times a method whose compilation failed for a transient reason is
/// tried again (each after it has become hot once more).
const MAX_ATTEMPTS: u8 = 4;

struct Jit {
    module: JITModule,
    context: cranelift_codegen::Context,
    builder: FunctionBuilderContext,
}

// SAFETY: the module owns executable memory and raw pointers into it; it is only
// ever used under the mutex below.
unsafe impl Send for Jit {}

fn jit() -> Result<&'static Mutex<Jit>, CompileError> {
    static JIT: OnceLock<Result<Mutex<Jit>, CompileError>> = OnceLock::new();
    JIT.get_or_init(|| {
        let mut flags = settings::builder();
        let set = |flags: &mut settings::Builder, k: &str, v: &str| {
            flags
                .set(k, v)
                .map_err(|e| CompileError::new(format!("cranelift setting {k}: {e}")))
        };
        set(&mut flags, "opt_level", "speed")?;
        set(&mut flags, "preserve_frame_pointers", "true")?;
        set(&mut flags, "is_pic", "false")?;
        // Cranelift checks its IR between passes by default; that costs a good part
        // of the compile time, so only debug builds (the tests) keep it.
        set(
            &mut flags,
            "enable_verifier",
            if cfg!(debug_assertions) {
                "true"
            } else {
                "false"
            },
        )?;
        let isa = cranelift_native::builder()
            .map_err(|e| CompileError::new(format!("no Cranelift backend for this host: {e}")))?
            .finish(settings::Flags::new(flags))
            .map_err(|e| CompileError::new(format!("cranelift ISA: {e}")))?;
        let builder = JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
        let module = JITModule::new(builder);
        let context = module.make_context();
        Ok(Mutex::new(Jit {
            module,
            context,
            builder: FunctionBuilderContext::new(),
        }))
    })
    .as_ref()
    .map_err(Clone::clone)
}

static NEXT_ID: AtomicU32 = AtomicU32::new(1);

/// On-stack-replacement entries by (method, loop head).
#[derive(Clone, Copy)]
enum OsrEntry {
    /// Queued for the compiler thread.
    Pending,
    Ready(usize),
    Failed,
}

type OsrKey = (usize, u32);

fn osr_table() -> std::sync::MutexGuard<'static, HashMap<OsrKey, OsrEntry>> {
    static OSR: OnceLock<Mutex<HashMap<OsrKey, OsrEntry>>> = OnceLock::new();
    OSR.get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner())
}

/// The entry of `method`'s loop head at bytecode `pc` for a jump in from an
/// interpreter frame (on-stack replacement), if it is compiled. The first request
/// compiles it: in the background (the interpreter asks again later) or at once.
/// Each loop head is compiled at most once.
pub fn compile_osr(thread: &mut Thread, method: &'static Method, pc: u32) -> Option<usize> {
    let key = (method as *const Method as usize, pc);
    let vm = thread.vm;
    {
        let mut table = osr_table();
        match table.get(&key) {
            Some(OsrEntry::Ready(entry)) => return Some(*entry),
            Some(OsrEntry::Pending | OsrEntry::Failed) => return None,
            None if vm.options.jit.background_compilation => {
                table.insert(key, OsrEntry::Pending);
                drop(table);
                crate::broker::submit(vm, method, Some(pc));
                return None;
            }
            None => {}
        }
    }
    compile_osr_now(vm, method, pc)
}

/// Compiles the on-stack-replacement entry at `pc` and records it.
pub(crate) fn compile_osr_now(vm: &'static Vm, method: &'static Method, pc: u32) -> Option<usize> {
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let started = Instant::now();
    let outcome = compile_method(vm, method, Some(pc));
    report(vm, method, id, Some(pc), started, &outcome);
    let entry = outcome.ok().map(|c| c.entry);
    let key = (method as *const Method as usize, pc);
    osr_table().insert(key, entry.map_or(OsrEntry::Failed, OsrEntry::Ready));
    entry
}

/// Whether `method` has compiled code; a hot method without is compiled: queued
/// for the compiler thread (the interpreter runs it until the code is installed)
/// or, with `-Xbatch` and under `-Xcomp`, at once.
pub fn compile(thread: &mut Thread, method: &'static Method) -> bool {
    match method.jit_state() {
        JitState::Compiled => return true,
        JitState::NotCompilable | JitState::Queued => return false,
        JitState::Interpreted => {}
    }
    let vm = thread.vm;
    let options = vm.options.jit;
    if options.background_compilation && options.mode == ExecMode::Mixed {
        let queued = method.jit_state.compare_exchange(
            JitState::Interpreted as u8,
            JitState::Queued as u8,
            Ordering::AcqRel,
            Ordering::Acquire,
        );
        if queued.is_ok() {
            crate::broker::submit(vm, method, None);
        }
        return false;
    }
    compile_now(vm, method)
}

/// Compiles `method` and installs its entry, or marks it not compilable (or, for
/// a transient reason, interpreted again until it is hot once more). Returns
/// whether it has compiled code now.
pub(crate) fn compile_now(vm: &'static Vm, method: &'static Method) -> bool {
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let started = Instant::now();
    let outcome = compile_method(vm, method, None);
    report(vm, method, id, None, started, &outcome);
    match outcome.map(|c| c.entry) {
        Ok(address) => {
            method.jit_entry.store(address, Ordering::Release);
            if !method.is_synchronized() {
                method.direct_entry.store(address, Ordering::Release);
            }
            method
                .jit_state
                .store(JitState::Compiled as u8, Ordering::Release);
            true
        }
        Err(e) => {
            let attempts = method.jit_attempts.fetch_add(1, Ordering::Relaxed) + 1;
            let state = if e.transient && attempts < MAX_ATTEMPTS {
                // Count up to the threshold again before the next try.
                method.invocations.store(0, Ordering::Relaxed);
                method.backedges.store(0, Ordering::Relaxed);
                JitState::Interpreted
            } else {
                JitState::NotCompilable
            };
            method.jit_state.store(state as u8, Ordering::Release);
            false
        }
    }
}

fn primitive_arrays(
    vm: &'static Vm,
) -> Vec<(rjava_runtime::BasicType, &'static rjava_runtime::Class)> {
    let loader = &vm.loader;
    use rjava_runtime::BasicType::*;
    [Boolean, Byte, Char, Short, Int, Long, Float, Double]
        .into_iter()
        .filter_map(|t| loader.array_of(loader.primitive(t)).ok().map(|c| (t, c)))
        .collect()
}

/// The `-XX:+PrintCompilation` line: time (ms), id, `%` and `@ bci` for OSR, tier,
/// name, bytecode size, and the compile time or why it was skipped.
fn report(
    vm: &'static Vm,
    method: &Method,
    id: u32,
    osr: Option<u32>,
    started: Instant,
    outcome: &Result<Compiled, CompileError>,
) {
    let time = started.elapsed();
    let bytes = method.code.as_ref().map_or(0, |c| c.code.len());
    let (kind, code_bytes) = match (outcome, osr) {
        (Ok(c), None) => (CompileKind::Standard, c.code_bytes),
        (Ok(c), Some(_)) => (CompileKind::Osr, c.code_bytes),
        (Err(_), _) => (CompileKind::BailedOut, 0),
    };
    vm.compile_stats.record(kind, bytes, time, code_bytes);
    if !vm.options.jit.print_compilation {
        return;
    }
    let name = format!("{}::{}", method.owner().name.replace('/', "."), method.name);
    let (mark, at) = match osr {
        Some(pc) => ("%", format!(" @ {pc}")),
        None => (" ", String::new()),
    };
    let tail = match outcome {
        Ok(_) => format!("{:.3} ms", time.as_secs_f64() * 1e3),
        Err(e) => format!("  COMPILE SKIPPED: {e}"),
    };
    line(&format!(
        "{:>7} {id:>5} {mark}     1       {name}{at} ({bytes} bytes) {tail}",
        vm.started.elapsed().as_millis()
    ));
}

/// `-XX:+PrintAssembly`: the method's machine code as Cranelift lists it.
fn print_listing(method: &Method, osr: Option<u32>, context: &cranelift_codegen::Context) {
    let Some(listing) = context.compiled_code().and_then(|c| c.vcode.as_deref()) else {
        return;
    };
    let at = osr.map_or(String::new(), |pc| format!(" (OSR @ {pc})"));
    line(&format!(
        "----- {}::{}{}{at} -----\n{listing}",
        method.owner().name.replace('/', "."),
        method.name,
        method.descriptor
    ));
}

fn line(text: &str) {
    let _ = rjava_runtime::stdio::write(1, format!("{text}\n").as_bytes());
}

/// A finished compilation: where it is entered and how much machine code it is.
struct Compiled {
    entry: usize,
    code_bytes: usize,
}

fn compile_method(
    vm: &'static Vm,
    method: &'static Method,
    osr: Option<u32>,
) -> Result<Compiled, CompileError> {
    let primitive_arrays = primitive_arrays(vm);
    let loader = &vm.loader;
    let Some(code) = method.code.as_ref() else {
        return Err(CompileError::new("no code"));
    };
    if method.is_synchronized() && osr.is_some() {
        return Err(CompileError::new(
            "on-stack replacement in a synchronized method",
        ));
    }
    let refmap = method
        .reference_map()
        .ok_or_else(|| CompileError::new("code the reference-map analysis rejects"))?;
    let mut guard = jit()?.lock().unwrap_or_else(|e| e.into_inner());
    let jit = &mut *guard;
    jit.module.clear_context(&mut jit.context);
    let pointer = types::I64;
    let sig = &mut jit.context.func.signature;
    sig.params.push(AbiParam::new(pointer));
    sig.params.push(AbiParam::new(pointer));
    sig.returns.push(AbiParam::new(types::I64));
    let signature = sig.clone();
    let name = format!("jit{}", jit.module.declarations().get_functions().count());
    let id = jit
        .module
        .declare_function(&name, Linkage::Local, &signature)
        .map_err(|e| CompileError::new(format!("declare: {e}")))?;
    // A method calling itself calls this very function, unless this is an OSR
    // entry (a different function) or the method locks (it goes through `run`).
    let self_call = (osr.is_none() && !method.is_synchronized())
        .then(|| jit.module.declare_func_in_func(id, &mut jit.context.func));
    {
        let mut b = FunctionBuilder::new(&mut jit.context.func, &mut jit.builder);
        let unit = crate::translate::Unit {
            method,
            code,
            refmap,
            primitive_arrays,
            loader,
            osr,
            self_call,
            inline_allocation: !vm.collector.options.stress,
        };
        let result = crate::translate::translate(&mut b, unit);
        if let Err(e) = result {
            // The builder context is left half-used: start the next one afresh.
            jit.builder = FunctionBuilderContext::new();
            return Err(e);
        }
        b.finalize(jit.module.isa().frontend_config());
    }
    let print_assembly = vm.options.jit.print_assembly;
    jit.context.set_disasm(print_assembly);
    jit.module
        .define_function(id, &mut jit.context)
        .map_err(|e| CompileError::new(format!("cranelift: {e:?}")))?;
    if print_assembly {
        print_listing(method, osr, &jit.context);
    }
    let code_bytes = jit
        .context
        .compiled_code()
        .map_or(0, |c| c.code_buffer().len());
    jit.module.clear_context(&mut jit.context);
    jit.module
        .finalize_definitions()
        .map_err(|e| CompileError::new(format!("finalize: {e}")))?;
    Ok(Compiled {
        entry: jit.module.get_finalized_function(id) as usize,
        code_bytes,
    })
}
