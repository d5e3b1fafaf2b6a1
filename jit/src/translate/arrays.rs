//! Array loads and stores with inline null and bounds checks, and `arraylength`.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value, types};
use rjava_classfile::bytecode::Opcode;
use rjava_runtime::BasicType;
use rjava_runtime::object::{ARRAY_BASE, ARRAY_LENGTH_OFFSET};

use super::{Entry, Result, Translator, Ty};
use crate::helpers;

/// The element type of an `xaload` (0x2e..) or `xastore` (0x4f..) opcode.
fn element(op: Opcode, base: u8) -> BasicType {
    const ORDER: [BasicType; 8] = [
        BasicType::Int,
        BasicType::Long,
        BasicType::Float,
        BasicType::Double,
        BasicType::Reference,
        BasicType::Byte,
        BasicType::Char,
        BasicType::Short,
    ];
    ORDER[(op as u8 - base) as usize]
}

/// An array's length never changes: its loads depend on no store, so Cranelift
/// may reuse one for the next access to the same array.
fn length_flags() -> MemFlagsData {
    MemFlagsData::trusted().with_readonly()
}

impl Translator<'_, '_> {
    /// Checks `array` and `index`; returns the element's address.
    fn element_address(&mut self, array: Value, index: Value, size: i64) -> Value {
        self.null_check(array);
        let length = self.b.ins().load(
            types::I32,
            length_flags(),
            array,
            ARRAY_LENGTH_OFFSET as i32,
        );
        let outside = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, index, length);
        self.guard(
            outside,
            helpers::throw_index as *const () as usize,
            &[(types::I32, index), (types::I32, length)],
        );
        let wide = self.b.ins().uextend(types::I64, index);
        let scaled = self.b.ins().imul_imm_s(wide, size);
        let at = self.b.ins().iadd(array, scaled);
        self.b.ins().iadd_imm_s(at, ARRAY_BASE as i64)
    }

    pub(super) fn array_load(&mut self, op: Opcode) -> Result<()> {
        let bt = element(op, 0x2e);
        let index = self.pop_value()?;
        let array = self.pop_value()?;
        let address = self.element_address(array, index, bt.size() as i64);
        let v = self.load_field(address, 0, bt);
        self.push(v, Ty::of_basic(bt));
        Ok(())
    }

    pub(super) fn array_store(&mut self, op: Opcode) -> Result<()> {
        let bt = element(op, 0x4f);
        if bt == BasicType::Reference {
            // The store check needs the classes: a helper does all of aastore.
            let value = self.pop_value()?;
            let index = self.pop_value()?;
            let array = self.pop_value()?;
            // The operands are off the simulated stack but must stay visible to the
            // collector while the helper runs: put them back for the spill.
            for (v, ty) in [(array, Ty::Ref), (index, Ty::Int), (value, Ty::Ref)] {
                self.stack.push(Entry { v, ty });
            }
            self.spill_references();
            self.stack.truncate(self.stack.len() - 3);
            let pc = self.iconst(types::I32, self.pc as i64);
            let depth = self.iconst(types::I32, self.depth() as i64 + 3);
            self.call_helper(
                helpers::store_reference as *const () as usize,
                &[
                    types::I64,
                    types::I64,
                    types::I32,
                    types::I64,
                    types::I32,
                    types::I32,
                ],
                None,
                &[self.thread, array, index, value, pc, depth],
            );
            self.check_pending();
            return Ok(());
        }
        let value = self.pop_value()?;
        let index = self.pop_value()?;
        let array = self.pop_value()?;
        let address = self.element_address(array, index, bt.size() as i64);
        let value = if bt == BasicType::Byte {
            // bastore also stores into boolean arrays, which keep only the low bit.
            let class = self
                .b
                .ins()
                .load(types::I64, MemFlagsData::trusted(), array, 0);
            let boolean = self
                .b
                .ins()
                .icmp_imm_s(IntCC::Equal, class, self.boolean_array as i64);
            let bit = self.b.ins().band_imm_s(value, 1);
            self.b.ins().select(boolean, bit, value)
        } else {
            value
        };
        self.store_field(address, 0, bt, value);
        Ok(())
    }

    pub(super) fn array_length(&mut self) -> Result<()> {
        let array = self.pop_value()?;
        self.null_check(array);
        let v = self.b.ins().load(
            types::I32,
            length_flags(),
            array,
            ARRAY_LENGTH_OFFSET as i32,
        );
        self.push(v, Ty::Int);
        Ok(())
    }
}
