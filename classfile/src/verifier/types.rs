//! The verification types of JVM spec §4.10.1.2 and the assignability rules between
//! them.
//!
//! Slots, not values: a `long` or `double` takes two slots, its first half and a
//! `*2nd` marker, in locals and on the operand stack alike, so that stack shuffles
//! (`dup2_x1`, `pop2`...) can be checked slot by slot without splitting a value.
//! Class types are internal names (`java/lang/String`) or array descriptors
//! (`[I`, `[Ljava/lang/String;`), as in CONSTANT_Class entries.

use std::fmt;
use std::sync::Arc;

use super::{Fail, Hierarchy};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VType {
    Top,
    Int,
    Float,
    Long,
    /// The second slot of a `long`.
    Long2,
    Double,
    Double2,
    Null,
    /// `this` in a constructor before `super()` or `this()` returns.
    UninitThis,
    /// The object made by the `new` at this bci, before its constructor ran.
    Uninit(u32),
    /// A class, interface or array type.
    Ref(Arc<str>),
    /// A `jsr` return address (class files before version 50 only).
    ReturnAddress,
}

pub const OBJECT: &str = "java/lang/Object";

impl VType {
    pub fn class(name: &str) -> VType {
        VType::Ref(Arc::from(name))
    }

    /// Slots of a value of this type starting here: 2 for the first half of a
    /// `long`/`double`.
    pub fn is_wide(&self) -> bool {
        matches!(self, VType::Long | VType::Double)
    }

    pub fn is_second_half(&self) -> bool {
        matches!(self, VType::Long2 | VType::Double2)
    }

    /// The marker that follows a wide type's first slot.
    pub fn second_half(&self) -> Option<VType> {
        match self {
            VType::Long => Some(VType::Long2),
            VType::Double => Some(VType::Double2),
            _ => None,
        }
    }

    /// A reference of any kind: classes, arrays, `null`, uninitialized objects.
    pub fn is_reference(&self) -> bool {
        matches!(
            self,
            VType::Null | VType::UninitThis | VType::Uninit(_) | VType::Ref(_)
        )
    }

    pub fn is_uninitialized(&self) -> bool {
        matches!(self, VType::UninitThis | VType::Uninit(_))
    }

    /// The array's name if this is an array type.
    pub fn array_name(&self) -> Option<&str> {
        match self {
            VType::Ref(n) if n.starts_with('[') => Some(n),
            _ => None,
        }
    }
}

/// HotSpot's spelling of types in verification messages.
impl fmt::Display for VType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VType::Top => f.write_str("top"),
            VType::Int => f.write_str("integer"),
            VType::Float => f.write_str("float"),
            VType::Long => f.write_str("long"),
            VType::Long2 => f.write_str("long_2nd"),
            VType::Double => f.write_str("double"),
            VType::Double2 => f.write_str("double_2nd"),
            VType::Null => f.write_str("null"),
            VType::UninitThis => f.write_str("uninitializedThis"),
            VType::Uninit(pc) => write!(f, "uninitialized {pc}"),
            VType::Ref(n) => write!(f, "'{n}'"),
            VType::ReturnAddress => f.write_str("returnAddress"),
        }
    }
}

/// The verification type of a value read from a field or method descriptor
/// (`Z`, `B`, `C`, `S` and `I` are all `integer`), with the rest of the string.
pub fn parse_descriptor_type(s: &str) -> Option<(VType, &str)> {
    let first = *s.as_bytes().first()?;
    let t = match first {
        b'Z' | b'B' | b'C' | b'S' | b'I' => VType::Int,
        b'F' => VType::Float,
        b'J' => VType::Long,
        b'D' => VType::Double,
        b'L' => {
            let end = s.find(';')?;
            return Some((VType::class(&s[1..end]), &s[end + 1..]));
        }
        b'[' => {
            let dims = s.bytes().take_while(|&b| b == b'[').count();
            let (_, rest) = parse_descriptor_type(&s[dims..])?;
            let len = s.len() - rest.len();
            return Some((VType::class(&s[..len]), rest));
        }
        _ => return None,
    };
    Some((t, &s[1..]))
}

/// The verification type of a whole field descriptor.
pub fn field_type(descriptor: &str) -> Option<VType> {
    match parse_descriptor_type(descriptor)? {
        (t, "") => Some(t),
        _ => None,
    }
}

/// Parameter types and return type (`None` for void) of a method descriptor.
pub fn method_types(descriptor: &str) -> Option<(Vec<VType>, Option<VType>)> {
    let mut rest = descriptor.strip_prefix('(')?;
    let mut params = Vec::new();
    while !rest.starts_with(')') {
        let (t, r) = parse_descriptor_type(rest)?;
        params.push(t);
        rest = r;
    }
    let ret = &rest[1..];
    let ret = if ret == "V" {
        None
    } else {
        Some(field_type(ret)?)
    };
    Some((params, ret))
}

/// The type of an element of array type `array` (`[I` → integer).
pub fn component_type(array: &str) -> Option<VType> {
    field_type(array.strip_prefix('[')?)
}

/// The array type whose elements have class type `name` (`anewarray`).
pub fn array_of(name: &str) -> String {
    if name.starts_with('[') {
        format!("[{name}")
    } else {
        format!("[L{name};")
    }
}

/// Whether a value of type `from` may be used where `to` is expected
/// (§4.10.1.2, isAssignable), asking `h` about classes when it must.
pub fn is_assignable<H: Hierarchy>(
    from: &VType,
    to: &VType,
    h: &H,
) -> Result<bool, Fail<H::Error>> {
    Ok(match (from, to) {
        _ if from == to => true,
        (_, VType::Top) => true,
        (VType::Null, VType::Ref(_)) => true,
        (VType::Ref(a), VType::Ref(b)) => is_class_assignable(a, b, h)?,
        _ => false,
    })
}

/// isJavaAssignable for class and array types: interfaces are treated as
/// `java/lang/Object`, as the verifier does.
pub fn is_class_assignable<H: Hierarchy>(
    from: &str,
    to: &str,
    h: &H,
) -> Result<bool, Fail<H::Error>> {
    if from == to || to == OBJECT {
        return Ok(true);
    }
    if let Some(to_component) = to.strip_prefix('[') {
        let Some(from_component) = from.strip_prefix('[') else {
            return Ok(false);
        };
        return match (field_type(from_component), field_type(to_component)) {
            (Some(VType::Ref(a)), Some(VType::Ref(b))) => is_class_assignable(&a, &b, h),
            // Primitive elements: only the same array type (already compared).
            _ => Ok(false),
        };
    }
    if from.starts_with('[') {
        return Ok(to == "java/lang/Cloneable" || to == "java/io/Serializable");
    }
    if h.class_info(to).map_err(Fail::Load)?.is_interface {
        return Ok(true);
    }
    let mut current = h.class_info(from).map_err(Fail::Load)?.super_name;
    let mut depth = 0;
    while let Some(name) = current {
        if *name == *to {
            return Ok(true);
        }
        depth += 1;
        if depth > super::MAX_HIERARCHY_DEPTH {
            break;
        }
        current = h.class_info(&name).map_err(Fail::Load)?.super_name;
    }
    Ok(false)
}

/// The most specific type both `a` and `b` are assignable to (type inference for
/// old class files): the first common superclass, `Object` when interfaces or
/// different array shapes meet, `Top` for values of different kinds.
pub fn merge<H: Hierarchy>(a: &VType, b: &VType, h: &H) -> Result<VType, Fail<H::Error>> {
    Ok(match (a, b) {
        _ if a == b => a.clone(),
        (VType::Null, VType::Ref(_)) => b.clone(),
        (VType::Ref(_), VType::Null) => a.clone(),
        (VType::Ref(x), VType::Ref(y)) => VType::class(&merge_classes(x, y, h)?),
        _ => VType::Top,
    })
}

fn merge_classes<H: Hierarchy>(a: &str, b: &str, h: &H) -> Result<String, Fail<H::Error>> {
    if is_class_assignable(a, b, h)?
        && !b.starts_with('[')
        && !h.class_info(b).map_err(Fail::Load)?.is_interface
    {
        return Ok(b.to_string());
    }
    if is_class_assignable(b, a, h)?
        && !a.starts_with('[')
        && !h.class_info(a).map_err(Fail::Load)?.is_interface
    {
        return Ok(a.to_string());
    }
    if let (Some(ca), Some(cb)) = (a.strip_prefix('['), b.strip_prefix('[')) {
        if let (Some(VType::Ref(x)), Some(VType::Ref(y))) = (field_type(ca), field_type(cb)) {
            return Ok(array_of(&merge_classes(&x, &y, h)?));
        }
        return Ok(OBJECT.to_string());
    }
    if a.starts_with('[') || b.starts_with('[') {
        return Ok(OBJECT.to_string());
    }
    // Walk a's superclasses until one is a superclass of b.
    let mut current = Some(Arc::<str>::from(a));
    let mut depth = 0;
    while let Some(name) = current {
        if is_class_assignable(b, &name, h)?
            && !h.class_info(&name).map_err(Fail::Load)?.is_interface
        {
            return Ok(name.to_string());
        }
        depth += 1;
        if depth > super::MAX_HIERARCHY_DEPTH {
            break;
        }
        current = h.class_info(&name).map_err(Fail::Load)?.super_name;
    }
    Ok(OBJECT.to_string())
}
