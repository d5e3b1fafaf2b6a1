//! Constants: `aconst_null`, `iconst_*` and friends, `bipush`, `sipush`, `ldc*`.

use cranelift_codegen::ir::{InstBuilder, types};
use rjava_classfile::Constant;
use rjava_classfile::bytecode::{Instruction, Opcode, Operand};
use rjava_runtime::class::Resolved;

use super::{Result, Translator, Ty, unsupported};
use crate::helpers;

impl Translator<'_, '_> {
    pub(super) fn constant(&mut self, insn: &Instruction) -> Result<()> {
        use Opcode::*;
        let b = insn.opcode as u8;
        match insn.opcode {
            AconstNull => {
                let v = self.iconst(types::I64, 0);
                self.push(v, Ty::Ref);
            }
            IconstM1 | Iconst0 | Iconst1 | Iconst2 | Iconst3 | Iconst4 | Iconst5 => {
                let v = self.iconst(types::I32, b as i64 - 3);
                self.push(v, Ty::Int);
            }
            Lconst0 | Lconst1 => {
                let v = self.iconst(types::I64, b as i64 - 9);
                self.push(v, Ty::Long);
            }
            Fconst0 | Fconst1 | Fconst2 => {
                let v = self.b.ins().f32const((b - 0x0b) as f32);
                self.push(v, Ty::Float);
            }
            Dconst0 | Dconst1 => {
                let v = self.b.ins().f64const((b - 0x0e) as f64);
                self.push(v, Ty::Double);
            }
            Bipush | Sipush => {
                let Operand::Int(n) = insn.operand else {
                    return Err(unsupported("push without operand"));
                };
                let v = self.iconst(types::I32, n as i64);
                self.push(v, Ty::Int);
            }
            _ => return self.ldc(insn),
        }
        Ok(())
    }

    fn ldc(&mut self, insn: &Instruction) -> Result<()> {
        let Operand::Constant(index) = insn.operand else {
            return Err(unsupported("ldc without operand"));
        };
        let pool = &self.class.constant_pool;
        match pool.get(index) {
            Ok(Constant::Integer(n)) => {
                let v = self.iconst(types::I32, *n as i64);
                self.push(v, Ty::Int);
            }
            Ok(Constant::Float(f)) => {
                let v = self.b.ins().f32const(*f);
                self.push(v, Ty::Float);
            }
            Ok(Constant::Long(n)) => {
                let v = self.iconst(types::I64, *n);
                self.push(v, Ty::Long);
            }
            Ok(Constant::Double(d)) => {
                let v = self.b.ins().f64const(*d);
                self.push(v, Ty::Double);
            }
            Ok(Constant::String { .. }) => {
                // Interned strings are roots for the whole run and never move, so the
                // resolved reference is a constant.
                let v = match self.class.resolved(index) {
                    Some(Resolved::String(s)) => self.iconst(types::I64, s.slot() as i64),
                    // Not interned yet: a helper does it when this runs.
                    _ => self.call_resolving(helpers::ldc_string as *const () as usize, index),
                };
                self.push(v, Ty::Ref);
            }
            Ok(Constant::Class { .. }) => {
                // The mirror may not exist yet (and making it allocates): a helper.
                let v = self.call_resolving(helpers::ldc_class as *const () as usize, index);
                self.push(v, Ty::Ref);
            }
            _ => return Err(unsupported(format!("ldc of constant #{index}"))),
        }
        Ok(())
    }
}
