//! One method's verification: the initial type state from its descriptor, and type
//! checking against the StackMapTable (§4.10.1) in a single pass over the code.

use super::frame::{Frame, expand_stack_map};
use super::ops::{Context, Flow};
use super::types::{VType, is_class_assignable, method_types};
use super::{ClassView, Fail, Hierarchy, MethodView, Reason, VerifyError};
use crate::attributes::{Code, ExceptionHandler};
use crate::bytecode::{Instruction, Opcode};
use crate::stack_map::{FrameKind, StackMapFrame, VerificationType};

/// A failure and the bci it happened at (None for the method as a whole).
pub type Failure<E> = (Fail<E>, Option<u32>);

pub struct MethodCheck<'a, H> {
    pub ctx: Context<'a, H>,
    pub class: ClassView<'a>,
    pub method: MethodView<'a>,
    pub code: &'a Code,
    pub insns: Vec<Instruction>,
    /// Instruction index of each pc (usize::MAX inside an instruction).
    pub index_of: Vec<usize>,
    pub initial: Result<Frame, Reason>,
    /// The state before the instruction being checked, and its pc (for the error
    /// message).
    pub current: Option<(u32, Frame)>,
    /// Whether the last merge changed the target's state (type inference).
    pub changed: bool,
}

impl<'a, H: Hierarchy> MethodCheck<'a, H> {
    pub fn new(class: &ClassView<'a>, method: &MethodView<'a>, h: &'a H) -> Self {
        let (class, method, code) = (*class, *method, method.code);
        let insns: Vec<Instruction> = code.instructions().map_while(Result::ok).collect();
        let mut index_of = vec![usize::MAX; code.code.len() + 1];
        for (i, insn) in insns.iter().enumerate() {
            index_of[insn.pc as usize] = i;
        }
        let types = method_types(method.descriptor);
        let is_init = method.name == "<init>";
        let ctx = Context {
            pool: class.constant_pool,
            class_name: class.name,
            super_name: class.super_name,
            code: &code.code,
            return_type: types.as_ref().and_then(|(_, r)| r.clone()),
            is_init,
            h,
        };
        let initial = types
            .ok_or(Reason::BadCode)
            .and_then(|(params, _)| initial_frame(&class, &method, &params));
        MethodCheck {
            ctx,
            class,
            method,
            code,
            insns,
            index_of,
            initial,
            current: None,
            changed: false,
        }
    }

    /// Type checking with the method's stack map frames.
    pub fn check(&mut self) -> Result<(), Failure<H::Error>> {
        let initial = self.initial.clone().map_err(|r| (r.into(), None))?;
        self.check_decoded()?;
        self.check_catch_types()?;
        if let Some(insn) = self.insns.iter().find(|i| is_subroutine_op(i.opcode)) {
            return Err((Reason::UnsupportedJsr.into(), Some(insn.pc)));
        }
        let stack_map = self.code.stack_map().unwrap_or(&[]);
        let frames =
            expand_stack_map(stack_map, &initial, self.ctx.pool).map_err(|r| (r.into(), None))?;
        let mut frame_at: Vec<Option<usize>> = vec![None; self.insns.len()];
        for (k, (pc, _)) in frames.iter().enumerate() {
            let i = self
                .instruction_at(*pc)
                .ok_or((Reason::BadStackMap(*pc).into(), None))?;
            frame_at[i] = Some(k);
        }
        let target_frame = |pc: i64| -> Option<&Frame> {
            let i = usize::try_from(pc)
                .ok()
                .and_then(|p| self.index_of.get(p).copied())?;
            frame_at.get(i).copied().flatten().map(|k| &frames[k].1)
        };
        let mut state = initial;
        let mut dead = false;
        for (i, insn) in self.insns.iter().enumerate() {
            let at = Some(insn.pc);
            if let Some(k) = frame_at[i] {
                if !dead {
                    self.current = Some((insn.pc, state.clone()));
                    state
                        .check_assignable(&frames[k].1, self.ctx.h)
                        .map_err(|f| (wrap(f, |r| Reason::AtFrame(Box::new(r))), at))?;
                }
                state = frames[k].1.clone();
            } else if dead {
                return Err((Reason::MissingFrame.into(), at));
            }
            self.current = Some((insn.pc, state.clone()));
            let handlers: Vec<&ExceptionHandler> = self.handlers_covering(insn.pc).collect();
            for h in &handlers {
                self.check_handler(&state, h, &target_frame)
                    .map_err(|f| (f, at))?;
            }
            let flow = self.ctx.step(insn, &mut state).map_err(|f| (f, at))?;
            if state.locals != self.current.as_ref().map_or(&[][..], |c| &c.1.locals[..]) {
                for h in &handlers {
                    self.check_handler(&state, h, &target_frame)
                        .map_err(|f| (f, at))?;
                }
            }
            dead = match flow {
                Flow::Next => false,
                Flow::Branch(targets, falls) => {
                    for t in targets {
                        let frame =
                            target_frame(t).ok_or((Reason::MissingFrameAtTarget(t).into(), at))?;
                        state.check_assignable(frame, self.ctx.h).map_err(|f| {
                            (
                                wrap(f, |r| Reason::AtBranchTarget(t as u32, Box::new(r))),
                                at,
                            )
                        })?;
                    }
                    !falls
                }
                Flow::Stop | Flow::Ret => true,
            };
        }
        if !dead {
            return Err((
                Reason::FallsOffEnd.into(),
                Some(self.code.code.len() as u32),
            ));
        }
        Ok(())
    }

    /// The state an exception handler starts with must fit its frame.
    fn check_handler<'f>(
        &self,
        state: &Frame,
        h: &ExceptionHandler,
        target_frame: &impl Fn(i64) -> Option<&'f Frame>,
    ) -> Result<(), Fail<H::Error>> {
        let pc = u32::from(h.handler_pc);
        let incoming = self.handler_state(state, h)?;
        let frame =
            target_frame(i64::from(h.handler_pc)).ok_or(Reason::MissingFrameAtTarget(pc.into()))?;
        incoming
            .check_assignable(frame, self.ctx.h)
            .map_err(|f| wrap(f, |r| Reason::AtHandler(pc, Box::new(r))))
    }

    /// The locals of `state` with the caught exception alone on the stack.
    pub fn handler_state(
        &self,
        state: &Frame,
        h: &ExceptionHandler,
    ) -> Result<Frame, Fail<H::Error>> {
        let caught = if h.catch_type == 0 {
            VType::class("java/lang/Throwable")
        } else {
            let name = self
                .ctx
                .pool
                .class_name(h.catch_type)
                .map_err(|_| Reason::BadConstant(h.catch_type))?;
            VType::class(name)
        };
        let mut incoming = Frame {
            locals: state.locals.clone(),
            stack: Vec::new(),
            this_uninit: state.this_uninit,
            max_stack: state.max_stack,
        };
        incoming.push(caught)?;
        Ok(incoming)
    }

    pub fn handlers_covering(
        &self,
        pc: u32,
    ) -> impl Iterator<Item = &'a ExceptionHandler> + use<'a, H> {
        self.code
            .exception_table
            .iter()
            .filter(move |h| (u32::from(h.start_pc)..u32::from(h.end_pc)).contains(&pc))
    }

    pub fn instruction_at(&self, pc: u32) -> Option<usize> {
        self.index_of
            .get(pc as usize)
            .copied()
            .filter(|&i| i != usize::MAX)
    }

    /// Every byte of the code decoded into instructions (the parser checked this for
    /// files it read; a hand-built `Code` may not have been).
    pub fn check_decoded(&self) -> Result<(), Failure<H::Error>> {
        let decoded: usize = self.insns.iter().map(|i| i.len as usize).sum();
        if decoded != self.code.code.len() || self.insns.is_empty() {
            return Err((Reason::BadCode.into(), Some(decoded as u32)));
        }
        Ok(())
    }

    pub fn check_catch_types(&self) -> Result<(), Failure<H::Error>> {
        for h in &self.code.exception_table {
            if h.catch_type == 0 {
                continue;
            }
            let at = Some(u32::from(h.handler_pc));
            let name = self
                .ctx
                .pool
                .class_name(h.catch_type)
                .map_err(|_| (Reason::BadConstant(h.catch_type).into(), at))?;
            if !is_class_assignable(name, "java/lang/Throwable", self.ctx.h).map_err(|f| (f, at))? {
                let reason = Reason::BadCatchType {
                    handler: u32::from(h.handler_pc),
                    class: name.to_string(),
                    index: h.catch_type,
                };
                return Err((reason.into(), at));
            }
        }
        Ok(())
    }

    /// The `VerifyError` for `reason` at `bci`.
    pub fn error(&self, reason: Reason, bci: Option<u32>) -> VerifyError {
        // A mismatch with a branch target's frame is reported at the target.
        let target = reason.frame_target();
        let location = target.or(bci);
        let mnemonic = location
            .and_then(|pc| self.instruction_at(pc))
            .map_or("<invalid>", |i| self.insns[i].mnemonic());
        let stack_map_frame = target
            .and_then(|pc| self.stack_map_frame(pc))
            .map(|f| (target.unwrap_or(0), f));
        VerifyError {
            reason,
            class: self.class.name.to_string(),
            method: self.method.name.to_string(),
            descriptor: self.method.descriptor.to_string(),
            major_version: self.class.major_version,
            bci: location,
            mnemonic,
            frame: self.current.clone().filter(|_| bci.is_some()),
            stack_map_frame,
            code: self.code.code.to_vec(),
            handlers: self.code.exception_table.clone(),
            stack_map: self
                .code
                .stack_map()
                .map(describe_stack_map)
                .unwrap_or_default(),
        }
    }

    /// The expanded stack map frame at `pc`, if there is one.
    fn stack_map_frame(&self, pc: u32) -> Option<Frame> {
        let initial = self.initial.as_ref().ok()?;
        let frames = expand_stack_map(self.code.stack_map()?, initial, self.ctx.pool).ok()?;
        frames.into_iter().find(|(p, _)| *p == pc).map(|(_, f)| f)
    }
}

/// HotSpot's listing of a StackMapTable: one line per frame, with its absolute bci.
fn describe_stack_map(frames: &[StackMapFrame]) -> Vec<String> {
    let list = |types: &[VerificationType]| {
        types
            .iter()
            .map(describe_type)
            .collect::<Vec<_>>()
            .join(",")
    };
    let mut pc: i64 = -1;
    frames
        .iter()
        .map(|f| {
            pc += i64::from(f.offset_delta) + 1;
            match f.kind() {
                FrameKind::Same => format!("same_frame(@{pc})"),
                FrameKind::SameExtended => format!("same_frame_extended(@{pc})"),
                FrameKind::SameLocals1StackItem => {
                    format!("same_locals_1_stack_item_frame(@{pc},{})", list(&f.stack))
                }
                FrameKind::SameLocals1StackItemExtended => {
                    format!(
                        "same_locals_1_stack_item_extended(@{pc},{})",
                        list(&f.stack)
                    )
                }
                FrameKind::Chop(k) => format!("chop_frame(@{pc},{k})"),
                FrameKind::Append => format!("append_frame(@{pc},{})", list(&f.locals)),
                FrameKind::Full => format!(
                    "full_frame(@{pc},{{{}}},{{{}}})",
                    list(&f.locals),
                    list(&f.stack)
                ),
            }
        })
        .collect()
}

fn describe_type(t: &VerificationType) -> String {
    match t {
        VerificationType::Top => "Top".into(),
        VerificationType::Integer => "Integer".into(),
        VerificationType::Float => "Float".into(),
        VerificationType::Long => "Long".into(),
        VerificationType::Double => "Double".into(),
        VerificationType::Null => "Null".into(),
        VerificationType::UninitializedThis => "UninitializedThis".into(),
        VerificationType::Object(index) => format!("Object[#{index}]"),
        VerificationType::Uninitialized(pc) => format!("Uninitialized[#{pc}]"),
    }
}

pub fn is_subroutine_op(op: Opcode) -> bool {
    matches!(op, Opcode::Jsr | Opcode::JsrW | Opcode::Ret)
}

/// Wraps a rejection's reason (load failures pass through).
fn wrap<E>(f: Fail<E>, with: impl FnOnce(Reason) -> Reason) -> Fail<E> {
    match f {
        Fail::Reject(r) => Fail::Reject(with(r)),
        load => load,
    }
}

/// Locals on entry: `this` (uninitialized in a constructor other than Object's),
/// then the parameters.
fn initial_frame(
    class: &ClassView,
    method: &MethodView,
    params: &[VType],
) -> Result<Frame, Reason> {
    let code = method.code;
    let mut frame = Frame {
        locals: vec![VType::Top; usize::from(code.max_locals)],
        stack: Vec::new(),
        this_uninit: false,
        max_stack: usize::from(code.max_stack),
    };
    let mut next = 0;
    if !method.is_static() {
        let this = if method.name == "<init>" && class.name != "java/lang/Object" {
            frame.this_uninit = true;
            VType::UninitThis
        } else {
            VType::class(class.name)
        };
        frame.store(0, this).map_err(|_| Reason::ArgumentsDontFit)?;
        next = 1;
    }
    for p in params {
        let wide = p.is_wide();
        frame
            .store(next, p.clone())
            .map_err(|_| Reason::ArgumentsDontFit)?;
        next += 1 + usize::from(wide);
    }
    Ok(frame)
}
