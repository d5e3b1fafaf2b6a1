//! `getstatic`, `putstatic`, `getfield`, `putfield` at the offsets fixed by the
//! layout (fields resolved by the interpreter before the method got hot).

use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value, types};
use rjava_classfile::bytecode::{Instruction, Opcode, Operand};
use rjava_runtime::BasicType;

use super::{Result, Translator, Ty, unsupported};
use crate::helpers;

impl Translator<'_, '_> {
    pub(super) fn field(&mut self, insn: &Instruction) -> Result<()> {
        let Operand::Constant(index) = insn.operand else {
            return Err(unsupported("field access without operand"));
        };
        let field = match self.field_constant(index) {
            Ok(field) => field,
            Err(e) if e.transient => {
                return match insn.opcode {
                    Opcode::Getstatic | Opcode::Putstatic => {
                        self.static_unresolved(insn.opcode, index)
                    }
                    _ => self.instance_unresolved(insn.opcode, index),
                };
            }
            Err(e) => return Err(e),
        };
        let bt = field.basic_type;
        let ty = Ty::of_basic(bt);
        match insn.opcode {
            Opcode::Getstatic | Opcode::Putstatic => {
                if !field.is_static() {
                    return Err(unsupported("static access to an instance field"));
                }
                let owner = field.owner();
                self.ensure_initialized(owner);
                let address = owner.static_slot(field.offset) as *const _ as i64;
                let address = self.iconst(types::I64, address);
                if insn.opcode == Opcode::Getstatic {
                    let raw = self
                        .b
                        .ins()
                        .load(types::I64, MemFlagsData::trusted(), address, 0);
                    let v = self.widen_static(raw, bt);
                    self.push(v, ty);
                } else {
                    let v = self.pop_value()?;
                    let raw = self.narrow_static(v, bt);
                    self.b.ins().store(MemFlagsData::trusted(), raw, address, 0);
                }
            }
            Opcode::Getfield => {
                if field.is_static() {
                    return Err(unsupported("instance access to a static field"));
                }
                let obj = self.pop_value()?;
                self.null_check(obj);
                let v = self.load_field(obj, field.offset as i32, bt);
                self.push(v, ty);
            }
            _ => {
                if field.is_static() {
                    return Err(unsupported("instance access to a static field"));
                }
                let v = self.pop_value()?;
                let obj = self.pop_value()?;
                self.null_check(obj);
                self.store_field(obj, field.offset as i32, bt, v);
            }
        }
        Ok(())
    }

    /// `getstatic`/`putstatic` of a class not loaded yet: a helper resolves the field
    /// and initializes its class when the instruction runs, and gives the slot's
    /// address; the access itself is the same load or store.
    fn static_unresolved(&mut self, op: Opcode, index: u16) -> Result<()> {
        let bt = self.field_ref_type(index)?;
        let address =
            self.call_resolving(helpers::static_field_address as *const () as usize, index);
        if op == Opcode::Getstatic {
            let raw = self
                .b
                .ins()
                .load(types::I64, MemFlagsData::trusted(), address, 0);
            let v = self.widen_static(raw, bt);
            self.push(v, Ty::of_basic(bt));
        } else {
            let v = self.pop_value()?;
            let raw = self.narrow_static(v, bt);
            self.b.ins().store(MemFlagsData::trusted(), raw, address, 0);
        }
        Ok(())
    }

    /// The type a Fieldref's descriptor names (for fields not resolved yet).
    fn field_ref_type(&self, index: u16) -> Result<BasicType> {
        let r = self
            .class
            .constant_pool
            .member_ref(index)
            .map_err(|_| unsupported(format!("bad field constant #{index}")))?;
        BasicType::from_descriptor(r.descriptor).ok_or_else(|| unsupported("bad field descriptor"))
    }

    /// `getfield`/`putfield` through a class not loaded yet: a helper resolves the
    /// field when the instruction runs and gives its offset.
    fn instance_unresolved(&mut self, op: Opcode, index: u16) -> Result<()> {
        let bt = self.field_ref_type(index)?;
        let offset =
            self.call_resolving(helpers::instance_field_offset as *const () as usize, index);
        if op == Opcode::Getfield {
            let obj = self.pop_value()?;
            self.null_check(obj);
            let address = self.b.ins().iadd(obj, offset);
            let v = self.load_field(address, 0, bt);
            self.push(v, Ty::of_basic(bt));
        } else {
            let v = self.pop_value()?;
            let obj = self.pop_value()?;
            self.null_check(obj);
            let address = self.b.ins().iadd(obj, offset);
            self.store_field(address, 0, bt, v);
        }
        Ok(())
    }

    /// A static slot's 64 bits as the field's type (narrow types sign-extended as
    /// the interpreter reads them).
    fn widen_static(&mut self, raw: Value, bt: BasicType) -> Value {
        let i = self.b.ins();
        match bt {
            BasicType::Boolean | BasicType::Byte => {
                let n = i.ireduce(types::I8, raw);
                self.b.ins().sextend(types::I32, n)
            }
            BasicType::Short => {
                let n = i.ireduce(types::I16, raw);
                self.b.ins().sextend(types::I32, n)
            }
            BasicType::Char => {
                let n = i.ireduce(types::I16, raw);
                self.b.ins().uextend(types::I32, n)
            }
            BasicType::Int => i.ireduce(types::I32, raw),
            BasicType::Float => {
                let n = i.ireduce(types::I32, raw);
                self.b.ins().bitcast(types::F32, MemFlagsData::new(), n)
            }
            BasicType::Double => i.bitcast(types::F64, MemFlagsData::new(), raw),
            _ => raw,
        }
    }

    /// A value narrowed to the static field's type, in 64 bits.
    fn narrow_static(&mut self, v: Value, bt: BasicType) -> Value {
        let i = self.b.ins();
        match bt {
            BasicType::Boolean => {
                let n = i.band_imm_s(v, 1);
                self.b.ins().uextend(types::I64, n)
            }
            BasicType::Byte => {
                let n = i.band_imm_s(v, 0xff);
                self.b.ins().uextend(types::I64, n)
            }
            BasicType::Char | BasicType::Short => {
                let n = i.band_imm_s(v, 0xffff);
                self.b.ins().uextend(types::I64, n)
            }
            BasicType::Int => i.uextend(types::I64, v),
            BasicType::Float => {
                let n = i.bitcast(types::I32, MemFlagsData::new(), v);
                self.b.ins().uextend(types::I64, n)
            }
            BasicType::Double => i.bitcast(types::I64, MemFlagsData::new(), v),
            _ => v,
        }
    }

    pub(super) fn load_field(&mut self, obj: Value, offset: i32, bt: BasicType) -> Value {
        let f = MemFlagsData::trusted();
        let i = self.b.ins();
        match bt {
            BasicType::Boolean | BasicType::Byte => i.sload8(types::I32, f, obj, offset),
            BasicType::Char => i.uload16(types::I32, f, obj, offset),
            BasicType::Short => i.sload16(types::I32, f, obj, offset),
            _ => i.load(Ty::of_basic(bt).clif(), f, obj, offset),
        }
    }

    pub(super) fn store_field(&mut self, obj: Value, offset: i32, bt: BasicType, v: Value) {
        let f = MemFlagsData::trusted();
        match bt {
            BasicType::Boolean => {
                let bit = self.b.ins().band_imm_s(v, 1);
                self.b.ins().istore8(f, bit, obj, offset);
            }
            BasicType::Byte => {
                self.b.ins().istore8(f, v, obj, offset);
            }
            BasicType::Char | BasicType::Short => {
                self.b.ins().istore16(f, v, obj, offset);
            }
            _ => {
                self.b.ins().store(f, v, obj, offset);
            }
        }
    }
}
