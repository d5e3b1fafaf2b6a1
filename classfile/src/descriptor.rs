//! Field and method descriptors (JVM spec §4.3) and the name rules of §4.2.
//!
//! Descriptors are parsed into small types once, at load time, so that the linker and
//! the interpreter never re-scan descriptor strings on a hot path.

use std::fmt;

/// The type of a field, parameter or array element.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldType {
    Byte,
    Char,
    Double,
    Float,
    Int,
    Long,
    Short,
    Boolean,
    /// A class or interface, by internal name (`java/lang/String`).
    Object(String),
    Array(Box<FieldType>),
}

/// Arrays may have at most 255 dimensions (§4.3.2).
pub const MAX_ARRAY_DIMENSIONS: usize = 255;

impl FieldType {
    /// Parses a whole field descriptor.
    pub fn parse(descriptor: &str) -> Option<FieldType> {
        let (t, rest) = parse_field_type(descriptor)?;
        rest.is_empty().then_some(t)
    }

    /// Local-variable slots the type takes: 2 for long and double, 1 otherwise.
    pub fn slots(&self) -> usize {
        match self {
            FieldType::Long | FieldType::Double => 2,
            _ => 1,
        }
    }

    pub fn is_reference(&self) -> bool {
        matches!(self, FieldType::Object(_) | FieldType::Array(_))
    }

    /// The descriptor character of a primitive type; `L` or `[` for references.
    pub fn tag(&self) -> char {
        match self {
            FieldType::Byte => 'B',
            FieldType::Char => 'C',
            FieldType::Double => 'D',
            FieldType::Float => 'F',
            FieldType::Int => 'I',
            FieldType::Long => 'J',
            FieldType::Short => 'S',
            FieldType::Boolean => 'Z',
            FieldType::Object(_) => 'L',
            FieldType::Array(_) => '[',
        }
    }

    /// The type as Java source spells it: `java.lang.String[]`, `int`.
    pub fn java_name(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for FieldType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldType::Byte => f.write_str("byte"),
            FieldType::Char => f.write_str("char"),
            FieldType::Double => f.write_str("double"),
            FieldType::Float => f.write_str("float"),
            FieldType::Int => f.write_str("int"),
            FieldType::Long => f.write_str("long"),
            FieldType::Short => f.write_str("short"),
            FieldType::Boolean => f.write_str("boolean"),
            FieldType::Object(name) => f.write_str(&name.replace('/', ".")),
            FieldType::Array(elem) => write!(f, "{elem}[]"),
        }
    }
}

/// A parsed method descriptor: parameter types and return type (`None` for void).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MethodDescriptor {
    pub params: Vec<FieldType>,
    pub ret: Option<FieldType>,
}

impl MethodDescriptor {
    pub fn parse(descriptor: &str) -> Option<MethodDescriptor> {
        let mut rest = descriptor.strip_prefix('(')?;
        let mut params = Vec::new();
        while !rest.starts_with(')') {
            let (t, r) = parse_field_type(rest)?;
            params.push(t);
            rest = r;
        }
        rest = &rest[1..];
        let ret = if rest == "V" {
            None
        } else {
            Some(FieldType::parse(rest)?)
        };
        let desc = MethodDescriptor { params, ret };
        // A method takes at most 255 slots of parameters (§4.3.3); `this` is checked by callers.
        (desc.param_slots() <= 255).then_some(desc)
    }

    /// Slots taken by the parameters, not counting `this`.
    pub fn param_slots(&self) -> usize {
        self.params.iter().map(FieldType::slots).sum()
    }
}

/// Parses one field type from the front of `s`, returning it and the rest.
fn parse_field_type(s: &str) -> Option<(FieldType, &str)> {
    let dims = s.bytes().take_while(|&b| b == b'[').count();
    if dims > MAX_ARRAY_DIMENSIONS {
        return None;
    }
    let s = &s[dims..];
    let first = *s.as_bytes().first()?;
    let (mut t, rest) = match first {
        b'B' => (FieldType::Byte, &s[1..]),
        b'C' => (FieldType::Char, &s[1..]),
        b'D' => (FieldType::Double, &s[1..]),
        b'F' => (FieldType::Float, &s[1..]),
        b'I' => (FieldType::Int, &s[1..]),
        b'J' => (FieldType::Long, &s[1..]),
        b'S' => (FieldType::Short, &s[1..]),
        b'Z' => (FieldType::Boolean, &s[1..]),
        b'L' => {
            let end = s.find(';')?;
            let name = &s[1..end];
            if !is_binary_name(name) {
                return None;
            }
            (FieldType::Object(name.to_string()), &s[end + 1..])
        }
        _ => return None,
    };
    for _ in 0..dims {
        t = FieldType::Array(Box::new(t));
    }
    Some((t, rest))
}

/// An unqualified name (§4.2.2): non-empty, none of `. ; [ /`.
pub fn is_unqualified_name(name: &str) -> bool {
    !name.is_empty() && !name.contains(['.', ';', '[', '/'])
}

/// A method name: unqualified, and no `<` or `>` except in `<init>` and `<clinit>`.
pub fn is_method_name(name: &str) -> bool {
    name == "<init>"
        || name == "<clinit>"
        || (is_unqualified_name(name) && !name.contains(['<', '>']))
}

/// A binary name in internal form (§4.2.1): unqualified identifiers joined by `/`.
pub fn is_binary_name(name: &str) -> bool {
    !name.is_empty() && name.split('/').all(is_unqualified_name)
}

/// What a `CONSTANT_Class` may name: a binary name or an array descriptor.
pub fn is_class_name(name: &str) -> bool {
    if name.starts_with('[') {
        FieldType::parse(name).is_some()
    } else {
        is_binary_name(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_field_types() {
        assert_eq!(FieldType::parse("I"), Some(FieldType::Int));
        assert_eq!(
            FieldType::parse("[[Ljava/lang/String;")
                .unwrap()
                .to_string(),
            "java.lang.String[][]"
        );
        assert_eq!(FieldType::parse("Ljava/lang/String"), None);
        assert_eq!(FieldType::parse("L;"), None);
        assert_eq!(FieldType::parse("II"), None);
        assert_eq!(FieldType::parse("V"), None);
        assert_eq!(FieldType::parse(&format!("{}I", "[".repeat(256))), None);
        assert!(FieldType::parse(&format!("{}I", "[".repeat(255))).is_some());
    }

    #[test]
    fn parses_method_descriptors() {
        let d = MethodDescriptor::parse("(IJ[Ljava/lang/Object;D)V").unwrap();
        assert_eq!(d.params.len(), 4);
        assert_eq!(d.param_slots(), 6);
        assert_eq!(d.ret, None);
        assert_eq!(
            MethodDescriptor::parse("()Ljava/lang/String;")
                .unwrap()
                .ret
                .unwrap()
                .tag(),
            'L'
        );
        assert!(MethodDescriptor::parse("(V)V").is_none());
        assert!(MethodDescriptor::parse("()").is_none());
        assert!(MethodDescriptor::parse("(I").is_none());
        assert!(MethodDescriptor::parse("()VV").is_none());
        let too_many = format!("({})V", "J".repeat(128));
        assert!(MethodDescriptor::parse(&too_many).is_none());
    }

    #[test]
    fn checks_names() {
        assert!(is_binary_name("java/lang/Object"));
        assert!(!is_binary_name("java//Object"));
        assert!(!is_binary_name("java.lang.Object"));
        assert!(is_class_name("[I"));
        assert!(!is_class_name("[V"));
        assert!(is_method_name("<init>"));
        assert!(is_method_name("lambda$main$0"));
        assert!(!is_method_name("<foo>"));
        assert!(!is_unqualified_name(""));
    }
}
