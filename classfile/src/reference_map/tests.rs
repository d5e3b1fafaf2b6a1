use std::path::Path;

use super::*;
use crate::ClassFile;

fn maps_of(class: &ClassFile) -> Vec<(String, ReferenceMap)> {
    class
        .methods
        .iter()
        .filter_map(|m| {
            let code = m.code()?;
            let desc = MethodDescriptor::parse(&m.descriptor).expect("descriptor");
            let map = ReferenceMap::compute(&class.constant_pool, code, m.is_static(), &desc)
                .unwrap_or_else(|e| panic!("{}.{}{}: {e}", class.name, m.name, m.descriptor));
            Some((m.name.clone(), map))
        })
        .collect()
}

fn testdata_class(program: &str) -> ClassFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../testdata/programs")
        .join(program)
        .join(format!("{program}.class"));
    ClassFile::parse(&std::fs::read(path).expect("testdata class")).expect("parses")
}

#[test]
fn every_testdata_method_is_analysed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata");
    let mut methods = 0;
    for group in ["programs", "bench"] {
        for dir in std::fs::read_dir(root.join(group)).expect("testdata") {
            for file in std::fs::read_dir(dir.expect("entry").path()).expect("program") {
                let path = file.expect("file").path();
                if path.extension().is_some_and(|e| e == "class") {
                    let class = ClassFile::parse(&std::fs::read(&path).expect("read"))
                        .expect("testdata classes parse");
                    methods += maps_of(&class).len();
                }
            }
        }
    }
    assert!(methods > 500, "only {methods} methods analysed");
}

/// `main(String[] args)`: local 0 is a reference at entry; an `int` local is not.
#[test]
fn arguments_and_primitive_locals() {
    let class = testdata_class("Hello");
    let maps = maps_of(&class);
    let (_, main) = maps.iter().find(|(n, _)| n == "main").expect("main");
    let entry = main.at(0).expect("entry is reachable");
    assert!(entry.local_is_ref(0));
    assert_eq!(entry.depth, 0);
    // getstatic System.out leaves a reference on the stack.
    let after = main.at(3).expect("ldc after getstatic");
    assert_eq!(after.depth, 1);
    assert!(after.stack_is_ref(0));
}

#[test]
fn merges_differing_kinds_to_unknown() {
    let a = Kind::Ref.merge(Kind::Value);
    assert_eq!(a, Kind::Top);
    assert_eq!(Kind::Ref.merge(Kind::Ref), Kind::Ref);
}

#[test]
fn shuffles_move_reference_bits() {
    let mut slots = vec![Kind::Value, Kind::Value, Kind::Ref];
    let mut st = Stack {
        slots: &mut slots,
        max: 10,
        pc: 0,
    };
    // dup_x2 with a reference on top of a long: the reference goes under the long.
    st.shuffle(3, &[2, 0, 1, 2]).expect("fits");
    assert_eq!(slots, [Kind::Ref, Kind::Value, Kind::Value, Kind::Ref]);
}

#[test]
fn underflow_is_an_error() {
    let mut slots = vec![Kind::Ref];
    let mut st = Stack {
        slots: &mut slots,
        max: 2,
        pc: 7,
    };
    assert_eq!(st.pop_n(2), Err(ReferenceMapError::StackUnderflow(7)));
}
