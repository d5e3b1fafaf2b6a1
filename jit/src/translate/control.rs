//! Control flow: conditional branches, `goto`, the switches and returns.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, types};
use rjava_classfile::bytecode::{Instruction, Opcode, Operand};

use super::{Result, Translator, Ty, unsupported};

impl Translator<'_, '_> {
    pub(super) fn branch(&mut self, insn: &Instruction) -> Result<()> {
        use Opcode::*;
        let op = insn.opcode;
        let pc = insn.pc as i64;
        let target =
            |off: i32| u32::try_from(pc + off as i64).map_err(|_| unsupported("bad branch"));
        match (op, &insn.operand) {
            (Goto | GotoW, Operand::Branch(off)) => self.jump_to(target(*off)?),
            (Tableswitch, Operand::TableSwitch(t)) => {
                let key = self.pop_value()?;
                let mut cases = Vec::new();
                for (k, off) in (t.low..=t.high).zip(&t.offsets) {
                    cases.push((k, target(*off)?));
                }
                self.switch(key, &cases, target(t.default)?)
            }
            (Lookupswitch, Operand::LookupSwitch(l)) => {
                let key = self.pop_value()?;
                let mut cases = Vec::new();
                for (k, off) in &l.pairs {
                    cases.push((*k, target(*off)?));
                }
                self.switch(key, &cases, target(l.default)?)
            }
            (_, Operand::Branch(off)) => {
                let cond = match op {
                    Ifeq | IfIcmpeq | IfAcmpeq | Ifnull => IntCC::Equal,
                    Ifne | IfIcmpne | IfAcmpne | Ifnonnull => IntCC::NotEqual,
                    Iflt | IfIcmplt => IntCC::SignedLessThan,
                    Ifge | IfIcmpge => IntCC::SignedGreaterThanOrEqual,
                    Ifgt | IfIcmpgt => IntCC::SignedGreaterThan,
                    _ => IntCC::SignedLessThanOrEqual,
                };
                let two = matches!(
                    op,
                    IfIcmpeq
                        | IfIcmpne
                        | IfIcmplt
                        | IfIcmpge
                        | IfIcmpgt
                        | IfIcmple
                        | IfAcmpeq
                        | IfAcmpne
                );
                let b = if two { Some(self.pop_value()?) } else { None };
                let a = self.pop_value()?;
                let taken = match b {
                    Some(b) => self.b.ins().icmp(cond, a, b),
                    None => self.b.ins().icmp_imm_s(cond, a, 0),
                };
                let then = self.pass_stack(target(*off)?)?;
                let next_pc = insn.pc + insn.len;
                let other = self.pass_stack(next_pc)?;
                self.b.ins().brif(taken, then, &[], other, &[]);
                self.open = false;
                Ok(())
            }
            _ => Err(unsupported(format!("{} at {}", insn.mnemonic(), insn.pc))),
        }
    }

    /// A switch as a chain of compares (the cases are few in typical code).
    fn switch(
        &mut self,
        key: cranelift_codegen::ir::Value,
        cases: &[(i32, u32)],
        default: u32,
    ) -> Result<()> {
        for &(k, target) in cases {
            let block = self.pass_stack(target)?;
            let hit = self.b.ins().icmp_imm_s(IntCC::Equal, key, k as i64);
            let next = self.b.create_block();
            self.b.ins().brif(hit, block, &[], next, &[]);
            self.b.switch_to_block(next);
        }
        self.jump_to(default)
    }

    pub(super) fn return_(&mut self, op: Opcode) -> Result<()> {
        if self.inlined.is_some() {
            return self.inline_return(op);
        }
        let v = if op == Opcode::Return {
            self.iconst(types::I64, 0)
        } else {
            let e = self.pop()?;
            match e.ty {
                Ty::Int => self.b.ins().uextend(types::I64, e.v),
                Ty::Float => {
                    let bits = self.b.ins().bitcast(
                        types::I32,
                        cranelift_codegen::ir::MemFlagsData::new(),
                        e.v,
                    );
                    self.b.ins().uextend(types::I64, bits)
                }
                Ty::Double => self.b.ins().bitcast(
                    types::I64,
                    cranelift_codegen::ir::MemFlagsData::new(),
                    e.v,
                ),
                _ => e.v,
            }
        };
        self.leave_frame();
        self.b.ins().return_(&[v]);
        self.open = false;
        Ok(())
    }
}
