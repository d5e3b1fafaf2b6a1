//! rjava's runtime: the VM's model of loaded classes and everything they need.
//!
//! Metadata (`class`), objects and the heap (`object`, `heap`, `alloc`), the class
//! path and the bootstrap loader (`classpath`, `loader`), initialization (`init`),
//! strings, mirrors and VM-raised exceptions, native binding (`native`), threads and
//! the VM itself (`thread`, `vm`). Execution lives in the `interp` crate, reached
//! through `vm::Engine`.

pub mod access;
pub mod alloc;
pub mod class;
pub mod classpath;
pub mod compile_stats;
pub mod exception;
pub mod frame_stack;
pub mod gc;
pub mod init;
pub mod library;
pub mod loader;
pub mod mirror;
pub mod monitor;
pub mod native;
pub mod natives;
pub mod object;
pub mod stdio;
pub mod string;
pub mod thread;
pub mod types;
pub mod vm;
pub mod well_known;

pub use class::{Class, Field, JitState, Method};
pub use classpath::{ClassBytes, ClassPath, ClassPathError};
pub use object::Ref;
pub use thread::{Thread, Thrown};
pub use types::BasicType;
pub use vm::Vm;
