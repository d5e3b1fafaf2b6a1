//! The type state of a method at one instruction (§4.10.1.3): local-variable types,
//! operand-stack types and the flag saying `this` is not initialized yet; the
//! checked pushes, pops and stores the instructions are made of; and the frames of
//! the StackMapTable attribute expanded to that form.

use super::types::{VType, is_assignable};
use super::{Fail, Hierarchy, Reason};
use crate::constant_pool::ConstantPool;
use crate::stack_map::{FrameKind, StackMapFrame, VerificationType};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    pub locals: Vec<VType>,
    pub stack: Vec<VType>,
    /// flagThisUninit: set in a constructor until `super()`/`this()` is called.
    pub this_uninit: bool,
    pub max_stack: usize,
}

impl Frame {
    pub fn push(&mut self, t: VType) -> Result<(), Reason> {
        let second = t.second_half();
        let needed = if second.is_some() { 2 } else { 1 };
        if self.stack.len() + needed > self.max_stack {
            return Err(Reason::StackOverflow);
        }
        self.stack.push(t);
        if let Some(s) = second {
            self.stack.push(s);
        }
        Ok(())
    }

    /// Pops a value (both slots of a wide one) of any type.
    pub fn pop_any(&mut self) -> Result<VType, Reason> {
        let top = self.stack.pop().ok_or(Reason::StackUnderflow)?;
        if top.is_second_half() {
            return self.stack.pop().ok_or(Reason::StackUnderflow);
        }
        Ok(top)
    }

    /// Pops a value that must be assignable to `expected`.
    pub fn pop<H: Hierarchy>(&mut self, expected: &VType, h: &H) -> Result<VType, Fail<H::Error>> {
        let index = self
            .stack
            .len()
            .saturating_sub(if expected.is_wide() { 2 } else { 1 });
        let got = self.pop_any()?;
        if !is_assignable(&got, expected, h)? || (expected.is_wide() != got.is_wide()) {
            return Err(Reason::BadStackType {
                index,
                got,
                expected: expected.clone(),
            }
            .into());
        }
        Ok(got)
    }

    /// Pops any reference (class, array, null or uninitialized).
    pub fn pop_reference(&mut self) -> Result<VType, Reason> {
        let index = self.stack.len().saturating_sub(1);
        let got = self.pop_any()?;
        if !got.is_reference() {
            return Err(Reason::NotReference { index, got });
        }
        Ok(got)
    }

    /// Pops an initialized reference.
    pub fn pop_initialized(&mut self) -> Result<VType, Reason> {
        let index = self.stack.len().saturating_sub(1);
        let got = self.pop_reference()?;
        if got.is_uninitialized() {
            return Err(Reason::NotReference { index, got });
        }
        Ok(got)
    }

    /// Pops a reference that must be an array or null; its type.
    pub fn pop_array(&mut self) -> Result<(usize, VType), Reason> {
        let index = self.stack.len().saturating_sub(1);
        let got = self.pop_initialized()?;
        Ok((index, got))
    }

    pub fn local(&self, index: usize) -> Result<&VType, Reason> {
        self.locals.get(index).ok_or(Reason::BadLocalIndex(index))
    }

    /// Reads local `index`, which must hold a value assignable to `expected`.
    pub fn load<H: Hierarchy>(
        &self,
        index: usize,
        expected: &VType,
        h: &H,
    ) -> Result<VType, Fail<H::Error>> {
        let got = self.local(index)?.clone();
        let ok = if expected.is_wide() {
            got == *expected && self.locals.get(index + 1) == expected.second_half().as_ref()
        } else {
            is_assignable(&got, expected, h)?
        };
        if !ok {
            return Err(Reason::BadLocalType {
                index,
                got,
                expected: expected.clone(),
            }
            .into());
        }
        Ok(got)
    }

    /// Writes `t` to local `index` (and `index + 1` for a wide type), breaking any
    /// wide value the write overlaps.
    pub fn store(&mut self, index: usize, t: VType) -> Result<(), Reason> {
        let second = t.second_half();
        let last = index + usize::from(second.is_some());
        if last >= self.locals.len() {
            return Err(Reason::BadLocalIndex(index));
        }
        if index > 0 && self.locals[index - 1].is_wide() {
            self.locals[index - 1] = VType::Top;
        }
        if self.locals.get(last + 1).is_some_and(VType::is_second_half) {
            self.locals[last + 1] = VType::Top;
        }
        self.locals[index] = t;
        if let Some(s) = second {
            self.locals[index + 1] = s;
        }
        Ok(())
    }

    /// Replaces the top slots, split into `groups` (sizes from the top down), by
    /// `order` (indexes into those slots, 0 the deepest). A group may not cut a
    /// `long` or `double` in two (the category rules of `dup_x2`, `pop2`...).
    pub fn shuffle(&mut self, groups: &[usize], order: &[usize]) -> Result<(), Reason> {
        let n: usize = groups.iter().sum();
        if self.stack.len() < n {
            return Err(Reason::StackUnderflow);
        }
        let base = self.stack.len() - n;
        let mut top = self.stack.len();
        for &g in groups {
            let (low, high) = (&self.stack[top - g], &self.stack[top - 1]);
            if low.is_second_half() {
                return Err(Reason::SplitWide {
                    index: top - g,
                    got: low.clone(),
                });
            }
            if high.is_wide() {
                return Err(Reason::SplitWide {
                    index: top - 1,
                    got: high.clone(),
                });
            }
            top -= g;
        }
        let slots = self.stack.split_off(base);
        if base + order.len() > self.max_stack {
            return Err(Reason::StackOverflow);
        }
        self.stack.extend(order.iter().map(|&i| slots[i].clone()));
        Ok(())
    }

    /// Replaces every occurrence of an uninitialized type by the initialized one
    /// after its constructor was called.
    pub fn initialize(&mut self, uninit: &VType, init: &VType) {
        for slot in self.locals.iter_mut().chain(self.stack.iter_mut()) {
            if slot == uninit {
                *slot = init.clone();
            }
        }
        if *uninit == VType::UninitThis {
            self.this_uninit = false;
        }
    }

    /// frameIsAssignable (§4.10.1.4): this state may flow into the frame `to`.
    pub fn check_assignable<H: Hierarchy>(&self, to: &Frame, h: &H) -> Result<(), Fail<H::Error>> {
        if self.stack.len() != to.stack.len() {
            return Err(Reason::StackSizeMismatch.into());
        }
        for (i, (a, b)) in self.locals.iter().zip(&to.locals).enumerate() {
            if !is_assignable(a, b, h)? {
                return Err(Reason::FrameLocalMismatch {
                    index: i,
                    got: a.clone(),
                    expected: b.clone(),
                }
                .into());
            }
        }
        for (i, (a, b)) in self.stack.iter().zip(&to.stack).enumerate() {
            if !is_assignable(a, b, h)? {
                return Err(Reason::FrameStackMismatch {
                    index: i,
                    got: a.clone(),
                    expected: b.clone(),
                }
                .into());
            }
        }
        if self.this_uninit && !to.this_uninit {
            return Err(Reason::FlagsMismatch.into());
        }
        Ok(())
    }

    /// HotSpot's dump of a frame in verification errors.
    pub fn describe(&self, pc: u32) -> String {
        let list = |types: &[VType]| {
            let end = types
                .iter()
                .rposition(|t| *t != VType::Top)
                .map_or(0, |i| i + 1);
            let items: Vec<String> = types[..end].iter().map(ToString::to_string).collect();
            if items.is_empty() {
                "{ }".to_string()
            } else {
                format!("{{ {} }}", items.join(", "))
            }
        };
        format!(
            "    bci: @{pc}\n    flags: {{ {}}}\n    locals: {}\n    stack: {}\n",
            if self.this_uninit {
                "flagThisUninit "
            } else {
                ""
            },
            list(&self.locals),
            list(&self.stack)
        )
    }
}

/// The StackMapTable of a method as full frames, each at its pc (§4.7.4: offsets
/// are deltas from the previous frame plus one).
pub fn expand_stack_map(
    frames: &[StackMapFrame],
    initial: &Frame,
    pool: &ConstantPool,
) -> Result<Vec<(u32, Frame)>, Reason> {
    let mut out: Vec<(u32, Frame)> = Vec::with_capacity(frames.len());
    let max_locals = initial.locals.len();
    // The locals of the previous frame, as declared (wide types count once).
    let mut declared: Vec<VType> = compress(&initial.locals);
    let mut pc: i64 = -1;
    for f in frames {
        pc += i64::from(f.offset_delta) + 1;
        let stack_decl: Vec<VType> = f
            .stack
            .iter()
            .map(|t| convert(t, pool))
            .collect::<Result<_, _>>()?;
        match f.kind() {
            FrameKind::Same | FrameKind::SameExtended => {}
            FrameKind::SameLocals1StackItem | FrameKind::SameLocals1StackItemExtended => {}
            FrameKind::Chop(k) => {
                let k = usize::from(k);
                if k > declared.len() {
                    return Err(Reason::BadStackMap(pc as u32));
                }
                declared.truncate(declared.len() - k);
            }
            FrameKind::Append => {
                for t in &f.locals {
                    declared.push(convert(t, pool)?);
                }
            }
            FrameKind::Full => {
                declared = f
                    .locals
                    .iter()
                    .map(|t| convert(t, pool))
                    .collect::<Result<_, _>>()?;
            }
        }
        let locals = expand(&declared, max_locals).ok_or(Reason::BadStackMap(pc as u32))?;
        let stack = expand(&stack_decl, usize::MAX).ok_or(Reason::BadStackMap(pc as u32))?;
        if stack.len() > initial.max_stack {
            return Err(Reason::BadStackMap(pc as u32));
        }
        let this_uninit = locals.contains(&VType::UninitThis);
        out.push((
            pc as u32,
            Frame {
                locals,
                stack,
                this_uninit,
                max_stack: initial.max_stack,
            },
        ));
    }
    Ok(out)
}

/// Declared types with the wide ones followed by their second halves, padded with
/// `Top` to `len` (None if they do not fit).
fn expand(declared: &[VType], len: usize) -> Option<Vec<VType>> {
    let mut out = Vec::with_capacity(declared.len() * 2);
    for t in declared {
        out.push(t.clone());
        if let Some(s) = t.second_half() {
            out.push(s);
        }
    }
    if len != usize::MAX {
        if out.len() > len {
            return None;
        }
        out.resize(len, VType::Top);
    }
    Some(out)
}

/// The initial locals in declared form (drop second halves and trailing tops).
fn compress(locals: &[VType]) -> Vec<VType> {
    let mut out: Vec<VType> = locals
        .iter()
        .filter(|t| !t.is_second_half())
        .cloned()
        .collect();
    while out.last() == Some(&VType::Top) {
        out.pop();
    }
    out
}

fn convert(t: &VerificationType, pool: &ConstantPool) -> Result<VType, Reason> {
    Ok(match *t {
        VerificationType::Top => VType::Top,
        VerificationType::Integer => VType::Int,
        VerificationType::Float => VType::Float,
        VerificationType::Long => VType::Long,
        VerificationType::Double => VType::Double,
        VerificationType::Null => VType::Null,
        VerificationType::UninitializedThis => VType::UninitThis,
        VerificationType::Uninitialized(pc) => VType::Uninit(u32::from(pc)),
        VerificationType::Object(index) => VType::class(
            pool.class_name(index)
                .map_err(|_| Reason::BadConstant(index))?,
        ),
    })
}
