//! Native method binding: Rust functions registered by class, name and descriptor.
//!
//! A native receives the calling thread and its arguments as raw slots (`this`
//! first for instance methods; a long or double takes two slots, the value in the
//! first) and returns its result as one slot, or `Err(Thrown)` with the exception
//! pending on the thread.

use std::collections::HashMap;

use crate::thread::{Thread, Thrown};

pub type NativeFn = fn(&mut Thread, &[u64]) -> Result<u64, Thrown>;

#[derive(Default)]
pub struct NativeRegistry {
    /// Keyed by `class.name(descriptor)`, e.g. `java/lang/Object.hashCode()I`.
    map: HashMap<String, NativeFn>,
}

impl NativeRegistry {
    pub fn register(&mut self, class: &str, name: &str, descriptor: &str, f: NativeFn) {
        self.map.insert(format!("{class}.{name}{descriptor}"), f);
    }

    /// Looked up once per native method, when it is first called.
    pub fn find(&self, class: &str, name: &str, descriptor: &str) -> Option<NativeFn> {
        self.map
            .get(&format!("{class}.{name}{descriptor}"))
            .copied()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}
