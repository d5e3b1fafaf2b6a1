//! The `java`-style command line: options first, then the main class (or `-jar`
//! file, or a `.class` file path), then the program's arguments.
//!
//! These flags are the JVM's own conventions, so they are parsed here by hand rather
//! than with a CLI crate: `-cp` takes a separate argument, `-D`, `-Xss` and `-verbose:`
//! glue their values on, and everything after the main class belongs to the program.

use rjava_runtime::vm::{ExecMode, VmOptions};

/// What the program to run is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MainTarget {
    /// A class name (`p.q.Main` or `p/q/Main`) looked up on the class path.
    Class(String),
    /// `-jar app.jar`: the jar is the class path and its manifest names the main class.
    Jar(String),
    /// `rjava Hello.class`: a class file; the directory it belongs to is the class path.
    ClassFile(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaunchOptions {
    pub class_path: Option<String>,
    pub target: MainTarget,
    pub args: Vec<String>,
    /// `-D`, `-Xss`, `-Xmx`, `-Xms`, `-verbose:gc`... for the VM.
    pub vm: VmOptions,
    /// `--dry-run`: load and check the main class, then stop.
    pub dry_run: bool,
    /// `-showversion`: print the version on stderr and go on.
    pub show_version: bool,
}

/// The outcome of parsing: launch, or stop with output and an exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    Launch(LaunchOptions),
    Exit {
        code: i32,
        stdout: String,
        stderr: String,
    },
}

pub const USAGE: &str = "\
Usage: rjava [options] <mainclass> [args...]
           (to execute a class)
   or  rjava [options] -jar <jarfile> [args...]
           (to execute a jar file)
   or  rjava [options] <classfile> [args...]
           (to execute the class in a .class file)

 Arguments following the main class, -jar <jarfile> or the class file are
 passed as the arguments to main class.

 where options include:

    -cp <class search path of directories and zip/jar files>
    -classpath <class search path of directories and zip/jar files>
    --class-path <class search path of directories and zip/jar files>
                  A : separated list of directories, JAR archives,
                  and ZIP archives to search for class files.
    --dry-run     create VM and load main class but do not execute main method.
    -D<name>=<value>
                  set a system property
    -Xss<size>    set java thread stack size (k, m or g suffix)
    -Xmx<size>    set the maximum Java heap size (default 256m)
    -Xms<size>    set the initial Java heap size
    -verbose:gc, -Xlog:gc
                  print a line for each garbage collection
    -XX:+FullGCALot
                  collect before every allocation (a stress test for the VM)
    -Xverify:none do not verify the bytecode of the class path's classes (unsafe)
    -Xint         interpret only
    -Xcomp        compile every method before its first call
    -XX:CompileThreshold=<n>
                  calls plus loop iterations that make a method hot (default 10000)
    -XX:+PrintCompilation
                  print a line for each method compiled (or skipped, with why)
    -XX:+CITime   print the time spent compiling, and what was compiled, at exit
    -Xbatch, -XX:-BackgroundCompilation
                  compile hot methods on the thread that runs them, which waits
    -version      print product version to the error stream and exit
    --version     print product version to the output stream and exit
    -showversion  print product version to the error stream and continue
    -? -h -help
                  print this help message to the error stream
    --help        print this help message to the output stream
";

pub fn version_text() -> String {
    format!(
        "rjava version \"{}\"\nrjava Runtime Environment (Rust)\n",
        env!("CARGO_PKG_VERSION")
    )
}

const FATAL: &str = "Error: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit.\n";

fn fail(message: &str) -> Parsed {
    Parsed::Exit {
        code: 1,
        stdout: String::new(),
        stderr: format!("{message}\n{FATAL}"),
    }
}

fn usage_error(message: &str) -> Parsed {
    Parsed::Exit {
        code: 1,
        stdout: String::new(),
        stderr: format!("{message}\n{USAGE}"),
    }
}

/// Parses `-Xss`-style sizes: bytes, or with a `k`, `m` or `g` suffix (any case).
pub fn parse_size(text: &str) -> Option<u64> {
    let (digits, scale) = match text.chars().last()? {
        'k' | 'K' => (&text[..text.len() - 1], 1u64 << 10),
        'm' | 'M' => (&text[..text.len() - 1], 1 << 20),
        'g' | 'G' => (&text[..text.len() - 1], 1 << 30),
        _ => (text, 1),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse::<u64>().ok()?.checked_mul(scale)
}

pub fn parse(args: &[String]) -> Parsed {
    let mut class_path = None;
    let mut vm = VmOptions::default();
    let mut dry_run = false;
    let mut diagnostic = false;
    let mut show_version = false;
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        i += 1;
        match arg {
            "-cp" | "-classpath" | "--class-path" => {
                let Some(path) = args.get(i) else {
                    return usage_error(&format!("Error: {arg} requires class path specification"));
                };
                class_path = Some(path.clone());
                i += 1;
            }
            "-jar" => {
                let Some(jar) = args.get(i) else {
                    return usage_error("Error: -jar requires jar file specification");
                };
                let target = MainTarget::Jar(jar.clone());
                let rest = args[i + 1..].to_vec();
                return launch(class_path, target, rest, vm, dry_run, show_version);
            }
            "-version" => {
                return Parsed::Exit {
                    code: 0,
                    stdout: String::new(),
                    stderr: version_text(),
                };
            }
            "--version" => {
                return Parsed::Exit {
                    code: 0,
                    stdout: version_text(),
                    stderr: String::new(),
                };
            }
            "-showversion" => show_version = true,
            "-?" | "-h" | "-help" => {
                return Parsed::Exit {
                    code: 0,
                    stdout: String::new(),
                    stderr: USAGE.to_string(),
                };
            }
            "--help" => {
                return Parsed::Exit {
                    code: 0,
                    stdout: USAGE.to_string(),
                    stderr: String::new(),
                };
            }
            "--dry-run" => dry_run = true,
            _ if arg.starts_with("--class-path=") => {
                class_path = Some(arg["--class-path=".len()..].to_string());
            }
            _ if arg.starts_with("-D") => {
                let (key, value) = arg[2..].split_once('=').unwrap_or((&arg[2..], ""));
                if key.is_empty() {
                    return fail(&format!("Unrecognized option: {arg}"));
                }
                vm.properties.push((key.to_string(), value.to_string()));
            }
            _ if arg.starts_with("-Xss") => match parse_size(&arg[4..]) {
                Some(size) if size > 0 => vm.stack_size = Some(size),
                _ => return fail(&format!("Invalid thread stack size: {arg}")),
            },
            _ if arg.starts_with("-Xmx") => match parse_size(&arg[4..]) {
                Some(size) => vm.max_heap = Some(size),
                None => return fail(&format!("Invalid maximum heap size: {arg}")),
            },
            _ if arg.starts_with("-Xms") => match parse_size(&arg[4..]) {
                Some(size) => vm.initial_heap = Some(size),
                None => return fail(&format!("Invalid initial heap size: {arg}")),
            },
            "-verbose:gc" => vm.gc.log = true,
            _ if arg == "-Xlog:gc"
                || arg.starts_with("-Xlog:gc*")
                || arg.starts_with("-Xlog:gc:") =>
            {
                vm.gc.log = true
            }
            "-Xint" => vm.jit.mode = ExecMode::Interpreted,
            "-Xcomp" => vm.jit.mode = ExecMode::Compiled,
            "-Xmixed" => vm.jit.mode = ExecMode::Mixed,
            "-XX:+PrintCompilation" => vm.jit.print_compilation = true,
            "-XX:-PrintCompilation" => vm.jit.print_compilation = false,
            "-XX:+UnlockDiagnosticVMOptions" => diagnostic = true,
            "-XX:-UnlockDiagnosticVMOptions" => diagnostic = false,
            "-XX:+PrintAssembly" | "-XX:-PrintAssembly" if !diagnostic => {
                return fail(
                    "Error: VM option 'PrintAssembly' is diagnostic and must be enabled via -XX:+UnlockDiagnosticVMOptions.\n\
                     Error: The unlock option must precede 'PrintAssembly'.",
                );
            }
            "-XX:+BackgroundCompilation" => vm.jit.background_compilation = true,
            "-XX:-BackgroundCompilation" | "-Xbatch" => vm.jit.background_compilation = false,
            "-XX:+CITime" => vm.jit.ci_time = true,
            "-XX:-CITime" => vm.jit.ci_time = false,
            "-XX:+PrintAssembly" => vm.jit.print_assembly = true,
            "-XX:-PrintAssembly" => vm.jit.print_assembly = false,
            "-XX:+UseOnStackReplacement" => vm.jit.on_stack_replacement = true,
            "-XX:-UseOnStackReplacement" => vm.jit.on_stack_replacement = false,
            _ if arg.starts_with("-XX:CompileThreshold=") => {
                match arg["-XX:CompileThreshold=".len()..].parse::<u32>() {
                    Ok(n) => vm.jit.compile_threshold = n.max(1),
                    Err(_) => {
                        return fail(&format!(
                            "Improperly specified VM option '{}'",
                            &arg["-XX:".len()..]
                        ));
                    }
                }
            }
            "-XX:+FullGCALot" => vm.gc.stress = true,
            "-XX:-FullGCALot" => vm.gc.stress = false,
            _ if arg.starts_with("-XX:FullGCALotInterval=") => {
                match arg["-XX:FullGCALotInterval=".len()..].parse() {
                    Ok(n) => vm.gc.stress_interval = n,
                    Err(_) => {
                        return fail(&format!(
                            "Improperly specified VM option '{}'",
                            &arg["-XX:".len()..]
                        ));
                    }
                }
            }
            "-Xverify:none" | "-noverify" => vm.skip_verification = true,
            "-Xverify:all" | "-Xverify:remote" => vm.skip_verification = false,
            _ if arg.starts_with("-Xverify") => {
                return fail(&format!("Unrecognized verification option: {arg}"));
            }
            // There is one collector; asking for HotSpot's by name is not an error.
            "-XX:+UseSerialGC" | "-XX:+UseG1GC" | "-XX:+UseParallelGC" => {}
            _ if arg.starts_with('-') => return fail(&format!("Unrecognized option: {arg}")),
            _ => {
                let target = if arg.ends_with(".class") && std::path::Path::new(arg).is_file() {
                    MainTarget::ClassFile(arg.to_string())
                } else {
                    MainTarget::Class(arg.to_string())
                };
                let rest = args[i..].to_vec();
                return launch(class_path, target, rest, vm, dry_run, show_version);
            }
        }
    }
    Parsed::Exit {
        code: 1,
        stdout: String::new(),
        stderr: USAGE.to_string(),
    }
}

fn launch(
    class_path: Option<String>,
    target: MainTarget,
    args: Vec<String>,
    vm: VmOptions,
    dry_run: bool,
    show_version: bool,
) -> Parsed {
    Parsed::Launch(LaunchOptions {
        class_path,
        target,
        args,
        vm,
        dry_run,
        show_version,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Parsed {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    fn launch_of(args: &[&str]) -> LaunchOptions {
        match parse_strs(args) {
            Parsed::Launch(l) => l,
            other => panic!("expected a launch, got {other:?}"),
        }
    }

    #[test]
    fn program_arguments_follow_the_main_class() {
        let l = launch_of(&["-cp", "a:b.jar", "-Dx=1", "-Dflag", "p.Main", "-cp", "arg"]);
        assert_eq!(l.class_path.as_deref(), Some("a:b.jar"));
        assert_eq!(l.target, MainTarget::Class("p.Main".into()));
        assert_eq!(l.args, ["-cp", "arg"]);
        assert_eq!(
            l.vm.properties,
            [("x".into(), "1".into()), ("flag".into(), String::new())]
        );
    }

    #[test]
    fn batch_compilation_turns_background_compilation_off() {
        assert!(launch_of(&["Main"]).vm.jit.background_compilation);
        assert!(
            !launch_of(&["-Xbatch", "Main"])
                .vm
                .jit
                .background_compilation
        );
        let l = launch_of(&["-XX:-BackgroundCompilation", "Main"]);
        assert!(!l.vm.jit.background_compilation);
    }

    #[test]
    fn ci_time_is_a_product_flag() {
        assert!(launch_of(&["-XX:+CITime", "Main"]).vm.jit.ci_time);
        assert!(
            !launch_of(&["-XX:+CITime", "-XX:-CITime", "Main"])
                .vm
                .jit
                .ci_time
        );
    }

    #[test]
    fn jar_takes_the_rest_as_arguments() {
        let l = launch_of(&["-Xss2m", "-jar", "app.jar", "x", "y"]);
        assert_eq!(l.target, MainTarget::Jar("app.jar".into()));
        assert_eq!(l.args, ["x", "y"]);
        assert_eq!(l.vm.stack_size, Some(2 << 20));
    }

    #[test]
    fn diagnostic_options_need_unlocking_first() {
        let Parsed::Exit { code, stderr, .. } = parse_strs(&["-XX:+PrintAssembly", "Main"]) else {
            panic!()
        };
        assert_eq!(code, 1);
        assert_eq!(
            stderr.lines().nth(1),
            Some("Error: The unlock option must precede 'PrintAssembly'.")
        );
        let l = launch_of(&[
            "-XX:+UnlockDiagnosticVMOptions",
            "-XX:+PrintAssembly",
            "Main",
        ]);
        assert!(l.vm.jit.print_assembly);
    }

    #[test]
    fn errors_read_like_java() {
        let Parsed::Exit { code, stderr, .. } = parse_strs(&["-foo", "Main"]) else {
            panic!()
        };
        assert_eq!(code, 1);
        assert!(stderr.starts_with(
            "Unrecognized option: -foo\nError: Could not create the Java Virtual Machine."
        ));
        let Parsed::Exit { code, stderr, .. } = parse_strs(&["-Xss", "Main"]) else {
            panic!()
        };
        assert_eq!(
            (code, stderr.lines().next()),
            (1, Some("Invalid thread stack size: -Xss"))
        );
        let Parsed::Exit { code, stderr, .. } = parse_strs(&["-cp"]) else {
            panic!()
        };
        assert_eq!(
            (code, stderr.lines().next()),
            (1, Some("Error: -cp requires class path specification"))
        );
        let Parsed::Exit { code, stderr, .. } = parse_strs(&[]) else {
            panic!()
        };
        assert_eq!(code, 1);
        assert!(stderr.starts_with("Usage: rjava"));
    }

    #[test]
    fn sizes_take_java_suffixes() {
        assert_eq!(parse_size("512k"), Some(512 << 10));
        assert_eq!(parse_size("1G"), Some(1 << 30));
        assert_eq!(parse_size("4096"), Some(4096));
        assert_eq!(parse_size("m"), None);
        assert_eq!(parse_size("-1m"), None);
        assert_eq!(parse_size("99999999999999999999g"), None);
    }
}
