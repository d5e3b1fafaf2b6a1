//! Constant-pool entries rendered as javap's comments (`Method java/lang/Object."<init>":()V`).

use crate::class_file::ClassFile;
use crate::constant_pool::{Constant, ref_kind};
use crate::javafmt;

/// javap's name for an entry's kind in instruction comments.
pub(crate) fn tag_name(c: &Constant) -> &'static str {
    match c {
        Constant::Utf8(_) => "Utf8",
        Constant::Integer(_) => "int",
        Constant::Float(_) => "float",
        Constant::Long(_) => "long",
        Constant::Double(_) => "double",
        Constant::Class { .. } => "class",
        Constant::String { .. } => "String",
        Constant::Fieldref { .. } => "Field",
        Constant::MethodHandle { .. } => "MethodHandle",
        Constant::MethodType { .. } => "MethodType",
        Constant::Methodref { .. } => "Method",
        Constant::InterfaceMethodref { .. } => "InterfaceMethod",
        Constant::Dynamic { .. } => "Dynamic",
        Constant::InvokeDynamic { .. } => "InvokeDynamic",
        Constant::NameAndType { .. } => "NameAndType",
        Constant::Module { .. } => "Module",
        Constant::Package { .. } => "Package",
        Constant::Unusable => "Unusable",
    }
}

/// The comment after an instruction operand: kind and value, with references into
/// this class shortened to `name:descriptor` as javap does.
pub(crate) fn comment(class: &ClassFile, index: u16) -> String {
    let cp = &class.constant_pool;
    let Ok(c) = cp.get(index) else {
        return format!("#{index}");
    };
    let shown = match c {
        Constant::Fieldref {
            class_index,
            name_and_type_index,
        }
        | Constant::Methodref {
            class_index,
            name_and_type_index,
        }
        | Constant::InterfaceMethodref {
            class_index,
            name_and_type_index,
        } if *class_index == class.this_class => *name_and_type_index,
        _ => index,
    };
    format!("{} {}", tag_name(c), value(class, shown))
}

/// The value of an entry as javap's `stringValue` prints it.
pub(crate) fn value(class: &ClassFile, index: u16) -> String {
    let cp = &class.constant_pool;
    let Ok(c) = cp.get(index) else {
        return format!("#{index}");
    };
    match c {
        Constant::Unusable => String::new(),
        Constant::Utf8(s) => escape_utf8(&s.replacing_lone_surrogates('?')),
        Constant::Integer(i) => i.to_string(),
        Constant::Float(f) => format!("{}f", javafmt::float_to_string(*f)),
        Constant::Long(l) => format!("{l}l"),
        Constant::Double(d) => format!("{}d", javafmt::double_to_string(*d)),
        Constant::Class { name_index } => checked_name(&utf8(class, *name_index)),
        Constant::String { string_index } => value(class, *string_index),
        Constant::Fieldref {
            class_index,
            name_and_type_index,
        }
        | Constant::Methodref {
            class_index,
            name_and_type_index,
        }
        | Constant::InterfaceMethodref {
            class_index,
            name_and_type_index,
        } => {
            format!(
                "{}.{}",
                value(class, *class_index),
                value(class, *name_and_type_index)
            )
        }
        Constant::NameAndType {
            name_index,
            descriptor_index,
        } => format!(
            "{}:{}",
            checked_name(&utf8(class, *name_index)),
            utf8(class, *descriptor_index)
        ),
        Constant::MethodHandle {
            reference_kind,
            reference_index,
        } => {
            format!(
                "{} {}",
                ref_kind::name(*reference_kind),
                value(class, *reference_index)
            )
        }
        Constant::MethodType { descriptor_index } => utf8(class, *descriptor_index),
        Constant::Dynamic {
            bootstrap_method_attr_index,
            name_and_type_index,
        }
        | Constant::InvokeDynamic {
            bootstrap_method_attr_index,
            name_and_type_index,
        } => {
            format!(
                "#{bootstrap_method_attr_index}:{}",
                value(class, *name_and_type_index)
            )
        }
        Constant::Module { name_index } | Constant::Package { name_index } => {
            checked_name(&utf8(class, *name_index))
        }
    }
}

fn utf8(class: &ClassFile, index: u16) -> String {
    class
        .constant_pool
        .utf8(index)
        .map(str::to_string)
        .unwrap_or_else(|_| format!("#{index}"))
}

/// A string constant with Java escapes for quotes, backslashes and control characters.
pub(crate) fn escape_utf8(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '"' => out.push_str("\\\""),
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// A name, quoted (with `\\ " \n \t` escaped) unless it is a Java identifier path.
pub(crate) fn checked_name(name: &str) -> String {
    let mut prev = '/';
    let plain = !name.is_empty()
        && name.chars().all(|c| {
            let ok = (c == '/' || is_identifier_part(c)) && (prev != '/' || is_identifier_start(c));
            prev = c;
            ok
        });
    if plain {
        return name.to_string();
    }
    let mut out = String::from("\"");
    for c in name.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `Character.isJavaIdentifierStart`: exact for ASCII, by Unicode category beyond it.
fn is_identifier_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic() || c == '$' || c == '_'
    } else {
        c.is_alphabetic() || matches!(c, '\u{a2}'..='\u{a5}' | '\u{20a0}'..='\u{20cf}')
    }
}

/// `Character.isJavaIdentifierPart`, including the ignorable control characters.
fn is_identifier_part(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
            || c == '$'
            || c == '_'
            || matches!(c, '\0'..='\u{8}' | '\u{e}'..='\u{1b}' | '\u{7f}')
    } else {
        is_identifier_start(c) || c.is_numeric() || matches!(c, '\u{80}'..='\u{9f}')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_quoted_like_javap() {
        assert_eq!(checked_name("java/lang/Object"), "java/lang/Object");
        assert_eq!(checked_name("<init>"), "\"<init>\"");
        assert_eq!(checked_name("[I"), "\"[I\"");
        assert_eq!(checked_name("Feat$E"), "Feat$E");
        assert_eq!(checked_name("lambda$main$0"), "lambda$main$0");
        assert_eq!(checked_name("9lives"), "\"9lives\"");
    }

    #[test]
    fn strings_are_escaped_like_javap() {
        assert_eq!(escape_utf8("a\"b\n\t\u{1}é"), "a\\\"b\\n\\t\\u0001é");
    }
}
