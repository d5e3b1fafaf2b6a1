//! Class initialization (JVM spec §5.5): superclass first, string constants, then
//! `<clinit>` once; a failure marks the class erroneous so later uses raise
//! `NoClassDefFoundError: Could not initialize class X`.
//!
//! One thread for now: a class being initialized by the current thread counts as
//! initialized for it (recursive requests return at once, as the spec says).

use std::sync::atomic::Ordering;

use rjava_classfile::Constant;

use crate::class::{Class, InitState};
use crate::thread::{Thread, Thrown};

pub fn initialize(thread: &mut Thread, class: &'static Class) -> Result<(), Thrown> {
    match class.init_state() {
        InitState::Initialized | InitState::BeingInitialized => return Ok(()),
        InitState::Erroneous => {
            let msg = format!("Could not initialize class {}", class.java_name());
            return Err(thread.throw_new("java/lang/NoClassDefFoundError", Some(&msg)));
        }
        InitState::Uninitialized => {}
    }
    // Linking: the class's bytecode is verified before any of it runs.
    if !thread.vm.options.skip_verification
        && let Err(e) = thread.vm.loader.verify(class)
    {
        return Err(crate::exception::throw_load_error(thread, &e));
    }
    class.set_init_state(InitState::BeingInitialized);
    if !class.is_interface()
        && let Some(sup) = class.super_class
        && let Err(t) = initialize(thread, sup)
    {
        class.set_init_state(InitState::Erroneous);
        return Err(t);
    }
    if !class.is_interface()
        && let Err(t) = initialize_default_method_interfaces(thread, class)
    {
        class.set_init_state(InitState::Erroneous);
        return Err(t);
    }
    if let Err(t) = set_string_constants(thread, class) {
        class.set_init_state(InitState::Erroneous);
        return Err(t);
    }
    if let Some(clinit) = class.declared_method("<clinit>", "()V")
        && let Err(t) = thread.vm.engine().invoke(thread, clinit, &[])
    {
        class.set_init_state(InitState::Erroneous);
        return Err(wrap_in_initializer_error(thread, t));
    }
    class.set_init_state(InitState::Initialized);
    Ok(())
}

/// §5.5 step 7: superinterfaces that declare default (non-abstract, non-static)
/// methods are initialized with the class, in declaration order, depth first.
fn initialize_default_method_interfaces(
    thread: &mut Thread,
    class: &'static Class,
) -> Result<(), Thrown> {
    for &iface in class.interfaces.iter() {
        initialize_default_method_interfaces(thread, iface)?;
        let has_defaults = iface
            .methods
            .iter()
            .any(|m| !m.is_abstract() && !m.is_static());
        if has_defaults {
            initialize(thread, iface)?;
        }
    }
    Ok(())
}

/// Errors propagate as they are; other exceptions become the cause of an
/// `ExceptionInInitializerError`.
fn wrap_in_initializer_error(thread: &mut Thread, thrown: Thrown) -> Thrown {
    let Some(exception) = thread.take_pending() else {
        return thrown;
    };
    let is_error = thread
        .vm
        .loader
        .load("java/lang/Error")
        .is_ok_and(|error| exception.class().is_subclass_of(error));
    if is_error {
        return thread.throw(exception);
    }
    match crate::exception::create_with_cause(
        thread,
        "java/lang/ExceptionInInitializerError",
        exception,
    ) {
        Ok(e) => thread.throw(e),
        Err(t) => t,
    }
}

fn set_string_constants(thread: &mut Thread, class: &'static Class) -> Result<(), Thrown> {
    for f in class.fields.iter().filter(|f| f.is_static()) {
        let Some(index) = f.constant_value else {
            continue;
        };
        if let Ok(Constant::String { string_index }) = class.constant_pool.get(index) {
            let units = class
                .constant_pool
                .utf8_str(*string_index)
                .map(|s| s.to_utf16())
                .unwrap_or_default();
            let s = crate::string::intern_utf16(thread, &units)?;
            class
                .static_slot(f.offset)
                .store(s.slot(), Ordering::Relaxed);
        }
    }
    Ok(())
}
