//! Bytecode: the opcode table and the instruction decoder.

mod instruction;
mod opcode;

pub use instruction::{
    DecodeError, Instruction, Instructions, LookupSwitch, Operand, TableSwitch, decode_at,
};
pub use opcode::Opcode;
