//! The opcode families, one file each; the dispatch loop in `interpreter.rs` calls
//! into them.

pub mod arith;
pub mod arrays;
pub mod constants;
pub mod fields;
pub mod invoke;
pub mod objects;
pub mod slots;
pub mod stack;
