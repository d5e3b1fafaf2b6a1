//! Bytecode verification at link time: the class-file crate's verifier, asked about
//! other classes through the loader (which loads them, as HotSpot's verifier does,
//! without initializing them).
//!
//! Classes of the embedded library are trusted (their tests verify them all); the
//! user's classes are verified once, before their first initialization, unless
//! `-Xverify:none` says otherwise.

use std::sync::Arc;

use rjava_classfile::verifier::{self, ClassInfo, ClassView, Hierarchy, MethodView};

use super::{LoadError, Loader};
use crate::class::Class;

impl Hierarchy for Loader {
    type Error = LoadError;

    fn class_info(&self, name: &str) -> Result<ClassInfo, LoadError> {
        let class = self.load(name)?;
        Ok(ClassInfo {
            super_name: class.super_class.map(|s| Arc::from(&*s.name)),
            is_interface: class.is_interface(),
        })
    }

    fn find_member(
        &self,
        class: &str,
        name: &str,
        descriptor: &str,
        is_field: bool,
    ) -> Result<Option<(Arc<str>, u16)>, LoadError> {
        let mut current = Some(self.load(class)?);
        while let Some(c) = current {
            let flags = if is_field {
                c.fields
                    .iter()
                    .find(|f| *f.name == *name && *f.descriptor == *descriptor)
                    .map(|f| f.access_flags)
            } else {
                c.declared_method(name, descriptor).map(|m| m.access_flags)
            };
            if let Some(flags) = flags {
                return Ok(Some((Arc::from(&*c.name), flags)));
            }
            current = c.super_class;
        }
        Ok(None)
    }
}

impl Loader {
    /// Verifies every method of `class` (its superclass first), once; later calls
    /// give the first outcome again.
    pub fn verify(&self, class: &'static Class) -> Result<(), LoadError> {
        if class.is_library || class.component().is_some() {
            return Ok(());
        }
        if let Some(done) = class.verified.get() {
            return done.clone();
        }
        if let Some(sup) = class.super_class {
            self.verify(sup)?;
        }
        let outcome = self.verify_methods(class);
        class.verified.get_or_init(|| outcome).clone()
    }

    fn verify_methods(&self, class: &'static Class) -> Result<(), LoadError> {
        let view = ClassView {
            name: &class.name,
            super_name: class.super_class.map(|s| &*s.name),
            major_version: class.major_version,
            constant_pool: &class.constant_pool,
        };
        for m in class.methods.iter() {
            let Some(code) = &m.code else { continue };
            let method = MethodView {
                name: &m.name,
                descriptor: &m.descriptor,
                access_flags: m.access_flags,
                code,
            };
            match verifier::verify_method(&view, &method, self) {
                Ok(()) => {}
                Err(verifier::Error::Verify(e)) => {
                    return Err(LoadError::Verify(e.to_string()));
                }
                Err(verifier::Error::Load(e)) => return Err(e),
            }
        }
        Ok(())
    }
}
