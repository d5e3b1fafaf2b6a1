//! The `rjava` command.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let code = rjava::launcher::run(&args, &mut out, &mut std::io::stderr());
    drop(out);
    std::process::exit(code);
}
