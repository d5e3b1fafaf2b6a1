//! Which local-variable and operand-stack slots hold references at each instruction
//! of a method, found by abstract interpretation of its bytecode.
//!
//! The collector scans interpreter frames with these maps (precise roots: a slot is
//! scanned only where every path to the instruction stores a reference in it, and,
//! for locals, only while some path still reads it: see `liveness`). The
//! analysis works on slots, not types: a `long` is two non-reference slots, so
//! `dup2`, `swap` and friends are modelled exactly without knowing what they move.
//! Uninitialized objects (after `new`, before `<init>`) are real objects and count
//! as references.
//!
//! Subroutines (`jsr`/`ret`, only in class files before version 50) merge the states
//! of all their callers, so a local a caller keeps a reference in can come back as
//! unknown; `has_subroutines` tells the collector to treat unknown slots of such
//! methods conservatively.

use std::collections::VecDeque;

use crate::attributes::Code;
use crate::bytecode::Opcode;
use crate::bytecode::{Instruction, Operand};
use crate::constant_pool::{Constant, ConstantPool};
use crate::descriptor::{FieldType, MethodDescriptor};

/// What the analysis knows about a slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Unknown: never written, or different kinds on different paths.
    Top,
    /// A primitive value (or half of one).
    Value,
    Ref,
    ReturnAddress,
}

impl Kind {
    fn merge(self, other: Kind) -> Kind {
        if self == other { self } else { Kind::Top }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct State {
    locals: Vec<Kind>,
    stack: Vec<Kind>,
}

/// Why a method's code could not be analysed (only malformed code: the verifier
/// rejects the same things).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferenceMapError {
    #[error("operand stack underflow at pc {0}")]
    StackUnderflow(u32),
    #[error("operand stack overflow at pc {0}")]
    StackOverflow(u32),
    #[error("local variable {1} out of range at pc {0}")]
    BadLocal(u32, u16),
    #[error("bad constant or descriptor at pc {0}")]
    BadConstant(u32),
    #[error("undecodable code at pc {0}")]
    BadCode(u32),
    #[error("operand stack height differs at pc {0}")]
    InconsistentHeight(u32),
}

type Result<T> = std::result::Result<T, ReferenceMapError>;

/// The reference slots at every reachable instruction of one method.
#[derive(Debug)]
pub struct ReferenceMap {
    max_locals: usize,
    words: usize,
    /// Pcs of the reachable instructions, ascending.
    pcs: Box<[u32]>,
    depths: Box<[u16]>,
    /// `words` words per instruction: bit i = slot i, locals first, then the stack.
    bits: Box<[u64]>,
    /// `Top` bits, with the same layout (for conservative scanning).
    unknown: Box<[u64]>,
    pub has_subroutines: bool,
}

/// The map at one instruction.
#[derive(Debug, Clone, Copy)]
pub struct FrameMap<'a> {
    max_locals: usize,
    /// Operand-stack height on entry to the instruction.
    pub depth: usize,
    bits: &'a [u64],
    unknown: &'a [u64],
}

fn bit(words: &[u64], i: usize) -> bool {
    words.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 != 0)
}

impl FrameMap<'_> {
    pub fn local_is_ref(&self, i: usize) -> bool {
        i < self.max_locals && bit(self.bits, i)
    }

    pub fn stack_is_ref(&self, i: usize) -> bool {
        i < self.depth && bit(self.bits, self.max_locals + i)
    }

    /// Whether the analysis lost track of local `i` (merged different kinds).
    pub fn local_is_unknown(&self, i: usize) -> bool {
        i < self.max_locals && bit(self.unknown, i)
    }

    pub fn stack_is_unknown(&self, i: usize) -> bool {
        i < self.depth && bit(self.unknown, self.max_locals + i)
    }
}

impl ReferenceMap {
    /// Analyses `code` of a method with `descriptor` (`is_static` says whether local 0
    /// is `this`).
    pub fn compute(
        pool: &ConstantPool,
        code: &Code,
        is_static: bool,
        descriptor: &MethodDescriptor,
    ) -> Result<ReferenceMap> {
        let insns: Vec<Instruction> = code
            .instructions()
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| ReferenceMapError::BadCode(e.pc))?;
        let mut index_of = vec![usize::MAX; code.code.len() + 1];
        for (i, insn) in insns.iter().enumerate() {
            index_of[insn.pc as usize] = i;
        }
        let analysis = Analysis {
            pool,
            insns: &insns,
            index_of: &index_of,
            max_locals: code.max_locals as usize,
            max_stack: code.max_stack as usize,
            code,
        };
        let states = analysis.run(entry_state(code, is_static, descriptor)?)?;
        let mut map = analysis.encode(&states);
        if !map.has_subroutines {
            let live = liveness::compute(
                &insns,
                &index_of,
                &code.exception_table,
                analysis.max_locals,
            );
            map.drop_dead_locals(&states, &live);
        }
        Ok(map)
    }

    /// Clears the bits of locals no path reads again: they are not roots.
    fn drop_dead_locals(&mut self, states: &[Option<State>], live: &liveness::Liveness) {
        let reachable = states.iter().enumerate().filter(|(_, s)| s.is_some());
        for (row, (insn, _)) in reachable.enumerate() {
            for local in 0..self.max_locals {
                if !live.live(insn, local) {
                    let w = row * self.words + local / 64;
                    self.bits[w] &= !(1 << (local % 64));
                    self.unknown[w] &= !(1 << (local % 64));
                }
            }
        }
    }

    /// The map at the instruction starting at `pc`, if it is reachable.
    pub fn at(&self, pc: u32) -> Option<FrameMap<'_>> {
        let i = self.pcs.binary_search(&pc).ok()?;
        let range = i * self.words..(i + 1) * self.words;
        Some(FrameMap {
            max_locals: self.max_locals,
            depth: self.depths[i] as usize,
            bits: &self.bits[range.clone()],
            unknown: &self.unknown[range],
        })
    }
}

fn entry_state(code: &Code, is_static: bool, descriptor: &MethodDescriptor) -> Result<State> {
    let mut locals = vec![Kind::Top; code.max_locals as usize];
    let mut slot = 0;
    let mut put = |kind: Kind, slot: &mut usize| -> Result<()> {
        let l = locals
            .get_mut(*slot)
            .ok_or(ReferenceMapError::BadLocal(0, *slot as u16))?;
        *l = kind;
        *slot += 1;
        Ok(())
    };
    if !is_static {
        put(Kind::Ref, &mut slot)?;
    }
    for param in &descriptor.params {
        if param.is_reference() {
            put(Kind::Ref, &mut slot)?;
        } else {
            for _ in 0..param.slots() {
                put(Kind::Value, &mut slot)?;
            }
        }
    }
    Ok(State {
        locals,
        stack: Vec::new(),
    })
}

struct Analysis<'a> {
    pool: &'a ConstantPool,
    code: &'a Code,
    insns: &'a [Instruction],
    index_of: &'a [usize],
    max_locals: usize,
    max_stack: usize,
}

/// Where control goes after an instruction.
enum Flow {
    Next,
    /// Branch targets (as pcs) and whether it may also fall through.
    Branch(Vec<i64>, bool),
    /// Return, athrow.
    Stop,
    /// `ret`: back to the instruction after any `jsr`.
    Ret,
}

impl Analysis<'_> {
    fn run(&self, entry: State) -> Result<Vec<Option<State>>> {
        let n = self.insns.len();
        let mut states: Vec<Option<State>> = vec![None; n];
        let mut queue = VecDeque::new();
        let mut queued = vec![false; n];
        let return_points: Vec<usize> = self
            .insns
            .iter()
            .enumerate()
            .filter(|(_, i)| matches!(i.opcode, Opcode::Jsr | Opcode::JsrW))
            .map(|(k, _)| k + 1)
            .filter(|&k| k < n)
            .collect();
        if n == 0 {
            return Ok(states);
        }
        states[0] = Some(entry);
        queue.push_back(0);
        queued[0] = true;
        while let Some(i) = queue.pop_front() {
            queued[i] = false;
            let insn = &self.insns[i];
            let before = states[i].clone().expect("queued instructions have a state");
            // Exception handlers see the locals before the instruction.
            for h in &self.code.exception_table {
                if (h.start_pc as u32..h.end_pc as u32).contains(&insn.pc) {
                    let target = self.index(insn.pc, h.handler_pc as i64)?;
                    let state = State {
                        locals: before.locals.clone(),
                        stack: vec![Kind::Ref],
                    };
                    self.flow_into(&mut states, &mut queue, &mut queued, target, state)?;
                }
            }
            let mut after = before;
            let flow = self.step(insn, &mut after)?;
            let mut succ = Vec::new();
            match flow {
                Flow::Next => succ.push(i + 1),
                Flow::Branch(targets, falls) => {
                    for t in targets {
                        succ.push(self.index(insn.pc, t)?);
                    }
                    if falls {
                        succ.push(i + 1);
                    }
                }
                Flow::Stop => {}
                Flow::Ret => succ.extend(return_points.iter().copied()),
            }
            for s in succ {
                if s >= n {
                    return Err(ReferenceMapError::BadCode(insn.pc));
                }
                self.flow_into(&mut states, &mut queue, &mut queued, s, after.clone())?;
            }
        }
        Ok(states)
    }

    fn index(&self, pc: u32, target: i64) -> Result<usize> {
        usize::try_from(target)
            .ok()
            .and_then(|t| self.index_of.get(t).copied())
            .filter(|&i| i != usize::MAX)
            .ok_or(ReferenceMapError::BadCode(pc))
    }

    fn flow_into(
        &self,
        states: &mut [Option<State>],
        queue: &mut VecDeque<usize>,
        queued: &mut [bool],
        target: usize,
        incoming: State,
    ) -> Result<()> {
        let changed = match &mut states[target] {
            None => {
                states[target] = Some(incoming);
                true
            }
            Some(old) => {
                if old.stack.len() != incoming.stack.len() {
                    return Err(ReferenceMapError::InconsistentHeight(self.insns[target].pc));
                }
                let mut changed = false;
                for (a, b) in old.locals.iter_mut().zip(&incoming.locals) {
                    let m = a.merge(*b);
                    changed |= m != *a;
                    *a = m;
                }
                for (a, b) in old.stack.iter_mut().zip(&incoming.stack) {
                    let m = a.merge(*b);
                    changed |= m != *a;
                    *a = m;
                }
                changed
            }
        };
        if changed && !queued[target] {
            queued[target] = true;
            queue.push_back(target);
        }
        Ok(())
    }

    /// Applies one instruction's effect on the slots.
    fn step(&self, insn: &Instruction, s: &mut State) -> Result<Flow> {
        use Opcode::*;
        let pc = insn.pc;
        let mut st = Stack {
            slots: &mut s.stack,
            max: self.max_stack,
            pc,
        };
        let op = insn.opcode;
        let b = op as u8;
        match op {
            Nop | Iinc | Wide => {}
            AconstNull => st.push(Kind::Ref)?,
            IconstM1 | Iconst0 | Iconst1 | Iconst2 | Iconst3 | Iconst4 | Iconst5 | Fconst0
            | Fconst1 | Fconst2 | Bipush | Sipush => st.values(1)?,
            Lconst0 | Lconst1 | Dconst0 | Dconst1 => st.values(2)?,
            Ldc | LdcW | Ldc2W => {
                let index = constant_index(insn)?;
                match self.pool.get(index) {
                    Ok(Constant::Integer(_) | Constant::Float(_)) => st.values(1)?,
                    Ok(Constant::Long(_) | Constant::Double(_)) => st.values(2)?,
                    Ok(Constant::Dynamic { .. }) => {
                        let (_, _, desc) = self
                            .pool
                            .dynamic(index)
                            .map_err(|_| ReferenceMapError::BadConstant(pc))?;
                        let ty =
                            FieldType::parse(desc).ok_or(ReferenceMapError::BadConstant(pc))?;
                        st.push_type(&ty)?;
                    }
                    Ok(_) => st.push(Kind::Ref)?,
                    Err(_) => return Err(ReferenceMapError::BadConstant(pc)),
                }
            }
            // Loads: push what the local holds.
            _ if matches!(b, 0x15 | 0x17 | 0x19 | 0x1a..=0x1d | 0x22..=0x25 | 0x2a..=0x2d) => {
                let l = local_index(insn, b)?;
                let kind = self.local(s, l, pc)?;
                let kind = if matches!(b, 0x19 | 0x2a..=0x2d) {
                    kind
                } else {
                    Kind::Value
                };
                Stack {
                    slots: &mut s.stack,
                    max: self.max_stack,
                    pc,
                }
                .push(kind)?;
            }
            _ if matches!(b, 0x16 | 0x18 | 0x1e..=0x21 | 0x26..=0x29) => {
                let l = local_index(insn, b)?;
                self.local(s, l + 1, pc)?;
                Stack {
                    slots: &mut s.stack,
                    max: self.max_stack,
                    pc,
                }
                .values(2)?;
            }
            _ if matches!(b, 0x36 | 0x38 | 0x3a | 0x3b..=0x3e | 0x43..=0x46 | 0x4b..=0x4e) => {
                let l = local_index(insn, b)?;
                let kind = st.pop()?;
                let kind = if matches!(b, 0x3a | 0x4b..=0x4e) {
                    kind
                } else {
                    Kind::Value
                };
                self.set_local(s, l, kind, pc)?;
            }
            _ if matches!(b, 0x37 | 0x39 | 0x3f..=0x42 | 0x47..=0x4a) => {
                let l = local_index(insn, b)?;
                st.pop_n(2)?;
                self.set_local(s, l, Kind::Value, pc)?;
                self.set_local(s, l + 1, Kind::Value, pc)?;
            }
            Iaload | Faload | Baload | Caload | Saload => st.effect(2, 1)?,
            Laload | Daload => st.effect(2, 2)?,
            Aaload => {
                st.pop_n(2)?;
                st.push(Kind::Ref)?;
            }
            Iastore | Fastore | Aastore | Bastore | Castore | Sastore => st.pop_n(3)?,
            Lastore | Dastore => st.pop_n(4)?,
            Pop => st.pop_n(1)?,
            Pop2 => st.pop_n(2)?,
            Dup => st.shuffle(1, &[0, 0])?,
            DupX1 => st.shuffle(2, &[1, 0, 1])?,
            DupX2 => st.shuffle(3, &[2, 0, 1, 2])?,
            Dup2 => st.shuffle(2, &[0, 1, 0, 1])?,
            Dup2X1 => st.shuffle(3, &[1, 2, 0, 1, 2])?,
            Dup2X2 => st.shuffle(4, &[2, 3, 0, 1, 2, 3])?,
            Swap => st.shuffle(2, &[1, 0])?,
            // Arithmetic, shifts, logic, negation, conversions, comparisons: all values.
            _ if (0x60..=0x83).contains(&b) || (0x85..=0x98).contains(&b) => {
                let (pops, pushes) = arith_effect(op);
                st.effect(pops, pushes)?;
            }
            Ifeq | Ifne | Iflt | Ifge | Ifgt | Ifle | Ifnull | Ifnonnull => {
                st.pop_n(1)?;
                return Ok(Flow::Branch(insn.branch_targets(), true));
            }
            IfIcmpeq | IfIcmpne | IfIcmplt | IfIcmpge | IfIcmpgt | IfIcmple | IfAcmpeq
            | IfAcmpne => {
                st.pop_n(2)?;
                return Ok(Flow::Branch(insn.branch_targets(), true));
            }
            Goto | GotoW => return Ok(Flow::Branch(insn.branch_targets(), false)),
            Jsr | JsrW => {
                st.push(Kind::ReturnAddress)?;
                return Ok(Flow::Branch(insn.branch_targets(), false));
            }
            Ret => {
                let l = local_index(insn, b)?;
                self.local(s, l, pc)?;
                return Ok(Flow::Ret);
            }
            Tableswitch | Lookupswitch => {
                st.pop_n(1)?;
                return Ok(Flow::Branch(insn.branch_targets(), false));
            }
            Ireturn | Freturn | Areturn => {
                st.pop_n(1)?;
                return Ok(Flow::Stop);
            }
            Lreturn | Dreturn => {
                st.pop_n(2)?;
                return Ok(Flow::Stop);
            }
            Return => return Ok(Flow::Stop),
            Athrow => {
                st.pop_n(1)?;
                return Ok(Flow::Stop);
            }
            Getstatic | Putstatic | Getfield | Putfield => {
                let ty = self.member_type(insn)?;
                match op {
                    Getstatic => st.push_type(&ty)?,
                    Putstatic => st.pop_n(ty.slots())?,
                    Getfield => {
                        st.pop_n(1)?;
                        st.push_type(&ty)?;
                    }
                    _ => st.pop_n(ty.slots() + 1)?,
                }
            }
            Invokevirtual | Invokespecial | Invokestatic | Invokeinterface | Invokedynamic => {
                let desc = self.invoke_descriptor(insn)?;
                let receiver = usize::from(!matches!(op, Invokestatic | Invokedynamic));
                st.pop_n(desc.param_slots() + receiver)?;
                if let Some(ret) = &desc.ret {
                    st.push_type(ret)?;
                }
            }
            New => st.push(Kind::Ref)?,
            Newarray | Anewarray => {
                st.pop_n(1)?;
                st.push(Kind::Ref)?;
            }
            Multianewarray => {
                let dims = match insn.operand {
                    Operand::MultiANewArray { dimensions, .. } => dimensions as usize,
                    _ => return Err(ReferenceMapError::BadCode(pc)),
                };
                st.pop_n(dims)?;
                st.push(Kind::Ref)?;
            }
            Arraylength | Instanceof => st.effect(1, 1)?,
            Checkcast => {
                st.pop_n(1)?;
                st.push(Kind::Ref)?;
            }
            Monitorenter | Monitorexit => st.pop_n(1)?,
            _ => return Err(ReferenceMapError::BadCode(pc)),
        }
        Ok(Flow::Next)
    }

    fn local(&self, s: &State, l: u16, pc: u32) -> Result<Kind> {
        s.locals
            .get(l as usize)
            .copied()
            .ok_or(ReferenceMapError::BadLocal(pc, l))
    }

    fn set_local(&self, s: &mut State, l: u16, kind: Kind, pc: u32) -> Result<()> {
        let slot = s
            .locals
            .get_mut(l as usize)
            .ok_or(ReferenceMapError::BadLocal(pc, l))?;
        *slot = kind;
        Ok(())
    }

    fn member_type(&self, insn: &Instruction) -> Result<FieldType> {
        let index = constant_index(insn)?;
        let m = self
            .pool
            .member_ref(index)
            .map_err(|_| ReferenceMapError::BadConstant(insn.pc))?;
        FieldType::parse(m.descriptor).ok_or(ReferenceMapError::BadConstant(insn.pc))
    }

    fn invoke_descriptor(&self, insn: &Instruction) -> Result<MethodDescriptor> {
        let bad = ReferenceMapError::BadConstant(insn.pc);
        let descriptor = match insn.operand {
            Operand::InvokeDynamic(index) => self.pool.dynamic(index).map_err(|_| bad.clone())?.2,
            Operand::InvokeInterface { index, .. } | Operand::Constant(index) => {
                self.pool
                    .member_ref(index)
                    .map_err(|_| bad.clone())?
                    .descriptor
            }
            _ => return Err(bad),
        };
        MethodDescriptor::parse(descriptor).ok_or(bad)
    }

    /// Packs the states into bit rows.
    fn encode(&self, states: &[Option<State>]) -> ReferenceMap {
        let slots = self.max_locals + self.max_stack;
        let words = slots.div_ceil(64).max(1);
        let mut pcs = Vec::new();
        let mut depths = Vec::new();
        let mut bits = Vec::new();
        let mut unknown = Vec::new();
        for (insn, state) in self.insns.iter().zip(states) {
            let Some(state) = state else { continue };
            pcs.push(insn.pc);
            depths.push(state.stack.len() as u16);
            let start = bits.len();
            bits.resize(start + words, 0u64);
            unknown.resize(start + words, 0u64);
            let all = state.locals.iter().chain(state.stack.iter());
            for (i, kind) in all.enumerate() {
                match kind {
                    Kind::Ref => bits[start + i / 64] |= 1 << (i % 64),
                    Kind::Top => unknown[start + i / 64] |= 1 << (i % 64),
                    _ => {}
                }
            }
            // Locals past the analysed ones and stack slots above the height are
            // not "unknown": they hold nothing.
        }
        ReferenceMap {
            max_locals: self.max_locals,
            words,
            pcs: pcs.into(),
            depths: depths.into(),
            bits: bits.into(),
            unknown: unknown.into(),
            has_subroutines: self
                .insns
                .iter()
                .any(|i| matches!(i.opcode, Opcode::Jsr | Opcode::JsrW | Opcode::Ret)),
        }
    }
}

/// Pops and pushes of the arithmetic, conversion and comparison opcodes (in slots).
fn arith_effect(op: Opcode) -> (usize, usize) {
    use Opcode::*;
    match op {
        Iadd | Isub | Imul | Idiv | Irem | Ishl | Ishr | Iushr | Iand | Ior | Ixor | Fadd
        | Fsub | Fmul | Fdiv | Frem | Fcmpl | Fcmpg => (2, 1),
        Ladd | Lsub | Lmul | Ldiv | Lrem | Land | Lor | Lxor | Dadd | Dsub | Dmul | Ddiv | Drem => {
            (4, 2)
        }
        Lshl | Lshr | Lushr => (3, 2),
        Ineg | Fneg | I2f | F2i | I2b | I2c | I2s => (1, 1),
        Lneg | Dneg | L2d | D2l => (2, 2),
        I2l | I2d | F2l | F2d => (1, 2),
        L2i | L2f | D2i | D2f => (2, 1),
        Lcmp | Dcmpl | Dcmpg => (4, 1),
        _ => (0, 0),
    }
}

fn constant_index(insn: &Instruction) -> Result<u16> {
    match insn.operand {
        Operand::Constant(i) => Ok(i),
        _ => Err(ReferenceMapError::BadCode(insn.pc)),
    }
}

/// The local of a load/store/ret: its operand, or the number in `iload_2` style names.
fn local_index(insn: &Instruction, byte: u8) -> Result<u16> {
    match insn.operand {
        Operand::Local(l) => Ok(l),
        // iload_0 .. aload_3 and istore_0 .. astore_3: five kinds of four each.
        Operand::None if (0x1a..=0x2d).contains(&byte) => Ok(u16::from((byte - 0x1a) % 4)),
        Operand::None if (0x3b..=0x4e).contains(&byte) => Ok(u16::from((byte - 0x3b) % 4)),
        _ => Err(ReferenceMapError::BadCode(insn.pc)),
    }
}

/// The operand stack of the state being stepped.
struct Stack<'a> {
    slots: &'a mut Vec<Kind>,
    max: usize,
    pc: u32,
}

impl Stack<'_> {
    fn push(&mut self, kind: Kind) -> Result<()> {
        if self.slots.len() >= self.max {
            return Err(ReferenceMapError::StackOverflow(self.pc));
        }
        self.slots.push(kind);
        Ok(())
    }

    fn values(&mut self, n: usize) -> Result<()> {
        for _ in 0..n {
            self.push(Kind::Value)?;
        }
        Ok(())
    }

    fn push_type(&mut self, ty: &FieldType) -> Result<()> {
        if ty.is_reference() {
            self.push(Kind::Ref)
        } else {
            self.values(ty.slots())
        }
    }

    fn pop(&mut self) -> Result<Kind> {
        self.slots
            .pop()
            .ok_or(ReferenceMapError::StackUnderflow(self.pc))
    }

    fn pop_n(&mut self, n: usize) -> Result<()> {
        if self.slots.len() < n {
            return Err(ReferenceMapError::StackUnderflow(self.pc));
        }
        self.slots.truncate(self.slots.len() - n);
        Ok(())
    }

    fn effect(&mut self, pops: usize, pushes: usize) -> Result<()> {
        self.pop_n(pops)?;
        self.values(pushes)
    }

    /// Replaces the top `n` slots by `order` (indexes into those `n`, 0 = deepest).
    fn shuffle(&mut self, n: usize, order: &[usize]) -> Result<()> {
        if self.slots.len() < n {
            return Err(ReferenceMapError::StackUnderflow(self.pc));
        }
        let top: Vec<Kind> = self.slots.split_off(self.slots.len() - n);
        for &i in order {
            self.push(top[i])?;
        }
        Ok(())
    }
}

mod liveness;
#[cfg(test)]
mod tests;
