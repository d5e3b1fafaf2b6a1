//! The StackMapTable attribute (JVM spec §4.7.4): frames as the verifier reads them.
//!
//! Frames keep their `frame_type` byte so a disassembler can print the compressed form;
//! `kind()` says what the byte means.

use crate::error::{FormatErrorKind, Result};
use crate::reader::Reader;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerificationType {
    Top,
    Integer,
    Float,
    Double,
    Long,
    Null,
    UninitializedThis,
    /// A class, by constant-pool index.
    Object(u16),
    /// An object created by the `new` at this bci and not yet initialized.
    Uninitialized(u16),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StackMapFrame {
    pub frame_type: u8,
    pub offset_delta: u16,
    /// For `Append`, the added locals; for `Full`, all of them; empty otherwise.
    pub locals: Vec<VerificationType>,
    /// The operand stack (one item for the `SameLocals1StackItem` kinds).
    pub stack: Vec<VerificationType>,
}

/// What a frame's `frame_type` byte says about the locals and stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameKind {
    Same,
    SameLocals1StackItem,
    SameLocals1StackItemExtended,
    /// The last `k` locals are removed.
    Chop(u8),
    SameExtended,
    Append,
    Full,
}

impl StackMapFrame {
    pub fn kind(&self) -> FrameKind {
        match self.frame_type {
            0..=63 => FrameKind::Same,
            64..=127 => FrameKind::SameLocals1StackItem,
            247 => FrameKind::SameLocals1StackItemExtended,
            248..=250 => FrameKind::Chop(251 - self.frame_type),
            251 => FrameKind::SameExtended,
            252..=254 => FrameKind::Append,
            _ => FrameKind::Full,
        }
    }
}

pub(crate) fn parse(r: &mut Reader) -> Result<Vec<StackMapFrame>> {
    r.list(parse_frame)
}

fn parse_frame(r: &mut Reader) -> Result<StackMapFrame> {
    let type_offset = r.offset();
    let frame_type = r.u8()?;
    let mut frame = StackMapFrame {
        frame_type,
        offset_delta: 0,
        locals: Vec::new(),
        stack: Vec::new(),
    };
    match frame_type {
        0..=63 => frame.offset_delta = frame_type as u16,
        64..=127 => {
            frame.offset_delta = frame_type as u16 - 64;
            frame.stack.push(parse_type(r)?);
        }
        247 => {
            frame.offset_delta = r.u16()?;
            frame.stack.push(parse_type(r)?);
        }
        248..=251 => frame.offset_delta = r.u16()?,
        252..=254 => {
            frame.offset_delta = r.u16()?;
            for _ in 0..frame_type - 251 {
                frame.locals.push(parse_type(r)?);
            }
        }
        255 => {
            frame.offset_delta = r.u16()?;
            frame.locals = r.list(parse_type)?;
            frame.stack = r.list(parse_type)?;
        }
        _ => return Err(r.error_at(FormatErrorKind::BadFrameType(frame_type), type_offset)),
    }
    Ok(frame)
}

fn parse_type(r: &mut Reader) -> Result<VerificationType> {
    let offset = r.offset();
    Ok(match r.u8()? {
        0 => VerificationType::Top,
        1 => VerificationType::Integer,
        2 => VerificationType::Float,
        3 => VerificationType::Double,
        4 => VerificationType::Long,
        5 => VerificationType::Null,
        6 => VerificationType::UninitializedThis,
        7 => VerificationType::Object(r.u16()?),
        8 => VerificationType::Uninitialized(r.u16()?),
        tag => return Err(r.error_at(FormatErrorKind::BadVerificationType(tag), offset)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_frame_kind() {
        let bytes = [
            0, 6, // six frames
            5, // same, delta 5
            65, 1, // same_locals_1_stack_item, delta 1, int
            247, 0, 9, 7, 0, 3, // extended, delta 9, Object #3
            249, 0, 2, // chop 2
            253, 0, 4, 4, 8, 0, 12, // append long, uninitialized(12)
            255, 0, 1, 0, 1, 6, 0, 1, 5, // full: locals [uninit this], stack [null]
        ];
        let frames = parse(&mut Reader::new(&bytes)).unwrap();
        let kinds: Vec<_> = frames.iter().map(StackMapFrame::kind).collect();
        assert_eq!(
            kinds,
            [
                FrameKind::Same,
                FrameKind::SameLocals1StackItem,
                FrameKind::SameLocals1StackItemExtended,
                FrameKind::Chop(2),
                FrameKind::Append,
                FrameKind::Full
            ]
        );
        assert_eq!(frames[2].stack, [VerificationType::Object(3)]);
        assert_eq!(
            frames[4].locals,
            [VerificationType::Long, VerificationType::Uninitialized(12)]
        );
        assert_eq!(frames[5].stack, [VerificationType::Null]);
    }

    #[test]
    fn reserved_frame_types_are_rejected() {
        let err = parse(&mut Reader::new(&[0, 1, 200])).unwrap_err();
        assert_eq!(err.kind, FormatErrorKind::BadFrameType(200));
        assert_eq!(err.offset, 2);
        let err = parse(&mut Reader::new(&[0, 1, 64, 9])).unwrap_err();
        assert_eq!(err.kind, FormatErrorKind::BadVerificationType(9));
    }
}
