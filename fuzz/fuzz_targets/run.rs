//! Fuzzes loading, verification and execution: a class file that parses is put on
//! a class path of its own and run as a main class by the whole VM (embedded class
//! library, verifier, interpreter, collector), with a small heap and a work budget
//! so that no input can run forever. Whatever the input, the VM must end with a
//! Java error or normally: never a Rust panic, a signal or a hang.

#![no_main]

use libfuzzer_sys::fuzz_target;
use rjava::launcher::execute::run_main;
use rjava_classfile::ClassFile;
use rjava_runtime::classpath::ClassPath;
use rjava_runtime::vm::{ExecMode, VmOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(class) = ClassFile::parse(data) else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("rjava-fuzz-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let path = dir.join(format!("{}.class", class.name));
    let Some(parent) = path.parent() else { return };
    if std::fs::create_dir_all(parent).is_err() || std::fs::write(&path, data).is_err() {
        return;
    }
    let mut options = VmOptions::default();
    options.max_heap = Some(32 << 20);
    options.stack_size = Some(256 << 10);
    options.work_budget = Some(200_000);
    options.jit.mode = ExecMode::Interpreted;
    let mut class_path = ClassPath::default();
    class_path.push(&dir);
    let code = run_main(class_path, &class.name, &[], options);
    assert!(code == 0 || code == 1, "exit code {code}");
});
