//! Starting the VM and running `main`: the class library and class path are set up,
//! `java.lang.System` is initialized, the main class is loaded and initialized, and
//! `main(String[])` runs on the main thread. An exception that escapes `main` is
//! printed by `Thread.dispatchUncaughtException` (HotSpot's format) and the exit
//! code is 1; `System.exit(n)` ends the process from its native.

use rjava_interp::INTERPRETER;
use rjava_runtime::classpath::ClassPath;
use rjava_runtime::exception::throw_load_error;
use rjava_runtime::loader::{LoadError, Loader};
use rjava_runtime::native::NativeRegistry;
use rjava_runtime::vm::{Vm, VmOptions};
use rjava_runtime::{Ref, Thread, Thrown};

/// Native stack one re-entry from Rust into Java may use (about 5 KB measured in
/// release builds; debug builds use several times more, hence the margin).
const NATIVE_BYTES_PER_REENTRY: usize = 64 << 10;

/// The main thread's native stack: generous, and larger with `-Xss`.
fn native_stack_size(options: &VmOptions) -> usize {
    let java_stack = options
        .stack_size
        .unwrap_or(rjava_runtime::vm::DEFAULT_STACK_SIZE as u64) as usize;
    java_stack.saturating_mul(8).clamp(64 << 20, 1 << 30)
}

/// Runs `main_class` (internal name) with `args` on a thread of its own, as the
/// `java` launcher does, with a native stack sized from `-Xss`. Java code recursing
/// through natives (toString inside string concatenation, lambdas) nests Rust calls,
/// so such re-entries are bounded too and end in `StackOverflowError` well before the
/// native stack runs out. Returns the process exit code.
pub fn run_main(
    class_path: ClassPath,
    main_class: &str,
    args: &[String],
    options: VmOptions,
) -> i32 {
    let native_stack = native_stack_size(&options);
    let main_class = main_class.to_string();
    let args = args.to_vec();
    let runner = std::thread::Builder::new()
        .name("main".into())
        .stack_size(native_stack)
        .spawn(move || run_on_this_thread(class_path, &main_class, &args, options, native_stack));
    match runner.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        Ok(Err(_)) => rjava_runtime::exception::fatal("the main thread panicked"),
        Err(e) => rjava_runtime::exception::fatal(&format!("cannot start the main thread: {e}")),
    }
}

/// The embedded class library, or, for work on the library itself, the jar named by
/// `RJAVA_CLASSLIB` (so a rebuilt `classlib.jar` can be tried without rebuilding the VM).
fn class_library() -> &'static [u8] {
    match std::env::var_os("RJAVA_CLASSLIB") {
        Some(path) => match std::fs::read(&path) {
            Ok(bytes) => Box::leak(bytes.into_boxed_slice()),
            Err(e) => rjava_runtime::exception::fatal(&format!(
                "cannot read RJAVA_CLASSLIB {}: {e}",
                std::path::Path::new(&path).display()
            )),
        },
        None => rjava_runtime::library::CLASS_LIBRARY,
    }
}

fn run_on_this_thread(
    class_path: ClassPath,
    main_class: &str,
    args: &[String],
    options: VmOptions,
    native_stack: usize,
) -> i32 {
    let loader = match Loader::new(Some(class_library()), class_path) {
        Ok(l) => l,
        Err(e) => rjava_runtime::exception::fatal(&e),
    };
    let mut natives = NativeRegistry::default();
    rjava_runtime::natives::register_all(&mut natives);
    let vm: &'static Vm = Vm::new(loader, natives, options);
    if vm.collector.options.log {
        rjava_runtime::gc::log(vm.started.elapsed(), "Using Mark Sweep");
    }
    vm.set_engine(&INTERPRETER);
    if let Err(e) = rjava_runtime::well_known::install(vm) {
        rjava_runtime::exception::fatal(&format!("the class library is incomplete: {e}"));
    }
    let mut thread = Thread::new(vm, vm.stack_size());
    thread.max_reentry = native_stack / NATIVE_BYTES_PER_REENTRY;
    // HotSpot's launcher links the main class before it runs anything, and reports
    // a failure there (a VerifyError) as its own error.
    if let Err(message) = load_and_link_main(vm, main_class) {
        eprintln!("{message}");
        return 1;
    }
    let code = match start(&mut thread, main_class, args) {
        Ok(()) => 0,
        Err(Thrown) => {
            report_uncaught(&mut thread);
            1
        }
    };
    vm.before_exit();
    code
}

/// Loads and verifies the main class as HotSpot's launcher does before it runs
/// anything, with its messages for what can go wrong there.
fn load_and_link_main(vm: &'static Vm, main_class: &str) -> Result<(), String> {
    let shown = main_class.replace('/', ".");
    let main = match vm.loader.load(main_class) {
        Ok(main) => main,
        Err(LoadError::NoClassDefFound(missing)) => {
            return Err(format!(
                "Error: Could not find or load main class {shown}\nCaused by: java.lang.NoClassDefFoundError: {missing}"
            ));
        }
        Err(e) => {
            return Err(format!(
                "Error: LinkageError occurred while loading main class {shown}\n\t{e}"
            ));
        }
    };
    if !vm.options.skip_verification
        && let Err(e) = vm.loader.verify(main)
    {
        return Err(format!(
            "Error: Unable to initialize main class {shown}\nCaused by: {e}"
        ));
    }
    Ok(())
}

fn start(thread: &mut Thread, main_class: &str, args: &[String]) -> Result<(), Thrown> {
    rjava_runtime::natives::create_main_thread(thread)?;
    rjava_runtime::alloc::preallocate_out_of_memory_error(thread)?;
    let vm = thread.vm;
    let system = vm
        .loader
        .load("java/lang/System")
        .map_err(|e| throw_load_error(thread, &e))?;
    rjava_runtime::init::initialize(thread, system)?;
    let main = vm
        .loader
        .load(main_class)
        .map_err(|e| throw_load_error(thread, &e))?;
    rjava_runtime::init::initialize(thread, main)?;
    let string = vm.well_known().string;
    let argv = rjava_runtime::alloc::new_array_of(thread, string, args.len() as i32)?;
    thread.with_roots(&[argv], |thread| {
        for (i, a) in args.iter().enumerate() {
            let s = rjava_runtime::string::new_string(thread, a)?;
            argv.array_set_ref(i, Some(s));
        }
        Ok(())
    })?;
    let Some(entry) = main.resolve_method("main", "([Ljava/lang/String;)V") else {
        return Err(thread.throw_new("java/lang/NoSuchMethodError", Some("main")));
    };
    vm.engine().invoke(thread, entry, &[argv.slot()])?;
    Ok(())
}

/// `Exception in thread "main" ...` through the Java thread's uncaught handler.
fn report_uncaught(thread: &mut Thread) {
    let Some(exception) = thread.take_pending() else {
        return;
    };
    let handler = thread.java_thread.and_then(|t| {
        t.class()
            .resolve_method("dispatchUncaughtException", "(Ljava/lang/Throwable;)V")
            .map(|m| (t, m))
    });
    let printed = match handler {
        Some((t, m)) => thread.with_roots(&[exception], |thread| {
            thread
                .vm
                .engine()
                .invoke(thread, m, &[t.slot(), exception.slot()])
                .is_ok()
        }),
        None => false,
    };
    if !printed {
        // The handler itself failed: say what we can without running Java code.
        thread.take_pending();
        rjava_runtime::stdio::flush_stdout();
        eprintln!(
            "Exception in thread \"main\" {}",
            describe(thread, exception)
        );
    }
}

fn describe(thread: &Thread, exception: Ref) -> String {
    let class = exception.class().java_name();
    let message = exception
        .class()
        .resolve_field("detailMessage", "Ljava/lang/String;")
        .and_then(|f| exception.read_ref(f.offset))
        .map(|m| rjava_runtime::string::to_rust(thread, m));
    match message {
        Some(m) => format!("{class}: {m}"),
        None => class,
    }
}
