//! `java.lang.NullPointerException`: JDK 14+'s "helpful" messages describe the null
//! expression; rjava does not compute them yet, so the message stays null.

use super::reference;
use crate::native::NativeRegistry;
use crate::thread::{Thread, Thrown};

pub fn register(r: &mut NativeRegistry) {
    r.register(
        "java/lang/NullPointerException",
        "getExtendedNPEMessage",
        "()Ljava/lang/String;",
        extended_message,
    );
}

fn extended_message(_: &mut Thread, _: &[u64]) -> Result<u64, Thrown> {
    reference(None)
}
