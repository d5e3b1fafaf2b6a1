//! Generic signatures (JVM spec §4.7.9.1): the `Signature` attribute parsed into types.
//!
//! Only tools and reflection need them (the VM runs on erased descriptors), so the
//! parser favours clarity; it caps nesting so that a hostile signature cannot exhaust
//! the Rust stack.

use std::fmt;

/// Deeper nesting than this is rejected rather than recursed into.
const MAX_DEPTH: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeSig {
    /// A primitive, by descriptor letter.
    Base(char),
    Class(ClassTypeSig),
    TypeVar(String),
    Array(Box<TypeSig>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassTypeSig {
    /// The enclosing parameterized type in `Outer<T>.Inner`; `name` is then simple.
    pub outer: Option<Box<ClassTypeSig>>,
    /// Internal name (`java/util/Map$Entry`), or a simple name after `.`.
    pub name: String,
    pub args: Vec<TypeArg>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeArg {
    /// `*`, printed `?`.
    Any,
    Exact(TypeSig),
    Extends(TypeSig),
    Super(TypeSig),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeParam {
    pub name: String,
    pub class_bound: Option<TypeSig>,
    pub interface_bounds: Vec<TypeSig>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassSig {
    pub type_params: Vec<TypeParam>,
    pub superclass: ClassTypeSig,
    pub interfaces: Vec<ClassTypeSig>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodSig {
    pub type_params: Vec<TypeParam>,
    pub params: Vec<TypeSig>,
    /// `None` for void.
    pub ret: Option<TypeSig>,
    pub throws: Vec<TypeSig>,
}

impl ClassTypeSig {
    /// `java/lang/Object` with no type arguments.
    pub fn is_object(&self) -> bool {
        self.outer.is_none() && self.name == "java/lang/Object" && self.args.is_empty()
    }
}

impl TypeSig {
    pub fn is_object(&self) -> bool {
        matches!(self, TypeSig::Class(c) if c.is_object())
    }
}

pub fn parse_class_signature(s: &str) -> Option<ClassSig> {
    let mut p = Parser {
        s: s.as_bytes(),
        pos: 0,
        depth: 0,
    };
    let type_params = p.type_params()?;
    let superclass = p.class_type()?;
    let mut interfaces = Vec::new();
    while !p.at_end() {
        interfaces.push(p.class_type()?);
    }
    Some(ClassSig {
        type_params,
        superclass,
        interfaces,
    })
}

pub fn parse_method_signature(s: &str) -> Option<MethodSig> {
    let mut p = Parser {
        s: s.as_bytes(),
        pos: 0,
        depth: 0,
    };
    let type_params = p.type_params()?;
    p.expect(b'(')?;
    let mut params = Vec::new();
    while p.peek()? != b')' {
        params.push(p.type_sig()?);
    }
    p.expect(b')')?;
    let ret = if p.peek()? == b'V' {
        p.pos += 1;
        None
    } else {
        Some(p.type_sig()?)
    };
    let mut throws = Vec::new();
    while !p.at_end() {
        p.expect(b'^')?;
        throws.push(p.type_sig()?);
    }
    Some(MethodSig {
        type_params,
        params,
        ret,
        throws,
    })
}

pub fn parse_field_signature(s: &str) -> Option<TypeSig> {
    let mut p = Parser {
        s: s.as_bytes(),
        pos: 0,
        depth: 0,
    };
    let t = p.type_sig()?;
    p.at_end().then_some(t)
}

struct Parser<'a> {
    s: &'a [u8],
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn at_end(&self) -> bool {
        self.pos >= self.s.len()
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn expect(&mut self, b: u8) -> Option<()> {
        (self.peek()? == b).then(|| self.pos += 1)
    }

    /// An identifier up to (not including) one of `stops`.
    fn ident(&mut self, stops: &[u8]) -> Option<String> {
        let start = self.pos;
        while !stops.contains(&self.peek()?) {
            self.pos += 1;
        }
        let id = std::str::from_utf8(&self.s[start..self.pos]).ok()?;
        (!id.is_empty()).then(|| id.to_string())
    }

    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        if self.depth >= MAX_DEPTH {
            return None;
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
    }

    fn type_params(&mut self) -> Option<Vec<TypeParam>> {
        let mut params = Vec::new();
        if self.peek() != Some(b'<') {
            return Some(params);
        }
        self.pos += 1;
        while self.peek()? != b'>' {
            let name = self.ident(b":")?;
            self.expect(b':')?;
            let class_bound = match self.peek()? {
                b':' => None,
                _ => Some(self.ref_type()?),
            };
            let mut interface_bounds = Vec::new();
            while self.peek()? == b':' {
                self.pos += 1;
                interface_bounds.push(self.ref_type()?);
            }
            params.push(TypeParam {
                name,
                class_bound,
                interface_bounds,
            });
        }
        self.pos += 1;
        Some(params)
    }

    fn ref_type(&mut self) -> Option<TypeSig> {
        match self.peek()? {
            b'L' | b'T' | b'[' => self.type_sig(),
            _ => None,
        }
    }

    fn type_sig(&mut self) -> Option<TypeSig> {
        self.nested(|p| {
            let c = p.peek()?;
            Some(match c {
                b'B' | b'C' | b'D' | b'F' | b'I' | b'J' | b'S' | b'Z' => {
                    p.pos += 1;
                    TypeSig::Base(c as char)
                }
                b'L' => TypeSig::Class(p.class_type()?),
                b'T' => {
                    p.pos += 1;
                    let name = p.ident(b";")?;
                    p.pos += 1;
                    TypeSig::TypeVar(name)
                }
                b'[' => {
                    p.pos += 1;
                    TypeSig::Array(Box::new(p.type_sig()?))
                }
                _ => return None,
            })
        })
    }

    fn class_type(&mut self) -> Option<ClassTypeSig> {
        self.expect(b'L')?;
        let mut t = ClassTypeSig {
            outer: None,
            name: self.ident(b"<.;")?,
            args: self.type_args()?,
        };
        while self.peek()? == b'.' {
            self.pos += 1;
            let name = self.ident(b"<.;")?;
            let args = self.type_args()?;
            t = ClassTypeSig {
                outer: Some(Box::new(t)),
                name,
                args,
            };
        }
        self.expect(b';')?;
        Some(t)
    }

    fn type_args(&mut self) -> Option<Vec<TypeArg>> {
        let mut args = Vec::new();
        if self.peek() != Some(b'<') {
            return Some(args);
        }
        self.pos += 1;
        while self.peek()? != b'>' {
            let arg = match self.peek()? {
                b'*' => {
                    self.pos += 1;
                    TypeArg::Any
                }
                b'+' => {
                    self.pos += 1;
                    TypeArg::Extends(self.ref_type()?)
                }
                b'-' => {
                    self.pos += 1;
                    TypeArg::Super(self.ref_type()?)
                }
                _ => TypeArg::Exact(self.ref_type()?),
            };
            args.push(arg);
        }
        self.pos += 1;
        (!args.is_empty()).then_some(args)
    }
}

fn base_name(c: char) -> &'static str {
    match c {
        'B' => "byte",
        'C' => "char",
        'D' => "double",
        'F' => "float",
        'I' => "int",
        'J' => "long",
        'S' => "short",
        'Z' => "boolean",
        _ => "?",
    }
}

/// Writes `items` separated by ", ".
fn join<T: fmt::Display>(f: &mut fmt::Formatter<'_>, items: &[T]) -> fmt::Result {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{item}")?;
    }
    Ok(())
}

/// Types print with internal names (`java/util/List<T>`); callers turn `/` into `.`
/// where the Java spelling is wanted, as javap does.
impl fmt::Display for TypeSig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TypeSig::Base(c) => f.write_str(base_name(*c)),
            TypeSig::Class(c) => write!(f, "{c}"),
            TypeSig::TypeVar(name) => f.write_str(name),
            TypeSig::Array(elem) => write!(f, "{elem}[]"),
        }
    }
}

impl fmt::Display for ClassTypeSig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(outer) = &self.outer {
            write!(f, "{outer}.")?;
        }
        f.write_str(&self.name)?;
        if !self.args.is_empty() {
            f.write_str("<")?;
            join(f, &self.args)?;
            f.write_str(">")?;
        }
        Ok(())
    }
}

impl fmt::Display for TypeArg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TypeArg::Any => f.write_str("?"),
            TypeArg::Exact(t) => write!(f, "{t}"),
            TypeArg::Extends(t) => write!(f, "? extends {t}"),
            TypeArg::Super(t) => write!(f, "? super {t}"),
        }
    }
}

/// `T extends Bound & Other`. A lone `Object` class bound is left out, as javap does
/// unless it is verbose (the alternate form, `{:#}`, keeps it).
impl fmt::Display for TypeParam {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)?;
        let mut sep = " extends ";
        let keep_object = f.alternate();
        if let Some(bound) = self
            .class_bound
            .as_ref()
            .filter(|b| keep_object || !b.is_object())
        {
            write!(f, "{sep}{bound}")?;
            sep = " & ";
        }
        for bound in &self.interface_bounds {
            write!(f, "{sep}{bound}")?;
            sep = " & ";
        }
        Ok(())
    }
}

/// `<A, B extends C>`, or nothing when there are no parameters; `{:#}` keeps
/// `extends java/lang/Object` bounds.
pub struct TypeParams<'a>(pub &'a [TypeParam]);

impl fmt::Display for TypeParams<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return Ok(());
        }
        f.write_str("<")?;
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            if f.alternate() {
                write!(f, "{p:#}")?
            } else {
                write!(f, "{p}")?
            }
        }
        f.write_str(">")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_signature_with_bounds() {
        let s = parse_class_signature(
            "<T::Ljava/lang/Comparable<-TT;>;U:Ljava/lang/Object;>Ljava/util/AbstractList<TT;>;Ljava/io/Serializable;",
        )
        .unwrap();
        assert_eq!(
            TypeParams(&s.type_params).to_string(),
            "<T extends java/lang/Comparable<? super T>, U>"
        );
        assert_eq!(s.superclass.to_string(), "java/util/AbstractList<T>");
        assert_eq!(s.interfaces.len(), 1);
    }

    #[test]
    fn method_signature_with_throws() {
        let m =
            parse_method_signature("<X:Ljava/lang/Exception;>(TX;[I)V^TX;^Ljava/io/IOException;")
                .unwrap();
        assert_eq!(m.params[1].to_string(), "int[]");
        assert_eq!(m.ret, None);
        assert_eq!(m.throws.len(), 2);
    }

    #[test]
    fn inner_class_of_parameterized_outer() {
        let t = parse_field_signature("Lp/Outer<TT;>.Inner<*>;").unwrap();
        assert_eq!(t.to_string(), "p/Outer<T>.Inner<?>");
        let wild = parse_field_signature("Ljava/util/List<+Ljava/lang/Number;>;").unwrap();
        assert_eq!(
            wild.to_string(),
            "java/util/List<? extends java/lang/Number>"
        );
    }

    #[test]
    fn malformed_and_deep_signatures_fail_cleanly() {
        assert!(parse_field_signature("Ljava/util/List<>;").is_none());
        assert!(parse_field_signature("Ljava/util/List").is_none());
        assert!(parse_method_signature("(I").is_none());
        let deep = "Ljava/util/List<".repeat(10_000);
        assert!(parse_field_signature(&deep).is_none());
        let arrays = "[".repeat(10_000) + "I";
        assert!(parse_field_signature(&arrays).is_none());
    }
}
