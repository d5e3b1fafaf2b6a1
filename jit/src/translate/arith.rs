//! Arithmetic, conversions and comparisons, with the JVM's semantics where machine
//! instructions differ: division by zero throws, `MIN_VALUE / -1` wraps, float to
//! int conversions saturate and map NaN to 0, `fcmpl`/`fcmpg` differ on NaN,
//! `frem`/`drem` are C's fmod, narrowing sign- or zero-extends. Shift counts are
//! masked by Cranelift's shifts themselves.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{InstBuilder, Value, types};
use rjava_classfile::bytecode::Opcode;

use super::{Result, Translator, Ty};
use crate::helpers;

impl Translator<'_, '_> {
    pub(super) fn arith(&mut self, op: Opcode) -> Result<()> {
        use Opcode::*;
        match op {
            Iadd | Ladd | Isub | Lsub | Imul | Lmul | Iand | Land | Ior | Lor | Ixor | Lxor => {
                let b = self.pop_value()?;
                let a = self.pop()?;
                let i = self.b.ins();
                let v = match op {
                    Iadd | Ladd => i.iadd(a.v, b),
                    Isub | Lsub => i.isub(a.v, b),
                    Imul | Lmul => i.imul(a.v, b),
                    Iand | Land => i.band(a.v, b),
                    Ior | Lor => i.bor(a.v, b),
                    _ => i.bxor(a.v, b),
                };
                self.push(v, a.ty);
            }
            Fadd | Dadd | Fsub | Dsub | Fmul | Dmul | Fdiv | Ddiv => {
                let b = self.pop_value()?;
                let a = self.pop()?;
                let i = self.b.ins();
                let v = match op {
                    Fadd | Dadd => i.fadd(a.v, b),
                    Fsub | Dsub => i.fsub(a.v, b),
                    Fmul | Dmul => i.fmul(a.v, b),
                    _ => i.fdiv(a.v, b),
                };
                self.push(v, a.ty);
            }
            Idiv | Ldiv | Irem | Lrem => self.divide(op)?,
            Frem => {
                let b = self.pop_value()?;
                let a = self.pop_value()?;
                let v = self.call_pure(
                    helpers::frem as *const () as usize,
                    &[types::F32, types::F32],
                    Some(types::F32),
                    &[a, b],
                );
                self.push(v.expect("frem returns"), Ty::Float);
            }
            Drem => {
                let b = self.pop_value()?;
                let a = self.pop_value()?;
                let v = self.call_pure(
                    helpers::drem as *const () as usize,
                    &[types::F64, types::F64],
                    Some(types::F64),
                    &[a, b],
                );
                self.push(v.expect("drem returns"), Ty::Double);
            }
            Ineg | Lneg => {
                let a = self.pop()?;
                let v = self.b.ins().ineg(a.v);
                self.push(v, a.ty);
            }
            Fneg | Dneg => {
                let a = self.pop()?;
                let v = self.b.ins().fneg(a.v);
                self.push(v, a.ty);
            }
            Ishl | Lshl | Ishr | Lshr | Iushr | Lushr => {
                let count = self.pop_value()?;
                let a = self.pop()?;
                let i = self.b.ins();
                let v = match op {
                    Ishl | Lshl => i.ishl(a.v, count),
                    Ishr | Lshr => i.sshr(a.v, count),
                    _ => i.ushr(a.v, count),
                };
                self.push(v, a.ty);
            }
            Lcmp => {
                let b = self.pop_value()?;
                let a = self.pop_value()?;
                let gt = self.b.ins().icmp(IntCC::SignedGreaterThan, a, b);
                let lt = self.b.ins().icmp(IntCC::SignedLessThan, a, b);
                let v = self.three_way(gt, lt);
                self.push(v, Ty::Int);
            }
            Fcmpl | Fcmpg | Dcmpl | Dcmpg => {
                let b = self.pop_value()?;
                let a = self.pop_value()?;
                let gt = self.b.ins().fcmp(FloatCC::GreaterThan, a, b);
                let lt = self.b.ins().fcmp(FloatCC::LessThan, a, b);
                let ordered = self.three_way(gt, lt);
                let unordered = self.b.ins().fcmp(FloatCC::Unordered, a, b);
                let nan = self.iconst(types::I32, if matches!(op, Fcmpl | Dcmpl) { -1 } else { 1 });
                let v = self.b.ins().select(unordered, nan, ordered);
                self.push(v, Ty::Int);
            }
            _ => self.convert(op)?,
        }
        Ok(())
    }

    /// 1, 0 or -1 from the two comparison flags.
    fn three_way(&mut self, gt: Value, lt: Value) -> Value {
        let gt = self.b.ins().uextend(types::I32, gt);
        let lt = self.b.ins().uextend(types::I32, lt);
        self.b.ins().isub(gt, lt)
    }

    fn divide(&mut self, op: Opcode) -> Result<()> {
        let b = self.pop_value()?;
        let a = self.pop()?;
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
        self.guard(
            zero,
            helpers::throw_divide_by_zero as *const () as usize,
            &[],
        );
        // Cranelift traps on MIN / -1; Java wraps (quotient MIN, remainder 0).
        let ty = a.ty.clif();
        let minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
        let one = self.iconst(ty, 1);
        let divisor = self.b.ins().select(minus_one, one, b);
        let v = if matches!(op, Opcode::Idiv | Opcode::Ldiv) {
            let q = self.b.ins().sdiv(a.v, divisor);
            let negated = self.b.ins().ineg(a.v);
            self.b.ins().select(minus_one, negated, q)
        } else {
            let r = self.b.ins().srem(a.v, divisor);
            let zero = self.iconst(ty, 0);
            self.b.ins().select(minus_one, zero, r)
        };
        self.push(v, a.ty);
        Ok(())
    }

    fn convert(&mut self, op: Opcode) -> Result<()> {
        use Opcode::*;
        let a = self.pop_value()?;
        let i = self.b.ins();
        let (v, ty) = match op {
            I2l => (i.sextend(types::I64, a), Ty::Long),
            I2f => (i.fcvt_from_sint(types::F32, a), Ty::Float),
            I2d => (i.fcvt_from_sint(types::F64, a), Ty::Double),
            L2i => (i.ireduce(types::I32, a), Ty::Int),
            L2f => (i.fcvt_from_sint(types::F32, a), Ty::Float),
            L2d => (i.fcvt_from_sint(types::F64, a), Ty::Double),
            F2i | D2i => (i.fcvt_to_sint_sat(types::I32, a), Ty::Int),
            F2l | D2l => (i.fcvt_to_sint_sat(types::I64, a), Ty::Long),
            F2d => (i.fpromote(types::F64, a), Ty::Double),
            D2f => (i.fdemote(types::F32, a), Ty::Float),
            I2b => {
                let n = i.ireduce(types::I8, a);
                (self.b.ins().sextend(types::I32, n), Ty::Int)
            }
            I2c => (i.band_imm_s(a, 0xffff), Ty::Int),
            _ => {
                let n = i.ireduce(types::I16, a);
                (self.b.ins().sextend(types::I32, n), Ty::Int)
            }
        };
        self.push(v, ty);
        Ok(())
    }
}
