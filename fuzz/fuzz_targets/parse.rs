//! Fuzzes the class-file parser and everything that runs on a parsed class:
//! instruction decoding and the javap-style disassembler.

#![no_main]

use libfuzzer_sys::fuzz_target;
use rjava_classfile::ClassFile;
use rjava_classfile::disasm::{self, Options, Visibility};

fuzz_target!(|data: &[u8]| {
    if let Ok(class) = ClassFile::parse(data) {
        let opts = Options { code: true, verbose: true, visibility: Visibility::Private, ..Options::default() };
        let _ = disasm::disassemble(&class, &opts, None);
        for m in &class.methods {
            if let Some(code) = m.code() {
                for insn in code.instructions() {
                    assert!(insn.is_ok(), "format-checked code failed to decode");
                }
            }
        }
    }
});
