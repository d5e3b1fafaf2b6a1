//! Classes and field offsets the VM reaches into directly (strings, mirrors,
//! throwables), resolved once when the VM starts.

use crate::class::Class;
use crate::loader::LoadError;
use crate::vm::Vm;

pub struct WellKnown {
    pub object: &'static Class,
    pub string: &'static Class,
    pub class: &'static Class,
    pub char_array: &'static Class,
    /// `String.value` (char[]) and `String.hash` (int).
    pub string_value: u32,
    pub string_hash: u32,
    /// The injected `Class.vmClass` field: the address of the VM's `Class`.
    pub class_vm_class: u32,
}

fn field(class: &'static Class, name: &str, descriptor: &str) -> Result<u32, LoadError> {
    class
        .resolve_field(name, descriptor)
        .map(|f| f.offset)
        .ok_or_else(|| {
            LoadError::NoClassDefFound(format!(
                "{}.{name} is missing from the class library",
                class.name
            ))
        })
}

impl WellKnown {
    pub fn resolve(vm: &Vm) -> Result<WellKnown, LoadError> {
        let l = &vm.loader;
        let string = l.load("java/lang/String")?;
        let class = l.load("java/lang/Class")?;
        Ok(WellKnown {
            object: l.load("java/lang/Object")?,
            string,
            class,
            char_array: l.load("[C")?,
            string_value: field(string, "value", "[C")?,
            string_hash: field(string, "hash", "I")?,
            class_vm_class: field(class, crate::loader::VM_CLASS_FIELD, "J")?,
        })
    }
}

/// Resolves the well-known classes; call once after the loader exists.
pub fn install(vm: &Vm) -> Result<(), LoadError> {
    let wk = WellKnown::resolve(vm)?;
    let _ = vm.well_known.set(wk);
    Ok(())
}
