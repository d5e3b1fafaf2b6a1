//! A bounds-checked big-endian cursor over class-file bytes.
//!
//! Every read either succeeds or reports `Truncated` at the current offset, so the
//! parser never indexes out of range and never trusts a length it has not checked
//! against what is left.

use crate::error::{FormatError, FormatErrorKind, Result};

#[derive(Clone)]
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// Offset of `bytes[0]` in the whole class file, for error reporting.
    base: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader {
            bytes,
            pos: 0,
            base: 0,
        }
    }

    /// Offset in the class file of the next byte to be read.
    pub fn offset(&self) -> usize {
        self.base + self.pos
    }

    pub fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    pub fn is_empty(&self) -> bool {
        self.remaining() == 0
    }

    pub fn error(&self, kind: FormatErrorKind) -> FormatError {
        FormatError::new(kind, self.offset())
    }

    pub fn error_at(&self, kind: FormatErrorKind, offset: usize) -> FormatError {
        FormatError::new(kind, offset)
    }

    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8]> {
        if n > self.remaining() {
            return Err(self.error(FormatErrorKind::Truncated));
        }
        let s = &self.bytes[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    /// A reader over the next `n` bytes, which are consumed from this one.
    pub fn sub(&mut self, n: usize) -> Result<Reader<'a>> {
        let base = self.offset();
        let bytes = self.bytes(n)?;
        Ok(Reader {
            bytes,
            pos: 0,
            base,
        })
    }

    pub fn u8(&mut self) -> Result<u8> {
        Ok(self.bytes(1)?[0])
    }

    pub fn u16(&mut self) -> Result<u16> {
        let b = self.bytes(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    pub fn u32(&mut self) -> Result<u32> {
        let b = self.bytes(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub fn i32(&mut self) -> Result<i32> {
        Ok(self.u32()? as i32)
    }

    pub fn u64(&mut self) -> Result<u64> {
        let hi = self.u32()? as u64;
        let lo = self.u32()? as u64;
        Ok((hi << 32) | lo)
    }

    /// Reads a u16 count followed by that many items; the count bounds the allocation.
    pub fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Result<T>) -> Result<Vec<T>> {
        let n = self.u16()? as usize;
        let mut v = Vec::with_capacity(n.min(self.remaining()));
        for _ in 0..n {
            v.push(item(self)?);
        }
        Ok(v)
    }

    /// Fails with `kind` unless every byte has been consumed.
    pub fn expect_end(&self, kind: FormatErrorKind) -> Result<()> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self.error(kind))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_big_endian_and_reports_truncation_offset() {
        let mut r = Reader::new(&[0xca, 0xfe, 0xba, 0xbe, 0x00, 0x01, 0x02]);
        assert_eq!(r.u32().unwrap(), 0xcafebabe);
        assert_eq!(r.u16().unwrap(), 1);
        let err = r.u16().unwrap_err();
        assert_eq!(err.kind, FormatErrorKind::Truncated);
        assert_eq!(err.offset, 6);
    }

    #[test]
    fn sub_reader_keeps_absolute_offsets() {
        let data = [1, 2, 3, 4, 5];
        let mut r = Reader::new(&data);
        r.u8().unwrap();
        let mut s = r.sub(2).unwrap();
        assert_eq!(s.offset(), 1);
        s.u16().unwrap();
        assert_eq!(s.u8().unwrap_err().offset, 3);
        assert_eq!(r.offset(), 3);
    }
}
