//! A `javap`-compatible disassembler.
//!
//! The output follows javap's layout to the character, because people diff the two:
//! the class declaration with generic signatures, members with their modifiers,
//! instructions with `#index` operands and `//` comments, switch tables and exception
//! tables. The structure mirrors javap's own writers: the class writer here,
//! `code` for method bodies, `constants` for constant comments and `verbose` for `-v`.

mod code;
mod constants;
mod printer;
mod verbose;

use crate::access::{self, ABSTRACT, FINAL, MODULE, PRIVATE, PROTECTED, PUBLIC, STATIC};
use crate::attributes::AttributeInfo;
use crate::class_file::{ClassFile, Member};
use crate::descriptor::{FieldType, MethodDescriptor};
use crate::signature::{self, TypeParams};
use printer::Printer;

/// Which members are shown, by the least access they may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Visibility {
    Public,
    Protected,
    #[default]
    Package,
    Private,
}

/// javap's options.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `-c`: disassemble the code.
    pub code: bool,
    /// `-l`: line number and local variable tables.
    pub lines: bool,
    /// `-s`: internal type signatures (descriptors).
    pub descriptors: bool,
    /// `-v`: everything, including the constant pool.
    pub verbose: bool,
    /// `-constants`: values of static final constants.
    pub constants: bool,
    pub visibility: Visibility,
}

/// Facts about the file a class came from, for `-v`'s header.
#[derive(Debug, Clone, Default)]
pub struct SourceInfo {
    /// `Classfile /abs/path/Foo.class` or `jar:file:...!/Foo.class`.
    pub location: String,
    /// Formatted like javap: `Nov 27, 2026`.
    pub last_modified: Option<String>,
    pub size: usize,
}

/// Disassembles one class.
pub fn disassemble(class: &ClassFile, opts: &Options, source: Option<&SourceInfo>) -> String {
    let mut w = ClassWriter {
        p: Printer::new(),
        class,
        opts,
    };
    w.write(source);
    w.p.finish()
}

struct ClassWriter<'a> {
    p: Printer,
    class: &'a ClassFile,
    opts: &'a Options,
}

fn java_name(internal: &str) -> String {
    internal.replace('/', ".")
}

fn modifiers(flags: u16, table: &[(u16, &'static str)]) -> Vec<&'static str> {
    table
        .iter()
        .filter(|(f, _)| flags & f != 0)
        .map(|(_, m)| *m)
        .collect()
}

const CLASS_MODIFIERS: &[(u16, &str)] =
    &[(PUBLIC, "public"), (FINAL, "final"), (ABSTRACT, "abstract")];
const FIELD_MODIFIERS: &[(u16, &str)] = &[
    (PUBLIC, "public"),
    (PRIVATE, "private"),
    (PROTECTED, "protected"),
    (STATIC, "static"),
    (FINAL, "final"),
    (access::VOLATILE, "volatile"),
    (access::TRANSIENT, "transient"),
];
const METHOD_MODIFIERS: &[(u16, &str)] = &[
    (PUBLIC, "public"),
    (PRIVATE, "private"),
    (PROTECTED, "protected"),
    (STATIC, "static"),
    (FINAL, "final"),
    (access::SYNCHRONIZED, "synchronized"),
    (access::NATIVE, "native"),
    (ABSTRACT, "abstract"),
    (access::STRICT, "strictfp"),
];

impl ClassWriter<'_> {
    fn write(&mut self, source: Option<&SourceInfo>) {
        let class = self.class;
        if self.opts.verbose {
            if let Some(src) = source {
                verbose::write_file_header(&mut self.p, src);
            }
            self.p.indent(1);
        }
        if let Some(file) = class.source_file() {
            self.p.println_str(&format!("Compiled from \"{file}\""));
        }
        if self.opts.verbose {
            self.p.indent(-1);
        }
        if class.access_flags & MODULE != 0 {
            self.write_module_header();
        } else {
            self.write_class_header();
        }
        if self.opts.verbose {
            self.p.println();
            self.p.indent(1);
            verbose::write_class_summary(&mut self.p, class);
            self.p.indent(-1);
            verbose::write_constant_pool(&mut self.p, class);
        } else {
            self.p.print(" ");
        }
        self.p.println_str("{");
        self.p.indent(1);
        for f in &class.fields {
            self.write_field(f);
        }
        for m in &class.methods {
            self.write_method(m);
        }
        self.p.set_pending_newline(false);
        self.p.indent(-1);
        self.p.println_str("}");
        if self.opts.verbose {
            verbose::write_class_attributes(&mut self.p, class);
        }
    }

    fn write_module_header(&mut self) {
        let name = self.class.attributes.iter().find_map(|a| match &a.info {
            AttributeInfo::Other(bytes) if self.class.attribute_name(a) == "Module" => {
                let index = u16::from_be_bytes([*bytes.first()?, *bytes.get(1)?]);
                match self.class.constant_pool.get(index).ok()? {
                    crate::Constant::Module { name_index } => self
                        .class
                        .constant_pool
                        .utf8(*name_index)
                        .ok()
                        .map(str::to_string),
                    _ => None,
                }
            }
            _ => None,
        });
        self.p.print(&format!(
            "module {}",
            name.unwrap_or_else(|| java_name(&self.class.name))
        ));
    }

    fn write_class_header(&mut self) {
        let class = self.class;
        let interface = class.is_interface();
        let flags = if interface {
            class.access_flags & !ABSTRACT
        } else {
            class.access_flags
        };
        for m in modifiers(flags, CLASS_MODIFIERS) {
            self.p.print(m);
            self.p.print(" ");
        }
        self.p
            .print(if interface { "interface " } else { "class " });
        self.p.print(&java_name(&class.name));
        match class
            .signature()
            .map(|s| (s, signature::parse_class_signature(s)))
        {
            Some((_, Some(sig))) => {
                let mut s = self.type_params(&sig.type_params);
                let list = |types: &[signature::ClassTypeSig]| {
                    types
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                if interface {
                    if !sig.interfaces.is_empty() {
                        s += &format!(" extends {}", list(&sig.interfaces));
                    }
                } else {
                    if self.opts.verbose || !sig.superclass.is_object() {
                        s += &format!(" extends {}", sig.superclass);
                    }
                    if !sig.interfaces.is_empty() {
                        s += &format!(" implements {}", list(&sig.interfaces));
                    }
                }
                self.p.print(&java_name(&s));
            }
            Some((raw, None)) => self.p.print(&format!("<invalid signature {raw}>")),
            None => {
                if !interface
                    && let Some(sup) = class
                        .super_name
                        .as_deref()
                        .filter(|s| *s != "java/lang/Object")
                {
                    self.p.print(&format!(" extends {}", java_name(sup)));
                }
                for (i, name) in class.interface_names.iter().enumerate() {
                    let sep = match (i, interface) {
                        (0, false) => " implements ",
                        (0, true) => " extends ",
                        _ => ",",
                    };
                    self.p.print(sep);
                    self.p.print(&java_name(name));
                }
            }
        }
    }

    /// `<T extends Bound>`; verbose output keeps `extends java.lang.Object`, as javap's does.
    fn type_params(&self, params: &[signature::TypeParam]) -> String {
        let params = TypeParams(params);
        if self.opts.verbose {
            format!("{params:#}")
        } else {
            params.to_string()
        }
    }

    fn visible(&self, flags: u16) -> bool {
        let level = if flags & PUBLIC != 0 {
            Visibility::Public
        } else if flags & PROTECTED != 0 {
            Visibility::Protected
        } else if flags & PRIVATE != 0 {
            Visibility::Private
        } else {
            Visibility::Package
        };
        level <= self.opts.visibility
    }

    fn signature_of(&self, m: &Member) -> Option<&str> {
        self.class.constant_pool.utf8(m.signature_index()?).ok()
    }

    fn write_field(&mut self, f: &Member) {
        if !self.visible(f.access_flags) {
            return;
        }
        for m in modifiers(f.access_flags, FIELD_MODIFIERS) {
            self.p.print(m);
            self.p.print(" ");
        }
        let ty = match self.signature_of(f) {
            Some(sig) => match signature::parse_field_signature(sig) {
                Some(t) => java_name(&t.to_string()),
                None => format!("<invalid signature {sig}>"),
            },
            None => FieldType::parse(&f.descriptor)
                .map_or_else(|| f.descriptor.clone(), |t| t.to_string()),
        };
        self.p.print(&format!("{ty} {}", f.name));
        if self.opts.constants
            && let Some(AttributeInfo::ConstantValue(index)) = f
                .attributes
                .iter()
                .map(|a| &a.info)
                .find(|i| matches!(i, AttributeInfo::ConstantValue(_)))
        {
            self.p.print(&format!(
                " = {}",
                verbose::constant_value(self.class, *index, &f.descriptor)
            ));
        }
        self.p.print(";");
        self.p.println();
        self.p.indent(1);
        if self.opts.descriptors {
            self.p.println_str(&format!("descriptor: {}", f.descriptor));
        }
        if self.opts.verbose {
            verbose::write_flags(&mut self.p, f.access_flags, verbose::FlagKind::Field);
            for a in &f.attributes {
                verbose::write_attribute(&mut self.p, self.class, a);
            }
        }
        self.p.indent(-1);
        if self.opts.verbose || self.opts.code || self.opts.lines {
            self.p.println();
        }
    }

    fn write_method(&mut self, m: &Member) {
        if !self.visible(m.access_flags) {
            return;
        }
        let class = self.class;
        let flags = m.access_flags;
        let mut mods = modifiers(flags, METHOD_MODIFIERS);
        if class.is_interface()
            && flags & ABSTRACT == 0
            && m.name != "<clinit>"
            && class.major_version >= 52
            && flags & (STATIC | PRIVATE) == 0
        {
            mods.push("default");
        }
        for md in mods {
            self.p.print(md);
            self.p.print(" ");
        }
        let sig = self
            .signature_of(m)
            .and_then(signature::parse_method_signature);
        let (type_params, params, ret, throws) = match &sig {
            Some(s) => (
                self.type_params(&s.type_params),
                s.params.iter().map(ToString::to_string).collect::<Vec<_>>(),
                s.ret
                    .as_ref()
                    .map_or("void".to_string(), ToString::to_string),
                s.throws.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ),
            None => {
                let d = MethodDescriptor::parse(&m.descriptor);
                let params = d
                    .iter()
                    .flat_map(|d| d.params.iter().map(ToString::to_string))
                    .collect();
                let ret = d
                    .and_then(|d| d.ret)
                    .map_or("void".to_string(), |t| t.to_string());
                (String::new(), params, ret, Vec::new())
            }
        };
        if !type_params.is_empty() {
            self.p.print(&java_name(&type_params));
            self.p.print(" ");
        }
        let mut params = format!("({})", params.join(", "));
        if flags & access::VARARGS != 0
            && let Some(i) = params.rfind("[]")
            && i > 0
        {
            params.replace_range(i..i + 2, "...");
        }
        let params = java_name(&params);
        match m.name.as_str() {
            "<init>" => self.p.print(&format!("{}{params}", java_name(&class.name))),
            "<clinit>" => self.p.print("{}"),
            name => self.p.print(&format!("{} {name}{params}", java_name(&ret))),
        }
        let exceptions = m.exceptions();
        if m.attributes
            .iter()
            .any(|a| matches!(a.info, AttributeInfo::Exceptions(_)))
        {
            self.p.print(" throws ");
            if !throws.is_empty() {
                // javap prints generic throws with internal names; so do we.
                self.p.print(&throws.join(", "));
            } else {
                let names: Vec<String> = exceptions
                    .iter()
                    .map(|&i| {
                        class
                            .constant_pool
                            .class_name(i)
                            .map_or_else(|_| format!("#{i}"), java_name)
                    })
                    .collect();
                self.p.print(&names.join(", "));
            }
        }
        self.p.println_str(";");
        self.p.indent(1);
        if self.opts.descriptors {
            self.p.println_str(&format!("descriptor: {}", m.descriptor));
        }
        if self.opts.verbose {
            verbose::write_flags(&mut self.p, flags, verbose::FlagKind::Method);
            for a in &m.attributes {
                verbose::write_attribute(&mut self.p, class, a);
            }
        } else if let Some(code) = m.code() {
            if self.opts.code {
                self.p.println_str("Code:");
                code::write_instructions(&mut self.p, class, code);
                code::write_exception_table(&mut self.p, class, code);
            }
            if self.opts.lines {
                verbose::write_line_and_local_tables(&mut self.p, class, code);
            }
        }
        self.p.indent(-1);
        let separate =
            self.opts.code || self.opts.verbose || self.opts.descriptors || self.opts.lines;
        self.p.set_pending_newline(separate);
    }
}
