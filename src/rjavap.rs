//! `rjavap`: the class-file disassembler, with javap's options and messages.

use std::io::Write;
use std::path::Path;

use rjava_classfile::ClassFile;
use rjava_classfile::disasm::{self, Options, SourceInfo, Visibility};
use rjava_runtime::classpath::{self, ClassBytes, ClassPath};

const USAGE: &str = "Usage: rjavap <options> <classes>\n";

const HELP: &str = "\
Usage: rjavap <options> <classes>
where possible options include:
  --help -help -h -?               Print this help message
  -version                         Version information
  -v  -verbose                     Print additional information
  -l                               Print line number and local variable tables
  -public                          Show only public classes and members
  -protected                       Show protected/public classes and members
  -package                         Show package/protected/public classes
                                   and members (default)
  -p  -private                     Show all classes and members
  -c                               Disassemble the code
  -s                               Print internal type signatures
  -sysinfo                         Show system info (path, size, date)
                                   of class being processed
  -constants                       Show final constants
  --class-path <path>              Specify where to find user class files
  -classpath <path>                Specify where to find user class files
  -cp <path>                       Specify where to find user class files

Each class to be shown may be specified by a filename or by its fully
qualified class name. Examples:
   path/to/MyClass.class
   mypkg.MyClass
";

struct Args {
    opts: Options,
    sysinfo: bool,
    class_path: Option<String>,
    classes: Vec<String>,
}

enum Parsed {
    Run(Args),
    Exit(i32),
}

fn parse_args(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> Parsed {
    let mut a = Args {
        opts: Options::default(),
        sysinfo: false,
        class_path: None,
        classes: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        match flag {
            "-help" | "--help" | "-h" | "-?" => {
                let _ = out.write_all(HELP.as_bytes());
                return Parsed::Exit(0);
            }
            "-version" => {
                let _ = writeln!(out, "{}", env!("CARGO_PKG_VERSION"));
                return Parsed::Exit(0);
            }
            "-v" | "-verbose" => a.opts.verbose = true,
            "-l" => a.opts.lines = true,
            "-c" => a.opts.code = true,
            "-s" => a.opts.descriptors = true,
            "-constants" => a.opts.constants = true,
            "-sysinfo" => a.sysinfo = true,
            "-public" => a.opts.visibility = Visibility::Public,
            "-protected" => a.opts.visibility = Visibility::Protected,
            "-package" => a.opts.visibility = Visibility::Package,
            "-p" | "-private" => a.opts.visibility = Visibility::Private,
            "-cp" | "-classpath" | "--class-path" => {
                let Some(v) = inline.or_else(|| it.next().cloned()) else {
                    let _ = writeln!(err, "Error: {flag} requires an argument");
                    let _ = err.write_all(USAGE.as_bytes());
                    return Parsed::Exit(2);
                };
                a.class_path = Some(v);
            }
            f if f.starts_with("-J") => {}
            f if f.starts_with('-') => {
                let _ = writeln!(err, "Error: unknown option: {f}");
                let _ = err.write_all(USAGE.as_bytes());
                let _ = writeln!(err, "use --help for a list of possible options");
                return Parsed::Exit(2);
            }
            _ => a.classes.push(arg.clone()),
        }
    }
    if a.opts.verbose {
        a.opts.descriptors = true;
        a.opts.code = true;
        a.opts.lines = true;
    }
    if a.classes.is_empty() {
        let _ = err.write_all(HELP.as_bytes());
        return Parsed::Exit(2);
    }
    Parsed::Run(a)
}

/// Runs rjavap with `args` (without the program name); returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let a = match parse_args(args, out, err) {
        Parsed::Run(a) => a,
        Parsed::Exit(code) => return code,
    };
    let cp = ClassPath::parse(
        &a.class_path
            .clone()
            .or_else(|| std::env::var("CLASSPATH").ok())
            .unwrap_or_else(|| ".".into()),
    );
    let mut status = 0;
    for name in &a.classes {
        match load(&cp, name) {
            Ok((class, bytes)) => {
                let source = SourceInfo {
                    location: bytes.location.clone(),
                    last_modified: bytes.modified.map(crate::date::medium_date),
                    size: bytes.bytes.len(),
                };
                let show_header = a.opts.verbose || a.sysinfo;
                let text = disasm::disassemble(&class, &a.opts, show_header.then_some(&source));
                let _ = out.write_all(text.as_bytes());
            }
            Err(message) => {
                let _ = writeln!(err, "Error: {message}");
                status = 1;
            }
        }
    }
    status
}

/// A class given as a `.class` file path or as a class name on the class path.
fn load(cp: &ClassPath, arg: &str) -> Result<(ClassFile, ClassBytes), String> {
    let path = Path::new(arg);
    if arg.ends_with(".class") && path.is_file() {
        let bytes = classpath::read_file(path).map_err(|e| e.to_string())?;
        let class = ClassFile::parse(&bytes.bytes).map_err(|e| format!("{e} in {arg}"))?;
        return Ok((class, bytes));
    }
    let internal = arg.strip_suffix(".class").unwrap_or(arg).replace('.', "/");
    cp.load(&internal).map_err(|e| match e {
        classpath::ClassPathError::NotFound(_) => format!("class not found: {arg}"),
        other => other.to_string(),
    })
}
