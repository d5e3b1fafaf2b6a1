//! Decoding bytecode into instructions with typed operands.
//!
//! The decoder checks only what it needs to stay in bounds (operands present,
//! `wide` followed by an opcode that allows it, switch tables that fit); the format
//! checker (`check`) adds the cross-instruction rules such as branch targets.

use super::opcode::Opcode;
use crate::error::FormatErrorKind;

/// The operands of one instruction, by shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Operand {
    None,
    /// `bipush` and `sipush`.
    Int(i32),
    /// The explicit local index of `iload`, `astore`, `ret` and friends.
    Local(u16),
    Iinc {
        index: u16,
        delta: i16,
    },
    /// A constant-pool index: `ldc*`, field and method refs, `new`, `checkcast`...
    Constant(u16),
    InvokeInterface {
        index: u16,
        count: u8,
    },
    InvokeDynamic(u16),
    /// The `atype` of `newarray` (4 = boolean ... 11 = long).
    ArrayType(u8),
    MultiANewArray {
        index: u16,
        dimensions: u8,
    },
    /// A branch offset relative to the instruction's own pc.
    Branch(i32),
    TableSwitch(Box<TableSwitch>),
    LookupSwitch(Box<LookupSwitch>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableSwitch {
    pub default: i32,
    pub low: i32,
    pub high: i32,
    /// Offsets for `low..=high`, relative to the switch's pc.
    pub offsets: Vec<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookupSwitch {
    pub default: i32,
    /// `(match, offset)` pairs, offsets relative to the switch's pc.
    pub pairs: Vec<(i32, i32)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruction {
    pub pc: u32,
    pub opcode: Opcode,
    /// Prefixed by `wide`.
    pub wide: bool,
    pub operand: Operand,
    /// Length in bytes, including a `wide` prefix and switch padding.
    pub len: u32,
}

impl Instruction {
    pub fn mnemonic(&self) -> &'static str {
        if self.wide {
            self.opcode.wide_mnemonic()
        } else {
            self.opcode.mnemonic()
        }
    }

    /// Every pc this instruction may transfer control to, besides falling through.
    pub fn branch_targets(&self) -> Vec<i64> {
        let pc = self.pc as i64;
        match &self.operand {
            Operand::Branch(off) => vec![pc + *off as i64],
            Operand::TableSwitch(t) => std::iter::once(t.default)
                .chain(t.offsets.iter().copied())
                .map(|o| pc + o as i64)
                .collect(),
            Operand::LookupSwitch(l) => std::iter::once(l.default)
                .chain(l.pairs.iter().map(|p| p.1))
                .map(|o| pc + o as i64)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The local variable this instruction reads or writes, for load/store/iinc/ret.
    pub fn local_index(&self) -> Option<u16> {
        let op = self.opcode as u8;
        const LOAD0: u8 = Opcode::Iload0 as u8;
        const LOAD3: u8 = Opcode::Aload3 as u8;
        const STORE0: u8 = Opcode::Istore0 as u8;
        const STORE3: u8 = Opcode::Astore3 as u8;
        match &self.operand {
            Operand::Local(i) => Some(*i),
            Operand::Iinc { index, .. } => Some(*index),
            _ => match op {
                LOAD0..=LOAD3 => Some(((op - LOAD0) % 4) as u16),
                STORE0..=STORE3 => Some(((op - STORE0) % 4) as u16),
                _ => None,
            },
        }
    }
}

/// A decoding failure, with the pc it happened at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub kind: FormatErrorKind,
    pub pc: u32,
}

/// Iterates over the instructions of a method body.
pub struct Instructions<'a> {
    code: &'a [u8],
    pc: usize,
    failed: bool,
}

impl<'a> Instructions<'a> {
    pub fn new(code: &'a [u8]) -> Self {
        Instructions {
            code,
            pc: 0,
            failed: false,
        }
    }
}

impl Iterator for Instructions<'_> {
    type Item = Result<Instruction, DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pc >= self.code.len() {
            return None;
        }
        let r = decode_at(self.code, self.pc as u32);
        match &r {
            Ok(insn) => self.pc += insn.len as usize,
            Err(_) => self.failed = true,
        }
        Some(r)
    }
}

/// Decodes the instruction at `pc`.
pub fn decode_at(code: &[u8], pc: u32) -> Result<Instruction, DecodeError> {
    let mut c = Cursor {
        code,
        pos: pc as usize,
        pc,
    };
    let byte = c.u8()?;
    let opcode = Opcode::from_u8(byte).ok_or(DecodeError {
        kind: FormatErrorKind::BadOpcode { opcode: byte, pc },
        pc,
    })?;
    let (opcode, wide, operand) = if opcode == Opcode::Wide {
        let byte = c.u8()?;
        let inner = Opcode::from_u8(byte).ok_or(DecodeError {
            kind: FormatErrorKind::BadWideOpcode { opcode: byte, pc },
            pc,
        })?;
        let operand = match inner {
            Opcode::Iload
            | Opcode::Lload
            | Opcode::Fload
            | Opcode::Dload
            | Opcode::Aload
            | Opcode::Istore
            | Opcode::Lstore
            | Opcode::Fstore
            | Opcode::Dstore
            | Opcode::Astore
            | Opcode::Ret => Operand::Local(c.u16()?),
            Opcode::Iinc => Operand::Iinc {
                index: c.u16()?,
                delta: c.u16()? as i16,
            },
            _ => {
                return Err(DecodeError {
                    kind: FormatErrorKind::BadWideOpcode { opcode: byte, pc },
                    pc,
                });
            }
        };
        (inner, true, operand)
    } else {
        (opcode, false, decode_operand(opcode, &mut c)?)
    };
    Ok(Instruction {
        pc,
        opcode,
        wide,
        operand,
        len: c.pos as u32 - pc,
    })
}

fn decode_operand(opcode: Opcode, c: &mut Cursor) -> Result<Operand, DecodeError> {
    use Opcode::*;
    Ok(match opcode {
        Bipush => Operand::Int(c.u8()? as i8 as i32),
        Sipush => Operand::Int(c.u16()? as i16 as i32),
        Ldc => Operand::Constant(c.u8()? as u16),
        LdcW | Ldc2W | Getstatic | Putstatic | Getfield | Putfield | Invokevirtual
        | Invokespecial | Invokestatic | New | Anewarray | Checkcast | Instanceof => {
            Operand::Constant(c.u16()?)
        }
        Iload | Lload | Fload | Dload | Aload | Istore | Lstore | Fstore | Dstore | Astore
        | Ret => Operand::Local(c.u8()? as u16),
        Iinc => Operand::Iinc {
            index: c.u8()? as u16,
            delta: c.u8()? as i8 as i16,
        },
        Ifeq | Ifne | Iflt | Ifge | Ifgt | Ifle | IfIcmpeq | IfIcmpne | IfIcmplt | IfIcmpge
        | IfIcmpgt | IfIcmple | IfAcmpeq | IfAcmpne | Goto | Jsr | Ifnull | Ifnonnull => {
            Operand::Branch(c.u16()? as i16 as i32)
        }
        GotoW | JsrW => Operand::Branch(c.i32()?),
        Invokeinterface => {
            let index = c.u16()?;
            let count = c.u8()?;
            if c.u8()? != 0 {
                return Err(c.bad("invokeinterface operand"));
            }
            Operand::InvokeInterface { index, count }
        }
        Invokedynamic => {
            let index = c.u16()?;
            if c.u16()? != 0 {
                return Err(c.bad("invokedynamic operand"));
            }
            Operand::InvokeDynamic(index)
        }
        Newarray => Operand::ArrayType(c.u8()?),
        Multianewarray => Operand::MultiANewArray {
            index: c.u16()?,
            dimensions: c.u8()?,
        },
        Tableswitch => {
            c.align4();
            let default = c.i32()?;
            let low = c.i32()?;
            let high = c.i32()?;
            if low > high {
                return Err(c.table("tableswitch"));
            }
            let n = (high as i64 - low as i64 + 1) as usize;
            if n * 4 > c.remaining() {
                return Err(c.past_end());
            }
            let offsets = (0..n).map(|_| c.i32()).collect::<Result<_, _>>()?;
            Operand::TableSwitch(Box::new(TableSwitch {
                default,
                low,
                high,
                offsets,
            }))
        }
        Lookupswitch => {
            c.align4();
            let default = c.i32()?;
            let npairs = c.i32()?;
            if npairs < 0 {
                return Err(c.table("lookupswitch"));
            }
            if npairs as usize * 8 > c.remaining() {
                return Err(c.past_end());
            }
            let mut pairs = Vec::with_capacity(npairs as usize);
            for _ in 0..npairs {
                let key = c.i32()?;
                let off = c.i32()?;
                if pairs.last().is_some_and(|&(k, _)| k >= key) {
                    return Err(c.table("lookupswitch"));
                }
                pairs.push((key, off));
            }
            Operand::LookupSwitch(Box::new(LookupSwitch { default, pairs }))
        }
        _ => Operand::None,
    })
}

struct Cursor<'a> {
    code: &'a [u8],
    pos: usize,
    pc: u32,
}

impl Cursor<'_> {
    fn past_end(&self) -> DecodeError {
        DecodeError {
            kind: FormatErrorKind::InstructionPastEnd { pc: self.pc },
            pc: self.pc,
        }
    }

    fn bad(&self, what: &'static str) -> DecodeError {
        DecodeError {
            kind: FormatErrorKind::BadOperand { what, pc: self.pc },
            pc: self.pc,
        }
    }

    fn table(&self, what: &'static str) -> DecodeError {
        DecodeError {
            kind: FormatErrorKind::BadCodeTable { what, pc: self.pc },
            pc: self.pc,
        }
    }

    fn remaining(&self) -> usize {
        self.code.len().saturating_sub(self.pos)
    }

    fn u8(&mut self) -> Result<u8, DecodeError> {
        let b = *self.code.get(self.pos).ok_or_else(|| self.past_end())?;
        self.pos += 1;
        Ok(b)
    }

    fn u16(&mut self) -> Result<u16, DecodeError> {
        Ok(u16::from_be_bytes([self.u8()?, self.u8()?]))
    }

    fn i32(&mut self) -> Result<i32, DecodeError> {
        Ok(i32::from_be_bytes([
            self.u8()?,
            self.u8()?,
            self.u8()?,
            self.u8()?,
        ]))
    }

    /// Skips the 0-3 padding bytes that align switch operands to a multiple of four.
    fn align4(&mut self) {
        self.pos = (self.pos + 3) & !3;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_all(code: &[u8]) -> Result<Vec<Instruction>, DecodeError> {
        Instructions::new(code).collect()
    }

    #[test]
    fn decodes_simple_sequence() {
        // iconst_1, bipush -2, iadd, ireturn
        let v = decode_all(&[0x04, 0x10, 0xfe, 0x60, 0xac]).unwrap();
        assert_eq!(v.len(), 4);
        assert_eq!(v[1].operand, Operand::Int(-2));
        assert_eq!(v[1].pc, 1);
        assert_eq!(v[3].pc, 4);
    }

    #[test]
    fn decodes_wide_forms() {
        let v = decode_all(&[0xc4, 0x15, 0x01, 0x2c, 0xc4, 0x84, 0x01, 0x2c, 0xfc, 0x18]).unwrap();
        assert_eq!(v[0].mnemonic(), "iload_w");
        assert_eq!(v[0].operand, Operand::Local(300));
        assert_eq!(
            v[1].operand,
            Operand::Iinc {
                index: 300,
                delta: -1000
            }
        );
        assert_eq!(v[1].len, 6);
        assert_eq!(v[1].local_index(), Some(300));
        let err = decode_all(&[0xc4, 0x60]).unwrap_err();
        assert!(matches!(
            err.kind,
            FormatErrorKind::BadWideOpcode { opcode: 0x60, .. }
        ));
    }

    #[test]
    fn tableswitch_padding_depends_on_pc() {
        // nop; tableswitch at pc 1: 2 pad bytes, default 20, low 0, high 1, offsets 16, 18
        let mut code = vec![0x00, 0xaa, 0, 0];
        for x in [20i32, 0, 1, 16, 18] {
            code.extend_from_slice(&x.to_be_bytes());
        }
        let v = decode_all(&code).unwrap();
        assert_eq!(v[1].len, 23);
        assert_eq!(v[1].branch_targets(), vec![21, 17, 19]);
    }

    #[test]
    fn lookupswitch_keys_must_be_sorted() {
        let mut code = vec![0xab, 0, 0, 0];
        for x in [8i32, 2, 5, 1, 3, 1] {
            code.extend_from_slice(&x.to_be_bytes());
        }
        let err = decode_all(&code).unwrap_err();
        assert!(matches!(err.kind, FormatErrorKind::BadCodeTable { .. }));
    }

    #[test]
    fn huge_switch_counts_do_not_allocate() {
        let mut code = vec![0xaa, 0, 0, 0];
        for x in [0i32, i32::MIN, i32::MAX] {
            code.extend_from_slice(&x.to_be_bytes());
        }
        assert!(decode_all(&code).is_err());
        let mut code = vec![0xab, 0, 0, 0];
        for x in [0i32, i32::MAX] {
            code.extend_from_slice(&x.to_be_bytes());
        }
        assert!(decode_all(&code).is_err());
    }

    #[test]
    fn truncated_operands_fail() {
        assert!(decode_all(&[0x11, 0x00]).is_err());
        assert!(decode_all(&[0xb9, 0, 1, 1]).is_err());
        assert!(decode_all(&[0xcb]).is_err());
    }

    #[test]
    fn local_index_of_short_forms() {
        let v = decode_all(&[0x2d, 0x4b, 0x1e]).unwrap();
        assert_eq!(v[0].local_index(), Some(3));
        assert_eq!(v[1].local_index(), Some(0));
        assert_eq!(v[2].local_index(), Some(0));
    }
}
