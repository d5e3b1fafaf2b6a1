//! rjava's runtime: the VM's model of loaded classes and everything they need.
//!
//! Today it holds the class path; loading, linking, the heap and the natives join it
//! as the interpreter grows (see DESIGN.md, "The model").

pub mod classpath;

pub use classpath::{ClassBytes, ClassPath, ClassPathError};
