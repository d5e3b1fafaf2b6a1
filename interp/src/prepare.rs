//! Pre-decoding: a method's bytecode becomes an array of compact `Insn`s, made once
//! on its first call. Operands are decoded, branch targets become instruction
//! indexes, and each load/store knows its slot width, so the dispatch loop never
//! re-reads bytecode, never looks anything up by name and allocates nothing.

use rjava_classfile::bytecode::{Opcode, Operand};
use rjava_classfile::{Code, ExceptionHandler};
use std::sync::atomic::AtomicU64;

use rjava_runtime::{BasicType, Method};

/// One pre-decoded instruction. `u16` operands are constant-pool indexes or local
/// slots; `u32` operands are instruction indexes (branch targets) or side-table
/// indexes (switches).
#[derive(Debug, Clone, Copy)]
pub enum Insn {
    Nop,
    AconstNull,
    Iconst(i32),
    /// `lconst_0`/`lconst_1`.
    Lconst(u8),
    Fconst(f32),
    /// `dconst_0`/`dconst_1`.
    Dconst(u8),
    Ldc(u16),
    Ldc2(u16),
    /// Load/store of a one-slot local (int, float, reference).
    Load(u16),
    Store(u16),
    /// Load/store of a two-slot local (long, double).
    Load2(u16),
    Store2(u16),
    Iinc(u16, i16),
    ArrayLoad(BasicType),
    ArrayStore(BasicType),
    Pop,
    Pop2,
    Dup,
    DupX1,
    DupX2,
    Dup2,
    Dup2X1,
    Dup2X2,
    Swap,
    Arith(Opcode),
    // The most frequent arithmetic and branches get their own variants, so the loop
    // dispatches once for them instead of twice.
    Iadd,
    Isub,
    Imul,
    Dadd,
    Dsub,
    Dmul,
    Ddiv,
    Ladd,
    Lsub,
    I2l,
    L2i,
    I2d,
    Lcmp,
    IfZero(Cond, u32),
    IfIcmp(Cond, u32),
    Convert(Opcode),
    Compare(Opcode),
    If(Opcode, u32),
    Goto(u32),
    Jsr(u32),
    Ret(u16),
    TableSwitch(u32),
    LookupSwitch(u32),
    /// Return with 0, 1 or 2 result slots.
    Return(u8),
    GetStatic(u16),
    PutStatic(u16),
    GetField(u16),
    PutField(u16),
    InvokeVirtual(u16),
    InvokeSpecial(u16),
    InvokeStatic(u16),
    InvokeInterface(u16),
    InvokeDynamic(u16),
    New(u16),
    NewArray(BasicType),
    ANewArray(u16),
    MultiANewArray(u16, u8),
    ArrayLength,
    AThrow,
    CheckCast(u16),
    InstanceOf(u16),
    MonitorEnter,
    MonitorExit,
    // Quickened forms (see `quicken`): operands resolved when the code was prepared.
    GetFieldQuick(u32, BasicType),
    PutFieldQuick(u32, BasicType),
    /// Field access specialized by width: 4-byte (int, float), 8-byte single slot
    /// (reference), 8-byte two slots (long, double).
    GetField4(u32),
    GetFieldRef(u32),
    GetField8(u32),
    PutField4(u32),
    PutFieldRef(u32),
    PutField8(u32),
    /// A constant resolved when the code was prepared: index into `Prepared::constants`,
    /// pushed as one slot (int, float, string) or two (long, double).
    Const1(u32),
    Const2(u32),
    /// A static field: index into `Prepared::statics`.
    GetStaticQuick(u32, BasicType),
    PutStaticQuick(u32, BasicType),
    /// A call whose target is fixed (static, private, constructor or super call):
    /// index into `Prepared::methods`.
    InvokeDirect(u32),
    /// `invokevirtual` through vtable slot `.0` with `.1` argument slots.
    InvokeVtable(u16, u16),
}

/// The comparison of a conditional branch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cond {
    Eq,
    Ne,
    Lt,
    Ge,
    Gt,
    Le,
}

impl Cond {
    #[inline(always)]
    pub fn holds(self, a: i32, b: i32) -> bool {
        match self {
            Cond::Eq => a == b,
            Cond::Ne => a != b,
            Cond::Lt => a < b,
            Cond::Ge => a >= b,
            Cond::Gt => a > b,
            Cond::Le => a <= b,
        }
    }
}

pub struct Switch {
    /// For tableswitch: `low`; targets are for keys low, low+1, ...
    pub low: i32,
    /// For lookupswitch: sorted keys, parallel to `targets`.
    pub keys: Box<[i32]>,
    pub targets: Box<[u32]>,
    pub default: u32,
}

pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub catch_type: u16,
}

pub struct Prepared {
    pub insns: Box<[Insn]>,
    /// Bytecode offset of each instruction (for line numbers and stack traces).
    pub pcs: Box<[u32]>,
    pub switches: Box<[Switch]>,
    /// The exception table with instruction indexes.
    pub handlers: Box<[Handler]>,
    pub max_locals: usize,
    pub max_stack: usize,
    /// Static fields and call targets of quickened instructions (kept out of line so
    /// an instruction stays 8 bytes).
    pub statics: Box<[&'static AtomicU64]>,
    pub methods: Box<[&'static Method]>,
    pub constants: Box<[u64]>,
}

/// Why a method body could not be prepared (only malformed code gets here, since
/// the format checker has already run).
#[derive(Debug)]
pub struct PrepareError(pub String);

pub fn prepare(code: &Code) -> Result<Prepared, PrepareError> {
    let decoded: Vec<_> = code
        .instructions()
        .collect::<Result<_, _>>()
        .map_err(|e| PrepareError(format!("{:?}", e.kind)))?;
    // Bytecode offset -> instruction index (u32::MAX where no instruction starts).
    let mut index_of = vec![u32::MAX; code.code.len() + 1];
    for (i, insn) in decoded.iter().enumerate() {
        index_of[insn.pc as usize] = i as u32;
    }
    index_of[code.code.len()] = decoded.len() as u32;
    let target = |pc: u32, off: i32| -> Result<u32, PrepareError> {
        let t = pc as i64 + off as i64;
        index_of
            .get(usize::try_from(t).map_err(|_| PrepareError(format!("branch to {t}")))?)
            .copied()
            .filter(|&i| i != u32::MAX)
            .ok_or_else(|| PrepareError(format!("branch to {t}")))
    };
    let mut switches = Vec::new();
    let mut insns = Vec::with_capacity(decoded.len());
    for d in &decoded {
        use Opcode::*;
        let op = d.opcode;
        let insn = match (&d.operand, op) {
            (_, Nop) => Insn::Nop,
            (_, AconstNull) => Insn::AconstNull,
            (_, IconstM1 | Iconst0 | Iconst1 | Iconst2 | Iconst3 | Iconst4 | Iconst5) => {
                Insn::Iconst(op as i32 - Iconst0 as i32)
            }
            (_, Lconst0 | Lconst1) => Insn::Lconst(op as u8 - Lconst0 as u8),
            (_, Fconst0 | Fconst1 | Fconst2) => Insn::Fconst((op as u8 - Fconst0 as u8) as f32),
            (_, Dconst0 | Dconst1) => Insn::Dconst(op as u8 - Dconst0 as u8),
            (Operand::Int(v), _) => Insn::Iconst(*v),
            (Operand::Constant(i), Ldc | LdcW) => Insn::Ldc(*i),
            (Operand::Constant(i), Ldc2W) => Insn::Ldc2(*i),
            (
                _,
                Iload | Fload | Aload | Iload0 | Iload1 | Iload2 | Iload3 | Fload0 | Fload1
                | Fload2 | Fload3 | Aload0 | Aload1 | Aload2 | Aload3,
            ) => Insn::Load(local(d)?),
            (
                _,
                Lload | Dload | Lload0 | Lload1 | Lload2 | Lload3 | Dload0 | Dload1 | Dload2
                | Dload3,
            ) => Insn::Load2(local(d)?),
            (
                _,
                Istore | Fstore | Astore | Istore0 | Istore1 | Istore2 | Istore3 | Fstore0
                | Fstore1 | Fstore2 | Fstore3 | Astore0 | Astore1 | Astore2 | Astore3,
            ) => Insn::Store(local(d)?),
            (
                _,
                Lstore | Dstore | Lstore0 | Lstore1 | Lstore2 | Lstore3 | Dstore0 | Dstore1
                | Dstore2 | Dstore3,
            ) => Insn::Store2(local(d)?),
            (Operand::Iinc { index, delta }, _) => Insn::Iinc(*index, *delta),
            (_, Iaload) => Insn::ArrayLoad(BasicType::Int),
            (_, Laload) => Insn::ArrayLoad(BasicType::Long),
            (_, Faload) => Insn::ArrayLoad(BasicType::Float),
            (_, Daload) => Insn::ArrayLoad(BasicType::Double),
            (_, Aaload) => Insn::ArrayLoad(BasicType::Reference),
            // baload serves byte and boolean arrays; the element size is the same.
            (_, Baload) => Insn::ArrayLoad(BasicType::Byte),
            (_, Caload) => Insn::ArrayLoad(BasicType::Char),
            (_, Saload) => Insn::ArrayLoad(BasicType::Short),
            (_, Iastore) => Insn::ArrayStore(BasicType::Int),
            (_, Lastore) => Insn::ArrayStore(BasicType::Long),
            (_, Fastore) => Insn::ArrayStore(BasicType::Float),
            (_, Dastore) => Insn::ArrayStore(BasicType::Double),
            (_, Aastore) => Insn::ArrayStore(BasicType::Reference),
            (_, Bastore) => Insn::ArrayStore(BasicType::Byte),
            (_, Castore) => Insn::ArrayStore(BasicType::Char),
            (_, Sastore) => Insn::ArrayStore(BasicType::Short),
            (_, Pop) => Insn::Pop,
            (_, Pop2) => Insn::Pop2,
            (_, Dup) => Insn::Dup,
            (_, DupX1) => Insn::DupX1,
            (_, DupX2) => Insn::DupX2,
            (_, Dup2) => Insn::Dup2,
            (_, Dup2X1) => Insn::Dup2X1,
            (_, Dup2X2) => Insn::Dup2X2,
            (_, Swap) => Insn::Swap,
            (_, Iadd) => Insn::Iadd,
            (_, Isub) => Insn::Isub,
            (_, Imul) => Insn::Imul,
            (_, Dadd) => Insn::Dadd,
            (_, Dsub) => Insn::Dsub,
            (_, Dmul) => Insn::Dmul,
            (_, Ddiv) => Insn::Ddiv,
            (_, Ladd) => Insn::Ladd,
            (_, Lsub) => Insn::Lsub,
            (_, I2l) => Insn::I2l,
            (_, L2i) => Insn::L2i,
            (_, I2d) => Insn::I2d,
            (_, Lcmp) => Insn::Lcmp,
            (
                _,
                Fadd | Fsub | Lmul | Fmul | Idiv | Ldiv | Fdiv | Irem | Lrem | Frem | Drem | Ineg
                | Lneg | Fneg | Dneg | Ishl | Lshl | Ishr | Lshr | Iushr | Lushr | Iand | Land
                | Ior | Lor | Ixor | Lxor,
            ) => Insn::Arith(op),
            (_, I2f | L2f | L2d | F2i | F2l | F2d | D2i | D2l | D2f | I2b | I2c | I2s) => {
                Insn::Convert(op)
            }
            (_, Fcmpl | Fcmpg | Dcmpl | Dcmpg) => Insn::Compare(op),
            (Operand::Branch(off), Goto | GotoW) => Insn::Goto(target(d.pc, *off)?),
            (Operand::Branch(off), Jsr | JsrW) => Insn::Jsr(target(d.pc, *off)?),
            (Operand::Branch(off), Ifeq | Ifne | Iflt | Ifge | Ifgt | Ifle) => {
                let cond = [Cond::Eq, Cond::Ne, Cond::Lt, Cond::Ge, Cond::Gt, Cond::Le]
                    [(op as u8 - Ifeq as u8) as usize];
                Insn::IfZero(cond, target(d.pc, *off)?)
            }
            (
                Operand::Branch(off),
                IfIcmpeq | IfIcmpne | IfIcmplt | IfIcmpge | IfIcmpgt | IfIcmple,
            ) => {
                let cond = [Cond::Eq, Cond::Ne, Cond::Lt, Cond::Ge, Cond::Gt, Cond::Le]
                    [(op as u8 - IfIcmpeq as u8) as usize];
                Insn::IfIcmp(cond, target(d.pc, *off)?)
            }
            (Operand::Branch(off), _) => Insn::If(op, target(d.pc, *off)?),
            (Operand::Local(i), Ret) => Insn::Ret(*i),
            (Operand::TableSwitch(t), _) => {
                let targets = t
                    .offsets
                    .iter()
                    .map(|&o| target(d.pc, o))
                    .collect::<Result<_, _>>()?;
                switches.push(Switch {
                    low: t.low,
                    keys: Box::new([]),
                    targets,
                    default: target(d.pc, t.default)?,
                });
                Insn::TableSwitch(switches.len() as u32 - 1)
            }
            (Operand::LookupSwitch(l), _) => {
                let keys = l.pairs.iter().map(|p| p.0).collect();
                let targets = l
                    .pairs
                    .iter()
                    .map(|p| target(d.pc, p.1))
                    .collect::<Result<_, _>>()?;
                switches.push(Switch {
                    low: 0,
                    keys,
                    targets,
                    default: target(d.pc, l.default)?,
                });
                Insn::LookupSwitch(switches.len() as u32 - 1)
            }
            (_, Return) => Insn::Return(0),
            (_, Ireturn | Freturn | Areturn) => Insn::Return(1),
            (_, Lreturn | Dreturn) => Insn::Return(2),
            (Operand::Constant(i), Getstatic) => Insn::GetStatic(*i),
            (Operand::Constant(i), Putstatic) => Insn::PutStatic(*i),
            (Operand::Constant(i), Getfield) => Insn::GetField(*i),
            (Operand::Constant(i), Putfield) => Insn::PutField(*i),
            (Operand::Constant(i), Invokevirtual) => Insn::InvokeVirtual(*i),
            (Operand::Constant(i), Invokespecial) => Insn::InvokeSpecial(*i),
            (Operand::Constant(i), Invokestatic) => Insn::InvokeStatic(*i),
            (Operand::InvokeInterface { index, .. }, _) => Insn::InvokeInterface(*index),
            (Operand::InvokeDynamic(i), _) => Insn::InvokeDynamic(*i),
            (Operand::Constant(i), New) => Insn::New(*i),
            (Operand::ArrayType(t), _) => Insn::NewArray(
                BasicType::from_array_type(*t)
                    .ok_or_else(|| PrepareError(format!("newarray {t}")))?,
            ),
            (Operand::Constant(i), Anewarray) => Insn::ANewArray(*i),
            (Operand::MultiANewArray { index, dimensions }, _) => {
                Insn::MultiANewArray(*index, *dimensions)
            }
            (_, Arraylength) => Insn::ArrayLength,
            (_, Athrow) => Insn::AThrow,
            (Operand::Constant(i), Checkcast) => Insn::CheckCast(*i),
            (Operand::Constant(i), Instanceof) => Insn::InstanceOf(*i),
            (_, Monitorenter) => Insn::MonitorEnter,
            (_, Monitorexit) => Insn::MonitorExit,
            (operand, op) => return Err(PrepareError(format!("unexpected {op:?} {operand:?}"))),
        };
        insns.push(insn);
    }
    let handlers = code
        .exception_table
        .iter()
        .map(|h: &ExceptionHandler| {
            let at = |pc: u16| {
                index_of
                    .get(pc as usize)
                    .copied()
                    .filter(|&i| i != u32::MAX)
            };
            Ok(Handler {
                start: at(h.start_pc).ok_or_else(|| PrepareError("handler start".into()))?,
                end: at(h.end_pc).ok_or_else(|| PrepareError("handler end".into()))?,
                target: at(h.handler_pc).ok_or_else(|| PrepareError("handler target".into()))?,
                catch_type: h.catch_type,
            })
        })
        .collect::<Result<_, PrepareError>>()?;
    Ok(Prepared {
        insns: insns.into_boxed_slice(),
        pcs: decoded.iter().map(|d| d.pc).collect(),
        switches: switches.into_boxed_slice(),
        handlers,
        max_locals: code.max_locals as usize,
        max_stack: code.max_stack as usize,
        statics: Box::new([]),
        methods: Box::new([]),
        constants: Box::new([]),
    })
}

fn local(d: &rjava_classfile::bytecode::Instruction) -> Result<u16, PrepareError> {
    d.local_index()
        .ok_or_else(|| PrepareError(format!("{:?} without a local", d.opcode)))
}

#[cfg(test)]
mod tests {
    use rjava_classfile::Code;
    use rjava_classfile::bytecode::Opcode;

    fn code(bytes: &[u8]) -> Code {
        Code {
            max_stack: 8,
            max_locals: 4,
            code: bytes.into(),
            code_offset: 0,
            exception_table: Vec::new(),
            attributes: Vec::new(),
        }
    }

    /// Every opcode without operands has a pre-decoded form (a missing arm would
    /// reject valid code at run time).
    #[test]
    fn every_operandless_opcode_prepares() {
        for byte in 0u8..=0xc9 {
            let Some(op) = Opcode::from_u8(byte) else {
                continue;
            };
            let insn = rjava_classfile::bytecode::decode_at(
                &[byte, 0xb1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
                0,
            );
            let Ok(insn) = insn else { continue };
            if insn.len != 1
                || matches!(
                    op,
                    Opcode::Wide | Opcode::Tableswitch | Opcode::Lookupswitch
                )
            {
                continue;
            }
            let result = super::prepare(&code(&[byte, 0xb1]));
            assert!(
                result.is_ok(),
                "{op:?} does not prepare: {:?}",
                result.err()
            );
        }
    }
}

#[cfg(test)]
mod size_tests {
    #[test]
    fn an_instruction_is_eight_bytes() {
        // The dispatch loop copies one per instruction: keep it to a machine word.
        assert_eq!(std::mem::size_of::<super::Insn>(), 8);
    }
}
