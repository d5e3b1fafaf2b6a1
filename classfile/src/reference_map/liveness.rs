//! Which locals may still be read at each instruction (backward liveness).
//!
//! A local that holds a reference but is never read again is not a root: the
//! collector may free what it points to, and compiled code need not keep it in a
//! register to spill it at every safepoint. Reads are loads, `iinc` and `ret`;
//! writes are stores. An instruction covered by an exception handler may jump
//! there before it writes anything, so the handler's live locals are live at it.

use crate::ExceptionHandler;
use crate::bytecode::{Instruction, Opcode, Operand};

/// Live locals before each instruction: `words` words per instruction, bit i =
/// local i.
pub(super) struct Liveness {
    pub words: usize,
    pub bits: Vec<u64>,
}

impl Liveness {
    pub fn live(&self, insn: usize, local: usize) -> bool {
        self.bits[insn * self.words + local / 64] >> (local % 64) & 1 != 0
    }
}

/// A run of locals: the first and how many (2 for a long or double).
type Span = Option<(u16, u16)>;

/// The locals an instruction reads and the ones it writes.
fn effect(insn: &Instruction) -> (Span, Span) {
    let b = insn.opcode as u8;
    let local = match insn.operand {
        Operand::Local(l) => Some(l),
        Operand::Iinc { index, .. } => Some(index),
        Operand::None if (0x1a..=0x2d).contains(&b) => Some(u16::from((b - 0x1a) % 4)),
        Operand::None if (0x3b..=0x4e).contains(&b) => Some(u16::from((b - 0x3b) % 4)),
        _ => None,
    };
    let Some(l) = local else {
        return (None, None);
    };
    // long and double loads and stores: the explicit forms, then the short ones.
    let wide = matches!(b, 0x16 | 0x18 | 0x37 | 0x39)
        || (0x1e..=0x21).contains(&b)
        || (0x26..=0x29).contains(&b)
        || (0x3f..=0x42).contains(&b)
        || (0x47..=0x4a).contains(&b);
    let span = (l, if wide { 2 } else { 1 });
    match insn.opcode {
        Opcode::Iinc | Opcode::Ret => (Some(span), None),
        _ if (0x15..=0x2d).contains(&b) => (Some(span), None),
        _ if (0x36..=0x4e).contains(&b) => (None, Some(span)),
        _ => (None, None),
    }
}

/// Computes liveness for code without subroutines (`jsr`/`ret` are not followed).
/// `index_of` maps a pc to its instruction's index.
pub(super) fn compute(
    insns: &[Instruction],
    index_of: &[usize],
    handlers: &[ExceptionHandler],
    max_locals: usize,
) -> Liveness {
    let n = insns.len();
    let words = max_locals.div_ceil(64).max(1);
    let mut bits = vec![0u64; n * words];
    let target = |pc: i64| {
        usize::try_from(pc)
            .ok()
            .and_then(|p| index_of.get(p).copied())
            .filter(|&i| i < n)
    };
    let successors: Vec<Vec<usize>> = insns
        .iter()
        .enumerate()
        .map(|(i, insn)| {
            let mut s: Vec<usize> = insn
                .branch_targets()
                .into_iter()
                .filter_map(target)
                .collect();
            let jumps_only = matches!(insn.opcode, Opcode::Jsr | Opcode::JsrW);
            if !insn.opcode.ends_block() && !jumps_only && i + 1 < n {
                s.push(i + 1);
            }
            s
        })
        .collect();
    // Where an instruction may throw to: before its own writes happen.
    let catchers: Vec<Vec<usize>> = insns
        .iter()
        .map(|insn| {
            handlers
                .iter()
                .filter(|h| (h.start_pc as u32..h.end_pc as u32).contains(&insn.pc))
                .filter_map(|h| target(i64::from(h.handler_pc)))
                .collect()
        })
        .collect();
    let effects: Vec<_> = insns.iter().map(effect).collect();
    let mut row = vec![0u64; words];
    let mut changed = true;
    while changed {
        changed = false;
        for i in (0..n).rev() {
            row.iter_mut().for_each(|w| *w = 0);
            for &s in &successors[i] {
                for (w, x) in row.iter_mut().zip(&bits[s * words..(s + 1) * words]) {
                    *w |= x;
                }
            }
            let (reads, writes) = effects[i];
            for (l, count) in writes.into_iter() {
                for k in l as usize..(l as usize + count as usize).min(max_locals) {
                    row[k / 64] &= !(1 << (k % 64));
                }
            }
            for (l, count) in reads.into_iter() {
                for k in l as usize..(l as usize + count as usize).min(max_locals) {
                    row[k / 64] |= 1 << (k % 64);
                }
            }
            for &h in &catchers[i] {
                for (w, x) in row.iter_mut().zip(&bits[h * words..(h + 1) * words]) {
                    *w |= x;
                }
            }
            let mine = &mut bits[i * words..(i + 1) * words];
            if mine != row.as_slice() {
                mine.copy_from_slice(&row);
                changed = true;
            }
        }
    }
    Liveness { words, bits }
}
