//! Field metadata: where a field lives (instance offset or static slot) and its type.

use std::sync::OnceLock;

use rjava_classfile::access;

use super::Class;
use crate::types::BasicType;

pub struct Field {
    pub name: Box<str>,
    pub descriptor: Box<str>,
    pub basic_type: BasicType,
    pub access_flags: u16,
    /// Byte offset in instances, or index into the class's static slots.
    pub offset: u32,
    /// Constant-pool index of a `ConstantValue` attribute (static finals).
    pub constant_value: Option<u16>,
    pub(crate) owner: OnceLock<&'static Class>,
}

impl Field {
    #[inline]
    pub fn is_static(&self) -> bool {
        self.access_flags & access::STATIC != 0
    }

    #[inline]
    pub fn owner(&self) -> &'static Class {
        self.owner
            .get()
            .expect("field owner is set when its class is created")
    }
}

impl std::fmt::Debug for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}:{}", self.owner().name, self.name, self.descriptor)
    }
}
