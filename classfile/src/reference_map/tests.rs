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

/// `main(String[] args)` of Hello never reads `args`, so it is no root; the
/// operand stack is mapped.
#[test]
fn unread_arguments_and_stack_slots() {
    let class = testdata_class("Hello");
    let maps = maps_of(&class);
    let (_, main) = maps.iter().find(|(n, _)| n == "main").expect("main");
    let entry = main.at(0).expect("entry is reachable");
    assert!(!entry.local_is_ref(0), "args is dead in Hello.main");
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

/// A static method `(Object, int)` with `code` and `handlers`.
fn map_of(code: &[u8], max_locals: u16, handlers: Vec<crate::ExceptionHandler>) -> ReferenceMap {
    let code = Code {
        max_stack: 2,
        max_locals,
        code: code.into(),
        code_offset: 0,
        exception_table: handlers,
        attributes: Vec::new(),
    };
    let desc = MethodDescriptor::parse("(Ljava/lang/Object;I)V").expect("descriptor");
    ReferenceMap::compute(&ConstantPool::default(), &code, true, &desc).expect("analysed")
}

/// A reference local is a root up to its last read and not after; a loop keeps
/// it alive across the back edge.
#[test]
fn references_die_after_their_last_read() {
    // 0: aload_0  1: astore_2  2: aload_2  3: pop  4: iinc 1,-1  7: iload_1
    // 8: ifne 2  11: return
    let code = [
        0x2a, 0x4d, 0x2c, 0x57, 0x84, 1, 0xff, 0x1b, 0x9a, 0xff, 0xfa, 0xb1,
    ];
    let map = map_of(&code, 3, Vec::new());
    let at = |pc| map.at(pc).expect("reachable");
    assert!(at(0).local_is_ref(0));
    assert!(!at(1).local_is_ref(0), "local 0 is never read again");
    assert!(
        !at(1).local_is_ref(2),
        "local 2 is written before it is read"
    );
    assert!(at(4).local_is_ref(2), "read again in the next iteration");
    assert!(at(7).local_is_ref(2));
    assert!(!at(11).local_is_ref(2));
    // The int is live too, but it is no reference.
    assert!(!at(7).local_is_ref(1));
}

/// A handler that reads a local keeps it alive over its whole protected range.
#[test]
fn handlers_keep_what_they_read_alive() {
    // 0: iload_1  1: pop  2: iconst_0  3: istore_1  4: return
    // 5: (handler) pop  6: aload_0  7: pop  8: return
    let code = [0x1b, 0x57, 0x03, 0x3c, 0xb1, 0x57, 0x2a, 0x57, 0xb1];
    let handler = crate::ExceptionHandler {
        start_pc: 0,
        end_pc: 4,
        handler_pc: 5,
        catch_type: 0,
    };
    let map = map_of(&code, 2, vec![handler]);
    for pc in [0, 1, 2, 3] {
        assert!(map.at(pc).expect("reachable").local_is_ref(0), "at {pc}");
    }
    assert!(!map.at(4).expect("reachable").local_is_ref(0));
    assert!(map.at(6).expect("reachable").local_is_ref(0));
}
