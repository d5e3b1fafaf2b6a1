//! Objects: `new`, `newarray`, `anewarray`, `checkcast`, `instanceof`, `athrow`,
//! `monitorenter`/`monitorexit`. Allocation bumps the thread's buffer inline and
//! calls the runtime when it is full (where it may collect); the rest goes through
//! runtime helpers (the checks need class data).

use cranelift_codegen::ir::{Value, types};
use rjava_classfile::bytecode::{Instruction, Opcode, Operand};
use rjava_runtime::{BasicType, Class};

use super::{Result, Translator, Ty, not_yet, unsupported};
use crate::helpers;

impl Translator<'_, '_> {
    fn resolved_class(&self, index: u16) -> Result<&'static Class> {
        self.class_constant(index)
    }

    /// The class of a Class constant as a value: a constant when it is loaded, else
    /// the result of a helper that resolves it when the instruction runs.
    fn class_value(&mut self, index: u16) -> Result<cranelift_codegen::ir::Value> {
        match self.resolved_class(index) {
            Ok(class) => Ok(self.iconst(types::I64, class as *const Class as i64)),
            Err(e) if e.transient => {
                Ok(self.call_resolving(helpers::resolve_class as *const () as usize, index))
            }
            Err(e) => Err(e),
        }
    }

    /// `new` of a class not loaded when the method is compiled: the helper resolves
    /// the constant when (and if) the instruction runs.
    fn allocate_unresolved(&mut self, index: u16) {
        let r = self.call_resolving(helpers::new_object_unresolved as *const () as usize, index);
        self.push(r, Ty::Ref);
    }

    /// Calls an allocating helper (thread, class, [length,] pc, depth) -> reference.
    fn allocate(
        &mut self,
        address: usize,
        class: &'static Class,
        length: Option<cranelift_codegen::ir::Value>,
    ) {
        let class = self.iconst(types::I64, class as *const Class as i64);
        self.allocate_with(address, class, length);
    }

    /// `allocate` with the class as a value computed at run time.
    fn allocate_with(
        &mut self,
        address: usize,
        class: cranelift_codegen::ir::Value,
        length: Option<cranelift_codegen::ir::Value>,
    ) {
        let pc = self.iconst(types::I32, self.pc as i64);
        let depth = self.iconst(types::I32, self.depth() as i64);
        let mut params = vec![types::I64, types::I64];
        let mut args = vec![self.thread, class];
        if let Some(n) = length {
            params.push(types::I32);
            args.push(n);
        }
        params.extend([types::I32, types::I32]);
        args.extend([pc, depth]);
        let r = self
            .call_helper(address, &params, Some(types::I64), &args)
            .expect("allocation returns a reference");
        self.check_pending();
        // The helper returns 0 only with an exception pending.
        self.non_null.insert(r);
        self.push(r, Ty::Ref);
    }

    /// `new` of an initialized class, or a new array of `class` with `length`
    /// elements: the object is bumped off the thread's allocation buffer (zeroed
    /// memory) and gets its class (and length) written; only when the buffer is too
    /// full, or the length negative or huge, does the helper at `helper` run (a
    /// safepoint: it may collect or throw).
    fn allocate_inline(&mut self, class: &'static Class, length: Option<Value>, helper: usize) {
        use cranelift_codegen::ir::condcodes::IntCC;
        use cranelift_codegen::ir::{BlockArg, InstBuilder, MemFlagsData};
        use rjava_runtime::Thread;
        use rjava_runtime::gc::heap::{Tlab, object_allocation_size};
        use rjava_runtime::object::{ARRAY_BASE, ARRAY_LENGTH_OFFSET};
        let flags = MemFlagsData::trusted();
        let tlab = std::mem::offset_of!(Thread, tlab);
        let cursor_at = (tlab + Tlab::CURSOR_OFFSET) as i32;
        let end_at = (tlab + Tlab::END_OFFSET) as i32;
        let size = match (length, class.array_element_size()) {
            (Some(n), Some(element)) => {
                // A negative length reads as 2^31 or more, which no buffer has room
                // for: the helper throws.
                let n = self.b.ins().uextend(types::I64, n);
                let bytes = self.b.ins().imul_imm_s(n, i64::from(element));
                let bytes = self.b.ins().iadd_imm_s(bytes, i64::from(ARRAY_BASE) + 7);
                self.b.ins().band_imm_s(bytes, -8)
            }
            _ => self.iconst(types::I64, object_allocation_size(class) as i64),
        };
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let done = self.b.create_block();
        let object = self.b.append_block_param(done, types::I64);

        let cursor = self.b.ins().load(types::I64, flags, self.thread, cursor_at);
        let end = self.b.ins().load(types::I64, flags, self.thread, end_at);
        let room = self.b.ins().isub(end, cursor);
        let fits = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, room, size);
        self.b.ins().brif(fits, fast, &[], slow, &[]);

        self.b.switch_to_block(fast);
        let next = self.b.ins().iadd(cursor, size);
        self.b.ins().store(flags, next, self.thread, cursor_at);
        let c = self.iconst(types::I64, class as *const Class as i64);
        self.b.ins().store(flags, c, cursor, 0);
        if let Some(n) = length {
            self.b
                .ins()
                .store(flags, n, cursor, ARRAY_LENGTH_OFFSET as i32);
        }
        self.b.ins().jump(done, &[BlockArg::Value(cursor)]);

        self.b.switch_to_block(slow);
        self.spill_references();
        self.allocate(helper, class, length);
        let r = self.pop_value().expect("allocate pushed the object");
        self.b.ins().jump(done, &[BlockArg::Value(r)]);

        self.b.switch_to_block(done);
        self.non_null.insert(object);
        self.push(object, Ty::Ref);
    }

    /// A new array of `array` (a class known at compile time).
    fn new_array(&mut self, array: &'static Class, length: Value) {
        let helper = helpers::new_array as *const () as usize;
        if self.inline_allocation {
            self.allocate_inline(array, Some(length), helper);
        } else {
            self.spill_references();
            self.allocate(helper, array, Some(length));
        }
    }

    pub(super) fn object(&mut self, insn: &Instruction) -> Result<()> {
        match (insn.opcode, &insn.operand) {
            (Opcode::New, Operand::Constant(index)) => {
                let class = match self.resolved_class(*index) {
                    Ok(class) => class,
                    Err(e) if e.transient => {
                        self.allocate_unresolved(*index);
                        return Ok(());
                    }
                    Err(e) => return Err(e),
                };
                if class.is_interface() || class.is_abstract() {
                    return Err(unsupported("new of an abstract class"));
                }
                if self.inline_allocation && class.is_initialized() {
                    self.allocate_inline(class, None, helpers::new_object as *const () as usize);
                } else {
                    self.spill_references();
                    self.allocate(helpers::new_object as *const () as usize, class, None);
                }
            }
            (Opcode::Newarray, Operand::ArrayType(atype)) => {
                let element = BasicType::from_array_type(*atype)
                    .ok_or_else(|| unsupported(format!("newarray type {atype}")))?;
                let array = self.array_class_of_primitive(element)?;
                let length = self.pop_value()?;
                self.new_array(array, length);
            }
            (Opcode::Anewarray, Operand::Constant(index)) => {
                let array = match self.resolved_class(*index) {
                    // Making the array class of a loaded class runs no Java code.
                    Ok(component) => match component.array_class() {
                        Some(array) => array,
                        None => self
                            .loader
                            .array_of(component)
                            .map_err(|_| not_yet("array class not created yet"))?,
                    },
                    Err(e) if e.transient => {
                        // The component is not loaded yet: resolve it when this runs.
                        let array = self.call_resolving(
                            helpers::resolve_array_class as *const () as usize,
                            *index,
                        );
                        let length = self.pop_value()?;
                        self.allocate_with(
                            helpers::new_array as *const () as usize,
                            array,
                            Some(length),
                        );
                        return Ok(());
                    }
                    Err(e) => return Err(e),
                };
                let length = self.pop_value()?;
                self.new_array(array, length);
            }
            (Opcode::Checkcast, Operand::Constant(index)) => {
                let c = self.class_value(*index)?;
                let value = self.pop()?;
                self.push(value.v, Ty::Ref);
                self.spill_references();
                let pc = self.iconst(types::I32, self.pc as i64);
                let depth = self.iconst(types::I32, self.depth() as i64);
                self.call_helper(
                    helpers::check_cast as *const () as usize,
                    &[types::I64, types::I64, types::I64, types::I32, types::I32],
                    None,
                    &[self.thread, c, value.v, pc, depth],
                );
                self.check_pending();
            }
            (Opcode::Instanceof, Operand::Constant(index)) => {
                let c = self.class_value(*index)?;
                let value = self.pop_value()?;
                let r = self
                    .call_pure(
                        helpers::instance_of as *const () as usize,
                        &[types::I64, types::I64],
                        Some(types::I32),
                        &[c, value],
                    )
                    .expect("instanceof returns");
                self.push(r, Ty::Int);
            }
            (Opcode::Athrow, _) => {
                let exception = self.pop()?;
                self.push(exception.v, exception.ty);
                self.spill_references();
                self.stack.pop();
                self.throw_via(
                    helpers::athrow as *const () as usize,
                    &[(types::I64, exception.v)],
                );
                self.open = false;
            }
            (Opcode::Multianewarray, Operand::MultiANewArray { index, dimensions }) => {
                let dims = usize::from(*dimensions);
                // The counts go where the helper reads them.
                let depth = self.pass_arguments(dims);
                let current = self.iconst(types::I64, self.class as *const Class as i64);
                let index = self.iconst(types::I32, i64::from(*index));
                let dims = self.iconst(types::I32, dims as i64);
                let pc = self.iconst(types::I32, self.pc as i64);
                let depth = self.iconst(types::I32, depth as i64);
                let r = self
                    .call_helper(
                        helpers::multi_new_array as *const () as usize,
                        &[
                            types::I64,
                            types::I64,
                            types::I32,
                            types::I32,
                            types::I32,
                            types::I32,
                        ],
                        Some(types::I64),
                        &[self.thread, current, index, dims, pc, depth],
                    )
                    .expect("multianewarray returns a reference");
                self.check_pending();
                self.push(r, Ty::Ref);
            }
            (Opcode::Monitorenter | Opcode::Monitorexit, _) => {
                let object = self.pop()?;
                self.push(object.v, object.ty);
                self.spill_references();
                self.stack.pop();
                let pc = self.iconst(types::I32, self.pc as i64);
                let depth = self.iconst(types::I32, self.depth() as i64);
                let exit = self.iconst(types::I32, i64::from(insn.opcode == Opcode::Monitorexit));
                self.call_helper(
                    helpers::monitor as *const () as usize,
                    &[types::I64, types::I32, types::I32, types::I64, types::I32],
                    None,
                    &[self.thread, pc, depth, object.v, exit],
                );
                self.check_pending();
            }
            _ => return Err(unsupported(format!("{} at {}", insn.mnemonic(), insn.pc))),
        }
        Ok(())
    }

    fn array_class_of_primitive(&self, element: BasicType) -> Result<&'static Class> {
        // Primitive array classes are made at start-up or on first use; the compiler
        // looked the one it needs up before translating.
        self.primitive_arrays
            .iter()
            .find(|(t, _)| *t == element)
            .map(|(_, c)| *c)
            .ok_or_else(|| not_yet("primitive array class not created yet"))
    }
}
