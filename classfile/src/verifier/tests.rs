use super::frame::Frame;
use super::types::{VType, is_assignable, merge, method_types};
use super::{ClassInfo, Fail, Hierarchy, Reason};
use std::sync::Arc;

/// Object <- Number <- Integer; Runnable is an interface.
struct Tiny;

impl Hierarchy for Tiny {
    type Error = String;
    fn class_info(&self, name: &str) -> Result<ClassInfo, String> {
        let (sup, is_interface) = match name {
            "java/lang/Object" => (None, false),
            "java/lang/Number" => (Some("java/lang/Object"), false),
            "java/lang/Integer" | "java/lang/Long" => (Some("java/lang/Number"), false),
            "java/lang/Runnable" => (Some("java/lang/Object"), true),
            _ => return Err(name.to_string()),
        };
        Ok(ClassInfo {
            super_name: sup.map(Arc::from),
            is_interface,
        })
    }
    fn find_member(
        &self,
        _: &str,
        _: &str,
        _: &str,
        _: bool,
    ) -> Result<Option<(Arc<str>, u16)>, String> {
        Ok(None)
    }
}

fn class(n: &str) -> VType {
    VType::class(n)
}

fn assignable(a: &VType, b: &VType) -> bool {
    is_assignable(a, b, &Tiny).unwrap()
}

#[test]
fn subclasses_null_and_interfaces_are_assignable() {
    let (integer, number) = (class("java/lang/Integer"), class("java/lang/Number"));
    assert!(assignable(&integer, &number));
    assert!(!assignable(&number, &integer));
    assert!(assignable(&VType::Null, &integer));
    // Interfaces are treated as Object: anything goes, checked at run time.
    assert!(assignable(&number, &class("java/lang/Runnable")));
    assert!(!assignable(&VType::Int, &number));
    assert!(!assignable(&VType::UninitThis, &class("java/lang/Object")));
    assert!(assignable(&VType::Int, &VType::Top));
}

#[test]
fn arrays_are_covariant_in_references_only() {
    assert!(assignable(
        &class("[Ljava/lang/Integer;"),
        &class("[Ljava/lang/Number;")
    ));
    assert!(assignable(
        &class("[[Ljava/lang/Integer;"),
        &class("[Ljava/lang/Object;")
    ));
    assert!(!assignable(&class("[I"), &class("[J")));
    assert!(!assignable(&class("[I"), &class("[Ljava/lang/Object;")));
    assert!(assignable(&class("[I"), &class("java/lang/Object")));
    assert!(assignable(&class("[I"), &class("java/lang/Cloneable")));
    assert!(!assignable(&class("[I"), &class("java/lang/Number")));
}

#[test]
fn merging_finds_the_first_common_superclass() {
    let m = |a: &str, b: &str| merge(&class(a), &class(b), &Tiny).unwrap();
    assert_eq!(
        m("java/lang/Integer", "java/lang/Long"),
        class("java/lang/Number")
    );
    assert_eq!(
        m("java/lang/Integer", "java/lang/Runnable"),
        class("java/lang/Object")
    );
    assert_eq!(
        m("[Ljava/lang/Integer;", "[Ljava/lang/Long;"),
        class("[Ljava/lang/Number;")
    );
    assert_eq!(m("[I", "[J"), class("java/lang/Object"));
    assert_eq!(
        merge(&VType::Int, &VType::Float, &Tiny).unwrap(),
        VType::Top
    );
    assert_eq!(
        merge(&VType::Null, &class("java/lang/Long"), &Tiny).unwrap(),
        class("java/lang/Long")
    );
}

#[test]
fn unknown_classes_are_the_hierarchys_error() {
    let e = is_assignable(&class("Missing"), &class("java/lang/Number"), &Tiny).unwrap_err();
    assert!(matches!(e, Fail::Load(ref n) if n == "Missing"));
}

fn frame(stack: &[VType], max_stack: usize) -> Frame {
    let mut f = Frame {
        locals: vec![VType::Top; 4],
        stack: Vec::new(),
        this_uninit: false,
        max_stack,
    };
    for t in stack {
        f.push(t.clone()).unwrap();
    }
    f
}

#[test]
fn wide_values_take_two_slots_and_cannot_be_split() {
    let mut f = frame(&[VType::Long], 4);
    assert_eq!(f.stack, [VType::Long, VType::Long2]);
    // pop (one slot) would split it; pop2 takes it whole.
    assert!(matches!(
        f.clone().shuffle(&[1], &[]),
        Err(Reason::SplitWide { index: 1, .. })
    ));
    f.shuffle(&[2], &[]).unwrap();
    assert!(f.stack.is_empty());
    // dup_x2 form 2: a category-1 value over a long.
    let mut f = frame(&[VType::Long, VType::Int], 4);
    f.shuffle(&[1, 2], &[2, 0, 1, 2]).unwrap();
    assert_eq!(f.stack, [VType::Int, VType::Long, VType::Long2, VType::Int]);
    // swap of a long's halves is rejected.
    assert!(
        frame(&[VType::Double], 4)
            .shuffle(&[1, 1], &[1, 0])
            .is_err()
    );
    assert!(matches!(
        frame(&[VType::Long], 3).push(VType::Long),
        Err(Reason::StackOverflow)
    ));
}

#[test]
fn stores_break_the_wide_values_they_overlap() {
    let mut f = frame(&[], 2);
    f.store(1, VType::Double).unwrap();
    assert_eq!(f.locals[1..3], [VType::Double, VType::Double2]);
    f.store(2, VType::Int).unwrap();
    assert_eq!(f.locals[1..3], [VType::Top, VType::Int]);
    f.store(0, VType::Long).unwrap();
    assert_eq!(f.locals[..3], [VType::Long, VType::Long2, VType::Int]);
    assert!(matches!(
        f.store(3, VType::Long),
        Err(Reason::BadLocalIndex(3))
    ));
    let e = f.load(1, &VType::Int, &Tiny).unwrap_err();
    assert!(matches!(
        e,
        Fail::Reject(Reason::BadLocalType { index: 1, .. })
    ));
}

#[test]
fn constructors_initialize_every_copy() {
    let mut f = frame(&[VType::Uninit(3), VType::Uninit(3)], 4);
    f.locals[1] = VType::Uninit(3);
    f.initialize(&VType::Uninit(3), &class("java/lang/Integer"));
    assert!(
        f.stack
            .iter()
            .chain(&f.locals[1..2])
            .all(|t| *t == class("java/lang/Integer"))
    );
}

#[test]
fn descriptors_map_to_verification_types() {
    let (params, ret) =
        method_types("(ZBCSIJFD[ILjava/lang/String;[[Ljava/lang/Object;)V").unwrap();
    assert_eq!(
        params,
        [
            VType::Int,
            VType::Int,
            VType::Int,
            VType::Int,
            VType::Int,
            VType::Long,
            VType::Float,
            VType::Double,
            class("[I"),
            class("java/lang/String"),
            class("[[Ljava/lang/Object;"),
        ]
    );
    assert_eq!(ret, None);
    assert!(method_types("(Q)V").is_none());
}
