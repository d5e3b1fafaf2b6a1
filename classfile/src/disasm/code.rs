//! Method bodies as javap prints them: one line per instruction with its operands
//! and constant comment, switch tables, and the exception table.

use super::constants;
use super::printer::Printer;
use crate::attributes::Code;
use crate::bytecode::{Instruction, Operand};
use crate::class_file::ClassFile;

/// Levels (of two spaces) that switch bodies are indented past the instruction.
const SWITCH_INDENT: isize = 3;

pub(crate) fn write_instructions(p: &mut Printer, class: &ClassFile, code: &Code) {
    for insn in code.instructions() {
        match insn {
            Ok(insn) => write_instruction(p, class, &insn),
            Err(e) => {
                p.println_str(&format!("error at or after byte {}", e.pc));
                break;
            }
        }
    }
}

fn write_instruction(p: &mut Printer, class: &ClassFile, insn: &Instruction) {
    p.print(&format!("{:4}: {:<13} ", insn.pc, insn.mnemonic()));
    let pc = insn.pc as i64;
    match &insn.operand {
        Operand::None => {}
        Operand::Int(v) => p.print(&v.to_string()),
        Operand::Local(i) => p.print(&i.to_string()),
        Operand::Iinc { index, delta } => p.print(&format!("{index}, {delta}")),
        Operand::Constant(index) => constant_ref(p, class, *index, None),
        Operand::InvokeDynamic(index) => constant_ref(p, class, *index, Some(0)),
        Operand::InvokeInterface { index, count } => {
            constant_ref(p, class, *index, Some(*count as i32))
        }
        Operand::MultiANewArray { index, dimensions } => {
            constant_ref(p, class, *index, Some(*dimensions as i32))
        }
        Operand::ArrayType(t) => p.print(&format!(" {}", array_type_name(*t))),
        Operand::Branch(off) => p.print(&(pc + *off as i64).to_string()),
        Operand::TableSwitch(t) => {
            p.print(&format!("{{ // {} to {}", t.low, t.high));
            p.indent(SWITCH_INDENT);
            for (i, off) in t.offsets.iter().enumerate() {
                let key = t.low as i64 + i as i64;
                p.print(&format!("\n{key:12}: {}", pc + *off as i64));
            }
            p.print(&format!("\n{:>12}: {}", "default", pc + t.default as i64));
            p.print("\n}");
            p.indent(-SWITCH_INDENT);
        }
        Operand::LookupSwitch(l) => {
            p.print(&format!("{{ // {}", l.pairs.len()));
            p.indent(SWITCH_INDENT);
            for (key, off) in &l.pairs {
                p.print(&format!("\n{key:12}: {}", pc + *off as i64));
            }
            p.print(&format!("\n{:>12}: {}", "default", pc + l.default as i64));
            p.print("\n}");
            p.indent(-SWITCH_INDENT);
        }
    }
    p.println();
}

fn constant_ref(p: &mut Printer, class: &ClassFile, index: u16, value: Option<i32>) {
    match value {
        Some(v) => p.print(&format!("#{index},  {v}")),
        None => p.print(&format!("#{index}")),
    }
    p.tab();
    p.print("// ");
    p.print(&constants::comment(class, index));
}

pub(crate) fn array_type_name(atype: u8) -> &'static str {
    match atype {
        4 => "boolean",
        5 => "char",
        6 => "float",
        7 => "double",
        8 => "byte",
        9 => "short",
        10 => "int",
        11 => "long",
        _ => "BOGUS_TYPE",
    }
}

pub(crate) fn write_exception_table(p: &mut Printer, class: &ClassFile, code: &Code) {
    if code.exception_table.is_empty() {
        return;
    }
    p.println_str("Exception table:");
    p.indent(1);
    p.println_str(" from    to  target type");
    for h in &code.exception_table {
        p.print(&format!(
            " {:5} {:5} {:5}",
            h.start_pc, h.end_pc, h.handler_pc
        ));
        p.print("   ");
        if h.catch_type == 0 {
            p.println_str("any");
        } else {
            p.println_str(&format!("Class {}", constants::value(class, h.catch_type)));
        }
    }
    p.indent(-1);
}
