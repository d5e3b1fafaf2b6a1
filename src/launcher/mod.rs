//! The `rjava` launcher: `java`'s command line, class path set-up and main-class
//! checks, with `java`'s messages and exit codes.
//!
//! `--dry-run` loads and checks the main class without running it, as `java
//! --dry-run` does; otherwise `execute` starts the VM and runs `main`.

pub mod execute;
pub mod options;

use std::io::Write;
use std::path::{Path, PathBuf};

use rjava_classfile::{ClassFile, access};
use rjava_runtime::classpath::{ClassPath, ClassPathError, Jar};

use options::{LaunchOptions, MainTarget, Parsed};

/// Where to look for classes and which class holds `main`.
struct Resolved {
    class_path: ClassPath,
    /// Internal name (`p/q/Main`).
    main: String,
    /// The name as the user wrote it, for messages.
    shown: String,
}

/// Runs the launcher with `args` (without the program name); returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let opts = match options::parse(args) {
        Parsed::Launch(opts) => opts,
        Parsed::Exit {
            code,
            stdout,
            stderr,
        } => {
            let _ = out.write_all(stdout.as_bytes());
            let _ = err.write_all(stderr.as_bytes());
            return code;
        }
    };
    if opts.show_version {
        let _ = err.write_all(options::version_text().as_bytes());
    }
    if opts.vm.skip_verification {
        let _ = writeln!(
            err,
            "rjava warning: -Xverify:none: classes are not verified; bad bytecode can crash the VM"
        );
    }
    match launch(&opts) {
        Ok(code) => code,
        Err(message) => {
            let _ = writeln!(err, "{message}");
            1
        }
    }
}

/// Sets up and checks the launch, then runs `main`; returns the exit code.
fn launch(opts: &LaunchOptions) -> Result<i32, String> {
    let resolved = resolve(opts)?;
    check_main_class(&resolved)?;
    if opts.dry_run {
        return Ok(0);
    }
    let vm_options = opts.vm.clone();
    check_heap_sizes(&vm_options)?;
    Ok(execute::run_main(
        resolved.class_path,
        &resolved.main,
        &opts.args,
        vm_options,
    ))
}

/// HotSpot's checks of `-Xmx` and `-Xms`, with its messages.
fn check_heap_sizes(vm: &rjava_runtime::vm::VmOptions) -> Result<(), String> {
    const INIT_ERROR: &str = "Error occurred during initialization of VM";
    let max = vm
        .max_heap
        .unwrap_or(rjava_runtime::vm::DEFAULT_MAX_HEAP as u64);
    if max < rjava_runtime::vm::MIN_HEAP as u64 {
        return Err(format!("{INIT_ERROR}\nToo small maximum heap"));
    }
    if vm.initial_heap.is_some_and(|initial| initial > max) {
        return Err(format!(
            "{INIT_ERROR}\nInitial heap size set to a larger value than the maximum heap size"
        ));
    }
    Ok(())
}

fn resolve(opts: &LaunchOptions) -> Result<Resolved, String> {
    match &opts.target {
        MainTarget::Class(name) => {
            let spec = opts
                .class_path
                .clone()
                .or_else(|| std::env::var("CLASSPATH").ok())
                .unwrap_or_else(|| ".".to_string());
            Ok(Resolved {
                class_path: ClassPath::parse(&spec),
                main: name.replace('.', "/"),
                shown: name.clone(),
            })
        }
        MainTarget::Jar(jar) => resolve_jar(jar),
        MainTarget::ClassFile(file) => resolve_class_file(file),
    }
}

fn resolve_jar(jar_arg: &str) -> Result<Resolved, String> {
    let path = Path::new(jar_arg);
    if !path.is_file() {
        return Err(format!("Error: Unable to access jarfile {jar_arg}"));
    }
    let corrupt = || format!("Error: Invalid or corrupt jarfile {jar_arg}");
    let jar = Jar::open(path).map_err(|_| corrupt())?;
    let manifest = jar.manifest().map_err(|_| corrupt())?;
    let Some(main) = manifest.as_ref().and_then(|m| m.main_class()) else {
        return Err(format!("no main manifest attribute, in {jar_arg}"));
    };
    let mut class_path = ClassPath::default();
    class_path.push(path);
    let base = path.parent().unwrap_or(Path::new("."));
    for entry in manifest
        .as_ref()
        .map(|m| m.class_path())
        .unwrap_or_default()
    {
        class_path.push(&base.join(entry));
    }
    Ok(Resolved {
        class_path,
        main: main.replace('.', "/"),
        shown: main.to_string(),
    })
}

/// `rjava dir/p/Main.class`: the class path is the directory that holds the package
/// root, found from the name the class declares.
fn resolve_class_file(file: &str) -> Result<Resolved, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("Error: cannot read {file}: {e}"))?;
    let class = ClassFile::parse(&bytes).map_err(|e| {
        format!("Error: LinkageError occurred while loading main class {file}\n\tjava.lang.ClassFormatError: {e}")
    })?;
    let path = std::fs::canonicalize(file).unwrap_or_else(|_| PathBuf::from(file));
    let mut root = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    for package in class.name.split('/').rev().skip(1) {
        if root.file_name().is_some_and(|d| d == package) {
            root.pop();
        }
    }
    let mut class_path = ClassPath::default();
    class_path.push(&root);
    Ok(Resolved {
        class_path,
        shown: class.name.replace('/', "."),
        main: class.name,
    })
}

/// Loads the main class and finds `public static void main(String[])`, in the class
/// or a superclass, as `java` does.
fn check_main_class(r: &Resolved) -> Result<(), String> {
    let shown = &r.shown;
    let (class, _) = r.class_path.load(&r.main).map_err(|e| match e {
        ClassPathError::NotFound(_) => format!(
            "Error: Could not find or load main class {shown}\nCaused by: java.lang.ClassNotFoundException: {}",
            r.main.replace('/', ".")
        ),
        ClassPathError::WrongName { requested, found } => format!(
            "Error: Could not find or load main class {shown}\nCaused by: java.lang.NoClassDefFoundError: {requested} (wrong name: {found})"
        ),
        ClassPathError::Format { source, .. } => format!(
            "Error: LinkageError occurred while loading main class {shown}\n\tjava.lang.ClassFormatError: {source} in class file {}",
            r.main
        ),
        ClassPathError::CorruptJar { path, .. } => format!("Error: Invalid or corrupt jarfile {path}"),
        other => format!("Error: Could not find or load main class {shown}\nCaused by: {other}"),
    })?;
    let display = class.name.replace('/', ".");
    let define = "please define the main method as:\n   public static void main(String[] args)";
    match find_main(&r.class_path, class) {
        Some(flags) if flags & access::STATIC == 0 => Err(format!(
            "Error: Main method is not static in class {display}, {define}"
        )),
        Some(_) => Ok(()),
        None => Err(format!(
            "Error: Main method not found in class {display}, {define}\nor a JavaFX application class must extend javafx.application.Application"
        )),
    }
}

/// The access flags of the public `main(String[])` in `class` or its superclasses.
fn find_main(cp: &ClassPath, mut class: ClassFile) -> Option<u16> {
    // A bounded walk: a circular or absurdly deep hierarchy is not a launcher's problem.
    for _ in 0..256 {
        if let Some(m) = class.find_method("main", "([Ljava/lang/String;)V")
            && m.access_flags & access::PUBLIC != 0
        {
            return Some(m.access_flags);
        }
        let sup = class.super_name.clone()?;
        class = cp.load(&sup).ok()?.0;
    }
    None
}
