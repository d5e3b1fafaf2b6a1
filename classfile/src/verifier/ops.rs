//! The type rules of each instruction (§4.10.1.9): what it pops, what it pushes,
//! which locals it reads and writes, and where control goes next.

use super::frame::Frame;
use super::types::{
    OBJECT, VType, array_of, component_type, field_type, is_class_assignable, method_types,
};
use super::{Fail, Hierarchy, Reason};
use crate::bytecode::{Instruction, Opcode, Operand};
use crate::constant_pool::{Constant, ConstantPool};
use crate::descriptor::MAX_ARRAY_DIMENSIONS;

/// Where control goes after an instruction.
#[derive(Debug)]
pub enum Flow {
    Next,
    /// Branch targets (absolute pcs) and whether it may also fall through.
    Branch(Vec<i64>, bool),
    /// Return, athrow.
    Stop,
    /// `ret`: back to the instruction after a `jsr`.
    Ret,
}

/// What the rules need to know about the method being verified.
pub struct Context<'a, H> {
    pub pool: &'a ConstantPool,
    pub class_name: &'a str,
    pub super_name: Option<&'a str>,
    pub code: &'a [u8],
    pub return_type: Option<VType>,
    pub is_init: bool,
    pub h: &'a H,
}

type R<E> = Result<Flow, Fail<E>>;

impl<H: Hierarchy> Context<'_, H> {
    /// Applies `insn` to the frame.
    pub fn step(&self, insn: &Instruction, f: &mut Frame) -> R<H::Error> {
        use Opcode::*;
        let h = self.h;
        let op = insn.opcode;
        let b = op as u8;
        match op {
            Nop => {}
            AconstNull => f.push(VType::Null)?,
            IconstM1 | Iconst0 | Iconst1 | Iconst2 | Iconst3 | Iconst4 | Iconst5 | Bipush
            | Sipush => f.push(VType::Int)?,
            Lconst0 | Lconst1 => f.push(VType::Long)?,
            Fconst0 | Fconst1 | Fconst2 => f.push(VType::Float)?,
            Dconst0 | Dconst1 => f.push(VType::Double)?,
            Ldc | LdcW | Ldc2W => f.push(self.constant_type(insn)?)?,
            // iload..aload, iload_0..aload_3
            _ if matches!(b, 0x15..=0x2d) => self.load(insn, b, f)?,
            // istore..astore, istore_0..astore_3
            _ if matches!(b, 0x36..=0x4e) => self.store(insn, b, f)?,
            Iaload | Baload | Caload | Saload | Faload | Laload | Daload => {
                f.pop(&VType::Int, h)?;
                let (index, array) = f.pop_array()?;
                let (element, accepted) = primitive_element(op);
                check_array_kind(insn, &array, accepted, index)?;
                f.push(element)?;
            }
            Aaload => {
                f.pop(&VType::Int, h)?;
                let (index, array) = f.pop_array()?;
                let element = match &array {
                    VType::Null => VType::Null,
                    VType::Ref(name) => match component_type(name) {
                        Some(t @ VType::Ref(_)) => t,
                        _ => return Err(bad_array(insn, index, array, "reference type").into()),
                    },
                    _ => return Err(bad_array(insn, index, array, "reference type").into()),
                };
                f.push(element)?;
            }
            Iastore | Bastore | Castore | Sastore | Fastore | Lastore | Dastore => {
                let (element, accepted) = primitive_element(op);
                f.pop(&element, h)?;
                f.pop(&VType::Int, h)?;
                let (index, array) = f.pop_array()?;
                check_array_kind(insn, &array, accepted, index)?;
            }
            Aastore => {
                // The element's class is checked at run time (ArrayStoreException).
                f.pop_initialized()?;
                f.pop(&VType::Int, h)?;
                let (index, array) = f.pop_array()?;
                let ok = match &array {
                    VType::Null => true,
                    VType::Ref(name) => matches!(component_type(name), Some(VType::Ref(_))),
                    _ => false,
                };
                if !ok {
                    return Err(bad_array(insn, index, array, "reference type").into());
                }
            }
            Pop => f.shuffle(&[1], &[])?,
            Pop2 => f.shuffle(&[2], &[])?,
            Dup => f.shuffle(&[1], &[0, 0])?,
            DupX1 => f.shuffle(&[1, 1], &[1, 0, 1])?,
            DupX2 => f.shuffle(&[1, 2], &[2, 0, 1, 2])?,
            Dup2 => f.shuffle(&[2], &[0, 1, 0, 1])?,
            Dup2X1 => f.shuffle(&[2, 1], &[1, 2, 0, 1, 2])?,
            Dup2X2 => f.shuffle(&[2, 2], &[2, 3, 0, 1, 2, 3])?,
            Swap => f.shuffle(&[1, 1], &[1, 0])?,
            _ if (0x60..=0x83).contains(&b) || (0x85..=0x98).contains(&b) => {
                self.arithmetic(op, f)?
            }
            Iinc => {
                let Operand::Iinc { index, .. } = insn.operand else {
                    return Err(Reason::BadCode.into());
                };
                f.load(usize::from(index), &VType::Int, h)?;
            }
            Ifeq | Ifne | Iflt | Ifge | Ifgt | Ifle => {
                f.pop(&VType::Int, h)?;
                return Ok(Flow::Branch(insn.branch_targets(), true));
            }
            IfIcmpeq | IfIcmpne | IfIcmplt | IfIcmpge | IfIcmpgt | IfIcmple => {
                f.pop(&VType::Int, h)?;
                f.pop(&VType::Int, h)?;
                return Ok(Flow::Branch(insn.branch_targets(), true));
            }
            Ifnull | Ifnonnull => {
                f.pop_reference()?;
                return Ok(Flow::Branch(insn.branch_targets(), true));
            }
            IfAcmpeq | IfAcmpne => {
                f.pop_reference()?;
                f.pop_reference()?;
                return Ok(Flow::Branch(insn.branch_targets(), true));
            }
            Goto | GotoW => return Ok(Flow::Branch(insn.branch_targets(), false)),
            Jsr | JsrW => {
                f.push(VType::ReturnAddress)?;
                return Ok(Flow::Branch(insn.branch_targets(), false));
            }
            Ret => {
                let index = insn.local_index().ok_or(Reason::BadCode)?;
                f.load(usize::from(index), &VType::ReturnAddress, h)?;
                return Ok(Flow::Ret);
            }
            Tableswitch | Lookupswitch => {
                f.pop(&VType::Int, h)?;
                return Ok(Flow::Branch(insn.branch_targets(), false));
            }
            Ireturn | Lreturn | Freturn | Dreturn | Areturn | Return => return self.ret(op, f),
            Getstatic | Putstatic | Getfield | Putfield => self.field(insn, f)?,
            Invokevirtual | Invokespecial | Invokestatic | Invokeinterface | Invokedynamic => {
                self.invoke(insn, f)?
            }
            New => {
                let name = self.class_operand(insn)?;
                if name.starts_with('[') {
                    return Err(Reason::IllegalNew.into());
                }
                f.push(VType::Uninit(insn.pc))?;
            }
            Newarray => {
                let Operand::ArrayType(t) = insn.operand else {
                    return Err(Reason::BadCode.into());
                };
                f.pop(&VType::Int, h)?;
                let name = match t {
                    4 => "[Z",
                    5 => "[C",
                    6 => "[F",
                    7 => "[D",
                    8 => "[B",
                    9 => "[S",
                    10 => "[I",
                    11 => "[J",
                    _ => return Err(Reason::BadCode.into()),
                };
                f.push(VType::class(name))?;
            }
            Anewarray => {
                let name = self.class_operand(insn)?;
                if name.bytes().take_while(|&c| c == b'[').count() >= MAX_ARRAY_DIMENSIONS {
                    return Err(Reason::BadConstant(0).into());
                }
                f.pop(&VType::Int, h)?;
                f.push(VType::class(&array_of(name)))?;
            }
            Multianewarray => {
                let Operand::MultiANewArray { index, dimensions } = insn.operand else {
                    return Err(Reason::BadCode.into());
                };
                let name = self
                    .pool
                    .class_name(index)
                    .map_err(|_| Reason::BadConstant(index))?;
                let dims = name.bytes().take_while(|&c| c == b'[').count();
                if dimensions == 0 || usize::from(dimensions) > dims {
                    return Err(Reason::BadDimensions.into());
                }
                for _ in 0..dimensions {
                    f.pop(&VType::Int, h)?;
                }
                f.push(VType::class(name))?;
            }
            Arraylength => {
                let (index, array) = f.pop_array()?;
                if array != VType::Null && array.array_name().is_none() {
                    return Err(bad_array(insn, index, array, "array type").into());
                }
                f.push(VType::Int)?;
            }
            Athrow => {
                f.pop(&VType::class("java/lang/Throwable"), h)?;
                return Ok(Flow::Stop);
            }
            Checkcast => {
                let name = self.class_operand(insn)?;
                f.pop_initialized()?;
                f.push(VType::class(name))?;
            }
            Instanceof => {
                self.class_operand(insn)?;
                f.pop_initialized()?;
                f.push(VType::Int)?;
            }
            Monitorenter | Monitorexit => {
                f.pop_initialized()?;
            }
            // `wide` is decoded into the instruction it widens.
            _ => return Err(Reason::BadCode.into()),
        }
        Ok(Flow::Next)
    }

    fn constant_type(&self, insn: &Instruction) -> Result<VType, Fail<H::Error>> {
        let Operand::Constant(index) = insn.operand else {
            return Err(Reason::BadCode.into());
        };
        let wide = insn.opcode == Opcode::Ldc2W;
        let bad = Reason::BadConstant(index);
        let t = match self.pool.get(index).map_err(|_| bad.clone())? {
            Constant::Integer(_) => VType::Int,
            Constant::Float(_) => VType::Float,
            Constant::Long(_) => VType::Long,
            Constant::Double(_) => VType::Double,
            Constant::String { .. } => VType::class("java/lang/String"),
            Constant::Class { .. } => VType::class("java/lang/Class"),
            Constant::MethodType { .. } => VType::class("java/lang/invoke/MethodType"),
            Constant::MethodHandle { .. } => VType::class("java/lang/invoke/MethodHandle"),
            Constant::Dynamic { .. } => {
                let (_, _, desc) = self.pool.dynamic(index).map_err(|_| bad.clone())?;
                field_type(desc).ok_or(bad.clone())?
            }
            _ => return Err(bad.into()),
        };
        if t.is_wide() != wide {
            return Err(bad.into());
        }
        Ok(t)
    }

    /// `iload`, `aload_2`...: the type the opcode family expects.
    fn load(&self, insn: &Instruction, b: u8, f: &mut Frame) -> Result<(), Fail<H::Error>> {
        let index = usize::from(insn.local_index().ok_or(Reason::BadCode)?);
        let family = if b <= 0x19 { b - 0x15 } else { (b - 0x1a) / 4 };
        let t = match family {
            0 => f.load(index, &VType::Int, self.h)?,
            1 => f.load(index, &VType::Long, self.h)?,
            2 => f.load(index, &VType::Float, self.h)?,
            3 => f.load(index, &VType::Double, self.h)?,
            _ => {
                let got = f.local(index)?.clone();
                if !got.is_reference() {
                    return Err(Reason::BadLocalType {
                        index,
                        got,
                        expected: VType::class(OBJECT),
                    }
                    .into());
                }
                got
            }
        };
        f.push(t)?;
        Ok(())
    }

    fn store(&self, insn: &Instruction, b: u8, f: &mut Frame) -> Result<(), Fail<H::Error>> {
        let index = usize::from(insn.local_index().ok_or(Reason::BadCode)?);
        let family = if b <= 0x3a { b - 0x36 } else { (b - 0x3b) / 4 };
        let t = match family {
            0 => f.pop(&VType::Int, self.h)?,
            1 => f.pop(&VType::Long, self.h)?,
            2 => f.pop(&VType::Float, self.h)?,
            3 => f.pop(&VType::Double, self.h)?,
            _ => {
                let at = f.stack.len().saturating_sub(1);
                let got = f.pop_any()?;
                if !got.is_reference() && got != VType::ReturnAddress {
                    return Err(Reason::NotReference { index: at, got }.into());
                }
                got
            }
        };
        f.store(index, t)?;
        Ok(())
    }

    fn arithmetic(&self, op: Opcode, f: &mut Frame) -> Result<(), Fail<H::Error>> {
        use Opcode::*;
        use VType::{Double as D, Float as F, Int as I, Long as L};
        let (pops, push): (&[VType], VType) = match op {
            Iadd | Isub | Imul | Idiv | Irem | Ishl | Ishr | Iushr | Iand | Ior | Ixor => {
                (&[I, I], I)
            }
            Ladd | Lsub | Lmul | Ldiv | Lrem | Land | Lor | Lxor => (&[L, L], L),
            Lshl | Lshr | Lushr => (&[I, L], L),
            Fadd | Fsub | Fmul | Fdiv | Frem => (&[F, F], F),
            Dadd | Dsub | Dmul | Ddiv | Drem => (&[D, D], D),
            Ineg | I2b | I2c | I2s => (&[I], I),
            Lneg => (&[L], L),
            Fneg => (&[F], F),
            Dneg => (&[D], D),
            I2l => (&[I], L),
            I2f => (&[I], F),
            I2d => (&[I], D),
            L2i => (&[L], I),
            L2f => (&[L], F),
            L2d => (&[L], D),
            F2i => (&[F], I),
            F2l => (&[F], L),
            F2d => (&[F], D),
            D2i => (&[D], I),
            D2l => (&[D], L),
            D2f => (&[D], F),
            Lcmp => (&[L, L], I),
            Fcmpl | Fcmpg => (&[F, F], I),
            Dcmpl | Dcmpg => (&[D, D], I),
            _ => return Err(Reason::BadCode.into()),
        };
        for t in pops {
            f.pop(t, self.h)?;
        }
        f.push(push)?;
        Ok(())
    }

    fn ret(&self, op: Opcode, f: &mut Frame) -> R<H::Error> {
        if self.is_init && f.this_uninit {
            return Err(Reason::ConstructorReturn.into());
        }
        if op == Opcode::Return {
            return match self.return_type {
                None => Ok(Flow::Stop),
                Some(_) => Err(Reason::ExpectsReturnValue.into()),
            };
        }
        let top = f.stack.len().checked_sub(1).ok_or(Reason::StackUnderflow)?;
        let index = if f.stack[top].is_second_half() {
            top.saturating_sub(1)
        } else {
            top
        };
        let got = f.stack[index].clone();
        let Some(expected) = self.return_type.clone() else {
            return Err(Reason::BadReturn {
                void: true,
                index,
                got,
                expected: VType::Top,
            }
            .into());
        };
        let matches = match op {
            Opcode::Ireturn => expected == VType::Int,
            Opcode::Lreturn => expected == VType::Long,
            Opcode::Freturn => expected == VType::Float,
            Opcode::Dreturn => expected == VType::Double,
            _ => expected.is_reference(),
        };
        if !matches {
            return Err(Reason::BadReturn {
                void: false,
                index,
                got,
                expected,
            }
            .into());
        }
        f.pop(&expected, self.h)?;
        Ok(Flow::Stop)
    }

    fn class_operand(&self, insn: &Instruction) -> Result<&str, Fail<H::Error>> {
        let Operand::Constant(index) = insn.operand else {
            return Err(Reason::BadCode.into());
        };
        Ok(self
            .pool
            .class_name(index)
            .map_err(|_| Reason::BadConstant(index))?)
    }

    fn field(&self, insn: &Instruction, f: &mut Frame) -> Result<(), Fail<H::Error>> {
        let Operand::Constant(index) = insn.operand else {
            return Err(Reason::BadCode.into());
        };
        let m = self
            .pool
            .member_ref(index)
            .map_err(|_| Reason::BadConstant(index))?;
        let ty = field_type(m.descriptor).ok_or(Reason::BadConstant(index))?;
        let owner = VType::class(m.class);
        match insn.opcode {
            Opcode::Getstatic => f.push(ty)?,
            Opcode::Putstatic => {
                f.pop(&ty, self.h)?;
            }
            Opcode::Getfield => {
                let receiver = f.pop(&owner, self.h)?;
                self.check_protected(insn, m.class, m.name, m.descriptor, true, &receiver)?;
                f.push(ty)?;
            }
            _ => {
                f.pop(&ty, self.h)?;
                // A constructor may set its own class's fields before super() (javac
                // does, for an inner class's outer instance).
                if f.stack.last() == Some(&VType::UninitThis) && m.class == self.class_name {
                    f.pop_any()?;
                } else {
                    let receiver = f.pop(&owner, self.h)?;
                    self.check_protected(insn, m.class, m.name, m.descriptor, true, &receiver)?;
                }
            }
        }
        Ok(())
    }

    fn invoke(&self, insn: &Instruction, f: &mut Frame) -> Result<(), Fail<H::Error>> {
        let op = insn.opcode;
        let (index, class, name, descriptor) = match insn.operand {
            Operand::InvokeDynamic(index) => {
                let (_, name, desc) = self
                    .pool
                    .dynamic(index)
                    .map_err(|_| Reason::BadConstant(index))?;
                (index, None, name, desc)
            }
            Operand::Constant(index) | Operand::InvokeInterface { index, .. } => {
                let m = self
                    .pool
                    .member_ref(index)
                    .map_err(|_| Reason::BadConstant(index))?;
                (index, Some(m.class), m.name, m.descriptor)
            }
            _ => return Err(Reason::BadCode.into()),
        };
        let (params, ret) = method_types(descriptor).ok_or(Reason::BadConstant(index))?;
        if let Operand::InvokeInterface { count, .. } = insn.operand {
            let slots: usize = params.iter().map(|p| 1 + usize::from(p.is_wide())).sum();
            if usize::from(count) != slots + 1 {
                return Err(Reason::BadArgsCount.into());
            }
        }
        let is_init = name == "<init>";
        if name.starts_with('<') && !(is_init && op == Opcode::Invokespecial) {
            return Err(Reason::IllegalInternalCall.into());
        }
        for p in params.iter().rev() {
            f.pop(p, self.h)?;
        }
        if let Some(class) = class.filter(|_| op != Opcode::Invokestatic) {
            if is_init {
                self.invoke_init(class, f)?;
            } else {
                let receiver = match op {
                    Opcode::Invokeinterface => f.pop_initialized()?,
                    Opcode::Invokespecial => f.pop(&VType::class(self.class_name), self.h)?,
                    _ => f.pop(&VType::class(class), self.h)?,
                };
                if op != Opcode::Invokeinterface {
                    self.check_protected(insn, class, name, descriptor, false, &receiver)?;
                }
            }
        }
        if let Some(r) = ret {
            f.push(r)?;
        }
        Ok(())
    }

    /// `invokespecial <init>`: the receiver must be an uninitialized object of the
    /// right class; afterwards every copy of it is initialized.
    fn invoke_init(&self, class: &str, f: &mut Frame) -> Result<(), Fail<H::Error>> {
        let index = f.stack.len().saturating_sub(1);
        let receiver = f.pop_any()?;
        let initialized = match &receiver {
            VType::UninitThis => {
                if class != self.class_name && Some(class) != self.super_name {
                    return Err(Reason::BadInitCall.into());
                }
                VType::class(self.class_name)
            }
            VType::Uninit(pc) => {
                let made = self.new_class_at(*pc).ok_or(Reason::BadInitCall)?;
                if made != class {
                    return Err(Reason::BadInitCall.into());
                }
                VType::class(made)
            }
            _ => {
                return Err(Reason::BadInitReceiver {
                    index,
                    got: receiver,
                }
                .into());
            }
        };
        f.initialize(&receiver, &initialized);
        Ok(())
    }

    /// The class a `new` at `pc` creates.
    fn new_class_at(&self, pc: u32) -> Option<&str> {
        let pc = pc as usize;
        let bytes = self.code.get(pc..pc + 3)?;
        if bytes[0] != Opcode::New as u8 {
            return None;
        }
        self.pool
            .class_name(u16::from_be_bytes([bytes[1], bytes[2]]))
            .ok()
    }

    /// §4.10.1.8: a protected member of a superclass in another package may only be
    /// used through a reference to the current class (or a subclass).
    fn check_protected(
        &self,
        insn: &Instruction,
        class: &str,
        name: &str,
        descriptor: &str,
        is_field: bool,
        receiver: &VType,
    ) -> Result<(), Fail<H::Error>> {
        let VType::Ref(receiver) = receiver else {
            return Ok(());
        };
        if class == self.class_name
            || package(class) == package(self.class_name)
            || !self.is_superclass(class)?
        {
            return Ok(());
        }
        let Some((declaring, flags)) = self
            .h
            .find_member(class, name, descriptor, is_field)
            .map_err(Fail::Load)?
        else {
            return Ok(());
        };
        if flags & crate::access::PROTECTED == 0 || package(&declaring) == package(self.class_name)
        {
            return Ok(());
        }
        // Arrays answer Object's protected clone() themselves.
        if receiver.starts_with('[') && name == "clone" {
            return Ok(());
        }
        if !is_class_assignable(receiver, self.class_name, self.h)? {
            return Err(Reason::BadProtectedAccess(insn.mnemonic()).into());
        }
        Ok(())
    }
}

impl<H: Hierarchy> Context<'_, H> {
    /// Whether `class` is a proper superclass of the current class (whose supertypes
    /// are loaded already, so this loads nothing).
    fn is_superclass(&self, class: &str) -> Result<bool, Fail<H::Error>> {
        let mut current = self.super_name.map(std::sync::Arc::<str>::from);
        let mut depth = 0;
        while let Some(name) = current {
            if *name == *class {
                return Ok(true);
            }
            depth += 1;
            if depth > super::MAX_HIERARCHY_DEPTH {
                break;
            }
            current = self.h.class_info(&name).map_err(Fail::Load)?.super_name;
        }
        Ok(false)
    }
}

fn package(name: &str) -> &str {
    name.rsplit_once('/').map_or("", |(p, _)| p)
}

/// The array types a primitive array instruction accepts, and how HotSpot names
/// them in messages.
struct ArrayKind(&'static str, &'static [&'static str]);

/// The element type an array opcode moves and the arrays it accepts.
fn primitive_element(op: Opcode) -> (VType, ArrayKind) {
    use Opcode::*;
    match op {
        Iaload | Iastore => (VType::Int, ArrayKind("'[I'", &["[I"])),
        Baload | Bastore => (VType::Int, ArrayKind("'[B'", &["[B", "[Z"])),
        Caload | Castore => (VType::Int, ArrayKind("'[C'", &["[C"])),
        Saload | Sastore => (VType::Int, ArrayKind("'[S'", &["[S"])),
        Faload | Fastore => (VType::Float, ArrayKind("'[F'", &["[F"])),
        Laload | Lastore => (VType::Long, ArrayKind("'[J'", &["[J"])),
        _ => (VType::Double, ArrayKind("'[D'", &["[D"])),
    }
}

fn check_array_kind(
    insn: &Instruction,
    array: &VType,
    kind: ArrayKind,
    index: usize,
) -> Result<(), Reason> {
    match array {
        VType::Null => Ok(()),
        VType::Ref(name) if kind.1.contains(&&**name) => Ok(()),
        _ => Err(bad_array(insn, index, array.clone(), kind.0)),
    }
}

fn bad_array(insn: &Instruction, index: usize, got: VType, expected: &'static str) -> Reason {
    Reason::BadArray {
        op: insn.mnemonic(),
        index,
        got,
        expected,
    }
}
