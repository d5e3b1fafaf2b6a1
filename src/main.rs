//! The `rjava` launcher. Execution arrives with the interpreter (the next milestone);
//! until then the command says so instead of pretending to run a program.

fn main() {
    eprintln!("rjava: the interpreter is not built yet; use rjavap to inspect class files");
    std::process::exit(1);
}
