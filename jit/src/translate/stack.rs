//! Operand-stack shuffles: `pop`, `dup` and its forms, `swap`. They work on JVM
//! slots, so a long or double counts as two.

use rjava_classfile::bytecode::Opcode;

use super::{Entry, Result, Translator, unsupported};

impl Translator<'_, '_> {
    /// Pops entries covering `slots` JVM slots (whole entries only).
    fn pop_slots(&mut self, slots: usize) -> Result<Vec<Entry>> {
        let mut taken = Vec::new();
        let mut n = 0;
        while n < slots {
            let e = self.pop()?;
            n += e.ty.slots();
            taken.push(e);
        }
        if n != slots {
            return Err(unsupported("stack shuffle splits a long or double"));
        }
        taken.reverse();
        Ok(taken)
    }

    fn push_all(&mut self, entries: &[Entry]) {
        for e in entries {
            self.stack.push(*e);
        }
    }

    pub(super) fn shuffle(&mut self, op: Opcode) -> Result<()> {
        use Opcode::*;
        match op {
            Pop => {
                self.pop_slots(1)?;
            }
            Pop2 => {
                self.pop_slots(2)?;
            }
            Dup => {
                let a = self.pop_slots(1)?;
                self.push_all(&a);
                self.push_all(&a);
            }
            DupX1 => {
                let a = self.pop_slots(1)?;
                let b = self.pop_slots(1)?;
                self.push_all(&a);
                self.push_all(&b);
                self.push_all(&a);
            }
            DupX2 => {
                let a = self.pop_slots(1)?;
                let b = self.pop_slots(2)?;
                self.push_all(&a);
                self.push_all(&b);
                self.push_all(&a);
            }
            Dup2 => {
                let a = self.pop_slots(2)?;
                self.push_all(&a);
                self.push_all(&a);
            }
            Dup2X1 => {
                let a = self.pop_slots(2)?;
                let b = self.pop_slots(1)?;
                self.push_all(&a);
                self.push_all(&b);
                self.push_all(&a);
            }
            Dup2X2 => {
                let a = self.pop_slots(2)?;
                let b = self.pop_slots(2)?;
                self.push_all(&a);
                self.push_all(&b);
                self.push_all(&a);
            }
            _ => {
                let a = self.pop_slots(1)?;
                let b = self.pop_slots(1)?;
                self.push_all(&a);
                self.push_all(&b);
            }
        }
        Ok(())
    }
}
