//! The `rjava` and `rjavap` commands: argument handling and wiring of the crates.
//!
//! Each tool's `run` takes its arguments and output streams and returns the exit
//! code, so tests can drive the real command line in-process.

pub mod date;
pub mod launcher;
pub mod rjavap;
