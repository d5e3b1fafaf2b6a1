//! Method calls. The arguments are stored where an interpreter frame would have
//! them (the top of this frame's operand stack in the Java stack, which becomes
//! the callee's locals), and a helper runs the callee: compiled, interpreted or
//! native. `invokevirtual` and `invokeinterface` select the implementation from the
//! receiver's class in the helper.

use cranelift_codegen::ir::{InstBuilder, MemFlagsData, types};
use rjava_classfile::bytecode::{Instruction, Opcode, Operand};
use rjava_runtime::Method;

use super::{Result, Translator, Ty, unsupported};
use crate::helpers;

impl Translator<'_, '_> {
    pub(super) fn invoke(&mut self, insn: &Instruction) -> Result<()> {
        let index = match insn.operand {
            Operand::Constant(i) | Operand::InvokeInterface { index: i, .. } => i,
            _ => return Err(unsupported("invoke without operand")),
        };
        let method = self.method_constant(index)?;
        let op = insn.opcode;
        if op == Opcode::Invokestatic && self.intrinsic(method)? {
            return Ok(());
        }
        if op == Opcode::Invokespecial && &*method.name != "<init>" && !method.is_private() {
            return Err(unsupported("invokespecial of a superclass method"));
        }
        if (op == Opcode::Invokestatic) != method.is_static() {
            return Err(unsupported("static/instance mismatch"));
        }
        if op == Opcode::Invokestatic && !method.owner().is_initialized() {
            self.spill_references();
            let class = self.iconst(types::I64, method.owner() as *const _ as i64);
            let pc = self.iconst(types::I32, self.pc as i64);
            let depth = self.iconst(types::I32, self.depth() as i64);
            self.call_helper(
                helpers::init_class as *const () as usize,
                &[types::I64, types::I64, types::I32, types::I32],
                None,
                &[self.thread, class, pc, depth],
            );
            self.check_pending();
        }
        let virtual_ =
            matches!(op, Opcode::Invokevirtual | Opcode::Invokeinterface) && !method.is_private();
        let nargs = method.arg_slots as usize;
        let depth = self.depth() as usize;
        // Store the arguments into their slots; they stay on the simulated stack for
        // the reference spill, then come off.
        let mut slot = self.max_locals + depth;
        let mut count = 0;
        let mut covered = 0;
        while covered < nargs {
            let e = self.stack[self.stack.len() - 1 - count];
            slot -= e.ty.slots();
            covered += e.ty.slots();
            self.store_slot(slot, e);
            count += 1;
        }
        self.spill_references();
        let new_len = self.stack.len() - count;
        self.stack.truncate(new_len);
        let m = self.iconst(types::I64, method as *const Method as i64);
        let pc = self.iconst(types::I32, self.pc as i64);
        let depth_v = self.iconst(types::I32, depth as i64);
        let n = self.iconst(types::I32, nargs as i64);
        let v = self.iconst(types::I32, i64::from(virtual_));
        let raw = self
            .call_helper(
                helpers::invoke as *const () as usize,
                &[
                    types::I64,
                    types::I64,
                    types::I32,
                    types::I32,
                    types::I32,
                    types::I32,
                ],
                Some(types::I64),
                &[self.thread, m, pc, depth_v, n, v],
            )
            .expect("invoke returns a slot");
        self.check_pending();
        if let Some(ret) = &method.signature.ret {
            let ty = Ty::of(ret);
            let value = match ty {
                Ty::Int => self.b.ins().ireduce(types::I32, raw),
                Ty::Float => {
                    let bits = self.b.ins().ireduce(types::I32, raw);
                    self.b.ins().bitcast(types::F32, MemFlagsData::new(), bits)
                }
                Ty::Double => self.b.ins().bitcast(types::F64, MemFlagsData::new(), raw),
                _ => raw,
            };
            self.push(value, ty);
        }
        Ok(())
    }

    /// `Math.sqrt`, `abs`, `min` and `max` (and StrictMath's) as machine instructions:
    /// they have the same results (IEEE square root; Cranelift's `fmin`/`fmax` order
    /// -0.0 below +0.0 and propagate NaN, as Java does).
    fn intrinsic(&mut self, method: &Method) -> Result<bool> {
        let owner = &*method.owner().name;
        if owner != "java/lang/Math" && owner != "java/lang/StrictMath" {
            return Ok(false);
        }
        let (name, desc) = (&*method.name, &*method.descriptor);
        match (name, desc) {
            ("sqrt", "(D)D") => {
                let a = self.pop()?;
                let v = self.b.ins().sqrt(a.v);
                self.push(v, a.ty);
            }
            ("abs", "(I)I" | "(J)J") => {
                let a = self.pop()?;
                let v = self.b.ins().iabs(a.v);
                self.push(v, a.ty);
            }
            ("abs", "(F)F" | "(D)D") => {
                let a = self.pop()?;
                let v = self.b.ins().fabs(a.v);
                self.push(v, a.ty);
            }
            ("min" | "max", "(II)I" | "(JJ)J") => {
                let b = self.pop_value()?;
                let a = self.pop()?;
                let v = if name == "min" {
                    self.b.ins().smin(a.v, b)
                } else {
                    self.b.ins().smax(a.v, b)
                };
                self.push(v, a.ty);
            }
            ("min" | "max", "(FF)F" | "(DD)D") => {
                let b = self.pop_value()?;
                let a = self.pop()?;
                let v = if name == "min" {
                    self.b.ins().fmin(a.v, b)
                } else {
                    self.b.ins().fmax(a.v, b)
                };
                self.push(v, a.ty);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
