//! The `rjava` command.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // No lock on stdout here: the VM's thread writes to it while this one waits.
    let code = rjava::launcher::run(&args, &mut std::io::stdout(), &mut std::io::stderr());
    std::process::exit(code);
}
