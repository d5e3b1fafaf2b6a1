//! Local variables: the load and store families and `iinc`.

use cranelift_codegen::ir::InstBuilder;
use rjava_classfile::bytecode::{Instruction, Operand};

use super::{Result, Translator, Ty, unsupported};

/// The kind of a load (0x15..=0x2d) or store (0x36..=0x4e) opcode, and its local.
fn decode(insn: &Instruction, base: u8) -> Result<(Ty, u16)> {
    const KINDS: [Ty; 5] = [Ty::Int, Ty::Long, Ty::Float, Ty::Double, Ty::Ref];
    let b = insn.opcode as u8 - base;
    if b < 5 {
        let Operand::Local(l) = insn.operand else {
            return Err(unsupported("local without index"));
        };
        Ok((KINDS[b as usize], l))
    } else {
        let k = (b - 5) / 4;
        Ok((KINDS[k as usize], ((b - 5) % 4) as u16))
    }
}

impl Translator<'_, '_> {
    pub(super) fn load(&mut self, insn: &Instruction) -> Result<()> {
        let (ty, slot) = decode(insn, 0x15)?;
        let v = self.get_local(slot, ty);
        if slot == 0 && ty == Ty::Ref && self.this_fixed {
            self.non_null.insert(v);
        }
        self.push(v, ty);
        Ok(())
    }

    pub(super) fn store(&mut self, insn: &Instruction) -> Result<()> {
        let (ty, slot) = decode(insn, 0x36)?;
        let e = self.pop()?;
        if e.ty != ty && !(ty == Ty::Ref && e.ty == Ty::Ref) {
            return Err(unsupported("store of another type (jsr return address?)"));
        }
        self.set_local(slot, ty, e.v);
        Ok(())
    }

    pub(super) fn iinc(&mut self, insn: &Instruction) -> Result<()> {
        let Operand::Iinc { index, delta } = insn.operand else {
            return Err(unsupported("iinc without operands"));
        };
        let v = self.get_local(index, Ty::Int);
        let v = self.b.ins().iadd_imm_s(v, delta as i64);
        self.set_local(index, Ty::Int, v);
        Ok(())
    }
}
