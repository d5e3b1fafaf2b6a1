//! Type inference (§4.10.2) for class files older than version 50, which have no
//! stack maps: a data-flow analysis that merges the type states flowing into each
//! instruction (classes to their first common superclass) until nothing changes.
//!
//! Subroutines (`jsr`/`ret`) are followed by returning to every instruction after a
//! `jsr` with the state at the `ret`; locals a subroutine's callers keep with
//! different types are merged to `top` there, so code that reads such a local after
//! the subroutine returns is rejected (a limitation HotSpot's older verifier avoids
//! by tracking the locals each subroutine touches).

use std::collections::VecDeque;

use super::check::{Failure, MethodCheck};
use super::frame::Frame;
use super::ops::Flow;
use super::types::merge;
use super::{Fail, Hierarchy, Reason};
use crate::bytecode::Opcode;

impl<H: Hierarchy> MethodCheck<'_, H> {
    pub fn infer(&mut self) -> Result<(), Failure<H::Error>> {
        let initial = self.initial.clone().map_err(|r| (r.into(), None))?;
        self.check_decoded()?;
        self.check_catch_types()?;
        let n = self.insns.len();
        let return_points: Vec<usize> = self
            .insns
            .iter()
            .enumerate()
            .filter(|(_, i)| matches!(i.opcode, Opcode::Jsr | Opcode::JsrW))
            .map(|(k, _)| k + 1)
            .collect();
        let mut states: Vec<Option<Frame>> = vec![None; n];
        let mut queued = vec![false; n];
        let mut queue = VecDeque::from([0]);
        states[0] = Some(initial);
        queued[0] = true;
        while let Some(i) = queue.pop_front() {
            queued[i] = false;
            let insn = self.insns[i].clone();
            let at = Some(insn.pc);
            let Some(before) = states[i].clone() else {
                continue;
            };
            self.current = Some((insn.pc, before.clone()));
            let mut state = before.clone();
            let flow = self.ctx.step(&insn, &mut state).map_err(|f| (f, at))?;
            let handlers: Vec<_> = self.handlers_covering(insn.pc).collect();
            for h in handlers {
                for s in [&before, &state] {
                    let incoming = self.handler_state(s, h).map_err(|f| (f, at))?;
                    let target = self.target(i64::from(h.handler_pc), insn.pc)?;
                    self.merge_into(&mut states, target, incoming)
                        .map_err(|f| (f, at))?;
                    if !queued[target] && self.changed {
                        queued[target] = true;
                        queue.push_back(target);
                    }
                }
            }
            let mut next = Vec::new();
            match flow {
                Flow::Next => next.push(i + 1),
                Flow::Branch(targets, falls) => {
                    for t in targets {
                        next.push(self.target(t, insn.pc)?);
                    }
                    if falls {
                        next.push(i + 1);
                    }
                }
                Flow::Stop => {}
                Flow::Ret => next.extend(return_points.iter().copied()),
            }
            for s in next {
                if s >= n {
                    return Err((
                        Reason::FallsOffEnd.into(),
                        Some(self.code.code.len() as u32),
                    ));
                }
                self.merge_into(&mut states, s, state.clone())
                    .map_err(|f| (f, at))?;
                if !queued[s] && self.changed {
                    queued[s] = true;
                    queue.push_back(s);
                }
            }
        }
        Ok(())
    }

    fn target(&self, pc: i64, from: u32) -> Result<usize, Failure<H::Error>> {
        u32::try_from(pc)
            .ok()
            .and_then(|p| self.instruction_at(p))
            .ok_or((Reason::IllegalTarget.into(), Some(from)))
    }

    /// Merges `incoming` into the state at instruction `i`; sets `self.changed`.
    fn merge_into(
        &mut self,
        states: &mut [Option<Frame>],
        i: usize,
        incoming: Frame,
    ) -> Result<(), Fail<H::Error>> {
        let Some(old) = &mut states[i] else {
            states[i] = Some(incoming);
            self.changed = true;
            return Ok(());
        };
        if old.stack.len() != incoming.stack.len() {
            return Err(Reason::InconsistentHeight(self.insns[i].pc).into());
        }
        let mut changed = false;
        let pairs = old
            .locals
            .iter_mut()
            .zip(&incoming.locals)
            .chain(old.stack.iter_mut().zip(&incoming.stack));
        for (a, b) in pairs {
            let m = merge(a, b, self.ctx.h)?;
            if m != *a {
                *a = m;
                changed = true;
            }
        }
        if incoming.this_uninit && !old.this_uninit {
            old.this_uninit = true;
            changed = true;
        }
        self.changed = changed;
        Ok(())
    }
}
