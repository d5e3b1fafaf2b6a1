//! Typed views of 64-bit stack slots. An int or float sits in the low 32 bits of
//! one slot; a long or double in one slot, followed by an unused one, so slot
//! numbering matches the JVM specification.

#[inline(always)]
pub fn get_i(s: &[u64], i: usize) -> i32 {
    s[i] as u32 as i32
}

#[inline(always)]
pub fn set_i(s: &mut [u64], i: usize, v: i32) {
    s[i] = v as u32 as u64;
}

#[inline(always)]
pub fn get_l(s: &[u64], i: usize) -> i64 {
    s[i] as i64
}

#[inline(always)]
pub fn set_l(s: &mut [u64], i: usize, v: i64) {
    s[i] = v as u64;
}

#[inline(always)]
pub fn get_f(s: &[u64], i: usize) -> f32 {
    f32::from_bits(s[i] as u32)
}

#[inline(always)]
pub fn set_f(s: &mut [u64], i: usize, v: f32) {
    s[i] = v.to_bits() as u64;
}

#[inline(always)]
pub fn get_d(s: &[u64], i: usize) -> f64 {
    f64::from_bits(s[i])
}

#[inline(always)]
pub fn set_d(s: &mut [u64], i: usize, v: f64) {
    s[i] = v.to_bits();
}
