//! Access flags (JVM spec tables 4.1-B, 4.5-A, 4.6-A, 4.7.6-A) and their legality rules.

pub const PUBLIC: u16 = 0x0001;
pub const PRIVATE: u16 = 0x0002;
pub const PROTECTED: u16 = 0x0004;
pub const STATIC: u16 = 0x0008;
pub const FINAL: u16 = 0x0010;
/// ACC_SUPER on classes, ACC_SYNCHRONIZED on methods.
pub const SUPER: u16 = 0x0020;
pub const SYNCHRONIZED: u16 = 0x0020;
/// ACC_VOLATILE on fields, ACC_BRIDGE on methods.
pub const VOLATILE: u16 = 0x0040;
pub const BRIDGE: u16 = 0x0040;
/// ACC_TRANSIENT on fields, ACC_VARARGS on methods.
pub const TRANSIENT: u16 = 0x0080;
pub const VARARGS: u16 = 0x0080;
pub const NATIVE: u16 = 0x0100;
pub const INTERFACE: u16 = 0x0200;
pub const ABSTRACT: u16 = 0x0400;
pub const STRICT: u16 = 0x0800;
pub const SYNTHETIC: u16 = 0x1000;
pub const ANNOTATION: u16 = 0x2000;
pub const ENUM: u16 = 0x4000;
/// ACC_MODULE on classes, ACC_MANDATED on parameters.
pub const MODULE: u16 = 0x8000;

fn more_than_one_visibility(flags: u16) -> bool {
    (flags & (PUBLIC | PRIVATE | PROTECTED)).count_ones() > 1
}

/// §4.1: the rules for `ClassFile.access_flags`.
pub fn class_flags_legal(flags: u16, major: u16) -> bool {
    if flags & MODULE != 0 {
        return major >= 53;
    }
    if flags & ANNOTATION != 0 && flags & INTERFACE == 0 {
        return false;
    }
    if flags & INTERFACE != 0 {
        // Before Java 6 javac could emit interfaces without ACC_ABSTRACT; HotSpot allows it.
        let abstract_ok = flags & ABSTRACT != 0 || major < 50;
        abstract_ok && flags & (FINAL | ENUM) == 0 && (flags & SUPER == 0 || major < 53)
    } else {
        flags & (FINAL | ABSTRACT) != (FINAL | ABSTRACT)
    }
}

/// §4.5: the rules for field flags.
pub fn field_flags_legal(flags: u16, in_interface: bool) -> bool {
    if in_interface {
        return flags & (PUBLIC | STATIC | FINAL) == (PUBLIC | STATIC | FINAL)
            && flags & !(PUBLIC | STATIC | FINAL | SYNTHETIC) == 0;
    }
    !more_than_one_visibility(flags) && flags & (FINAL | VOLATILE) != (FINAL | VOLATILE)
}

/// §4.6: the rules for method flags. `<clinit>` is exempt (its flags are ignored).
pub fn method_flags_legal(flags: u16, name: &str, in_interface: bool, major: u16) -> bool {
    if name == "<clinit>" {
        return true;
    }
    if more_than_one_visibility(flags) {
        return false;
    }
    if in_interface {
        let ok = if major < 52 {
            flags & (PUBLIC | ABSTRACT) == (PUBLIC | ABSTRACT)
                && flags & !(PUBLIC | ABSTRACT | VARARGS | BRIDGE | SYNTHETIC) == 0
        } else {
            flags & (PUBLIC | PRIVATE) != 0
                && flags & (PROTECTED | FINAL | SYNCHRONIZED | NATIVE) == 0
        };
        if !ok {
            return false;
        }
    }
    if flags & ABSTRACT != 0 {
        let forbidden = PRIVATE | STATIC | FINAL | SYNCHRONIZED | NATIVE;
        // ACC_STRICT with ACC_ABSTRACT is illegal only in versions 46-60.
        let strict_bad = (46..=60).contains(&major) && flags & STRICT != 0;
        if flags & forbidden != 0 || strict_bad {
            return false;
        }
    }
    if name == "<init>" {
        let forbidden = STATIC | FINAL | SYNCHRONIZED | BRIDGE | NATIVE | ABSTRACT;
        return flags & forbidden == 0;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_rules() {
        assert!(class_flags_legal(PUBLIC | SUPER, 61));
        assert!(!class_flags_legal(FINAL | ABSTRACT, 61));
        assert!(class_flags_legal(INTERFACE | ABSTRACT, 61));
        assert!(!class_flags_legal(INTERFACE, 61));
        assert!(!class_flags_legal(ANNOTATION | ABSTRACT, 61));
    }

    #[test]
    fn member_rules() {
        assert!(!field_flags_legal(PUBLIC | PRIVATE, false));
        assert!(!field_flags_legal(FINAL | VOLATILE, false));
        assert!(!field_flags_legal(PUBLIC | STATIC, true));
        assert!(method_flags_legal(PRIVATE, "m", true, 61));
        assert!(!method_flags_legal(PUBLIC | STATIC, "<init>", false, 61));
        assert!(!method_flags_legal(ABSTRACT | FINAL, "m", false, 61));
        assert!(method_flags_legal(ABSTRACT | STRICT, "m", false, 61));
        assert!(method_flags_legal(0xffff, "<clinit>", false, 61));
    }
}
