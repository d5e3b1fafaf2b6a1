//! rjava's JIT: hot methods' bytecode to Cranelift IR to machine code.
//!
//! - `compiler`: the Cranelift module and ISA (frame pointers kept), compiling one
//!   method and installing its entry in the `Method`.
//! - `broker`: the queue and the compiler thread for background compilation.
//! - `translate`: bytecode to IR, one file per opcode family, over a simulated operand
//!   stack; locals are Cranelift variables.
//! - `helpers`: the runtime calls compiled code makes (calls to other methods,
//!   allocation, throwing), `extern "C"` with the thread first.
//! - `code`: running compiled code (the one place that calls into it).
//!
//! Compiled frames look like interpreter frames to the rest of the VM: the caller
//! pushes a `Frame` on the thread's frame stack and passes the address of its locals
//! in the Java stack. Before every call out (a safepoint: the callee may collect,
//! throw or walk the stack) compiled code records the bytecode pc in the frame and
//! stores the references it holds into their local and operand-stack slots, where
//! the collector finds them through the method's reference map, exactly as for an
//! interpreted frame. Objects never move, so nothing needs reloading afterwards.
//! Exceptions are the thread's pending exception: helpers set it, and compiled code
//! checks it after each call and returns; the interpreter unwinds from there.

mod broker;
mod code;
mod compiler;
mod helpers;
mod translate;

pub use code::{run, run_osr};
pub use compiler::{CompileError, compile, compile_osr};
