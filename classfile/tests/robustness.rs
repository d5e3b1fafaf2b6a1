//! Truncates and mutates every testdata class thousands of times: the parser must
//! answer `Ok` or `Err` every time, and whatever parses must disassemble and decode
//! without a panic.

use std::path::{Path, PathBuf};

use rjava_classfile::ClassFile;
use rjava_classfile::disasm::{self, Options, Visibility};

fn class_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            // Malformed classes have their own test (bad_classes.rs).
            if !p.ends_with("bad") {
                class_files(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "class") {
            out.push(p);
        }
    }
}

fn testdata_classes() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata");
    let mut files = Vec::new();
    class_files(&root, &mut files);
    files.sort();
    files.iter().map(|f| std::fs::read(f).unwrap()).collect()
}

/// xorshift64*: deterministic, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Everything a tool might do with a class that parsed.
fn exercise(bytes: &[u8]) {
    if let Ok(class) = ClassFile::parse(bytes) {
        let opts = Options {
            code: true,
            verbose: true,
            visibility: Visibility::Private,
            ..Options::default()
        };
        let _ = disasm::disassemble(&class, &opts, None);
        for m in &class.methods {
            if let Some(code) = m.code() {
                for insn in code.instructions() {
                    let insn = insn.expect("format-checked code decodes");
                    let _ = insn.branch_targets();
                }
            }
        }
    }
}

fn mutate(rng: &mut Rng, original: &[u8]) -> Vec<u8> {
    let mut b = original.to_vec();
    match rng.below(6) {
        0 => {
            // Flip a few bits.
            for _ in 0..1 + rng.below(4) {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
        }
        1 => {
            // Overwrite a byte with an interesting value.
            let i = rng.below(b.len());
            b[i] = [0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe][rng.below(6)];
        }
        2 => {
            // Overwrite a u16 (counts, indexes, lengths) with an extreme.
            let i = rng.below(b.len() - 1);
            let v: u16 = [0, 1, 0x7fff, 0x8000, 0xffff, 0xfffe][rng.below(6)];
            b[i..i + 2].copy_from_slice(&v.to_be_bytes());
        }
        3 => {
            // Overwrite a u32 (attribute or code lengths).
            let i = rng.below(b.len() - 3);
            let v: u32 = [0, 1, 0xffff, 0x1_0000, 0x7fff_ffff, 0xffff_ffff][rng.below(6)];
            b[i..i + 4].copy_from_slice(&v.to_be_bytes());
        }
        4 => {
            // Delete a range.
            let i = rng.below(b.len());
            let n = 1 + rng.below(16).min(b.len() - i - 1);
            b.drain(i..i + n);
        }
        _ => {
            // Duplicate a range.
            let i = rng.below(b.len());
            let n = 1 + rng.below(16).min(b.len() - i - 1);
            let chunk: Vec<u8> = b[i..i + n].to_vec();
            b.splice(i..i, chunk);
        }
    }
    b
}

#[test]
fn every_truncation_is_an_error_not_a_panic() {
    let classes = testdata_classes();
    assert!(!classes.is_empty(), "no testdata classes");
    let mut truncations = 0;
    for bytes in classes.iter().take(40) {
        for len in 0..bytes.len() {
            assert!(
                ClassFile::parse(&bytes[..len]).is_err(),
                "a truncated class parsed"
            );
            truncations += 1;
        }
    }
    assert!(truncations > 1000);
}

#[test]
fn mutated_classes_never_panic() {
    let classes = testdata_classes();
    assert!(!classes.is_empty(), "no testdata classes");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut parsed = 0;
    let rounds = 20_000;
    for round in 0..rounds {
        let original = &classes[round % classes.len()];
        let mut bytes = mutate(&mut rng, original);
        if rng.below(4) == 0 {
            bytes = mutate(&mut rng, &bytes);
        }
        parsed += usize::from(ClassFile::parse(&bytes).is_ok());
        exercise(&bytes);
    }
    // Some mutations hit bytes that do not matter; most must be caught.
    assert!(
        parsed < rounds,
        "every mutant parsed: the checks check nothing"
    );
    eprintln!("{rounds} mutants, {parsed} still well formed");
}

#[test]
fn unmodified_testdata_classes_parse() {
    for bytes in testdata_classes() {
        ClassFile::parse(&bytes).expect("testdata class parses");
        exercise(&bytes);
    }
}

/// Inputs the fuzzer found; each once broke an invariant (see the file names).
#[test]
fn fuzz_regressions_stay_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        exercise(&std::fs::read(entry.path()).unwrap());
        count += 1;
    }
    assert!(count > 0);
}
