//! Constant-pool entries for compiled code: the interpreter's cached resolution, or
//! else the same lookup among classes already loaded. Resolution here never loads a
//! class or throws; where it would have to, the method is not compiled (and the
//! interpreter, which runs it instead, loads and throws as the JVM specifies).

use rjava_classfile::Constant;
use rjava_runtime::class::Resolved;
use rjava_runtime::{Class, Field, Method};

use super::{Result, Translator, not_yet, unsupported};

impl Translator<'_, '_> {
    pub(super) fn class_constant(&self, index: u16) -> Result<&'static Class> {
        if let Some(Resolved::Class(c)) = self.class.resolved(index) {
            return Ok(c);
        }
        let name = self
            .class
            .constant_pool
            .class_name(index)
            .map_err(|_| unsupported(format!("bad class constant #{index}")))?;
        let c = self
            .loader
            .loaded(name)
            .ok_or_else(|| not_yet(format!("{name} not loaded yet")))?;
        Ok(match self.class.cache_resolved(index, Resolved::Class(c)) {
            Resolved::Class(c) => c,
            _ => c,
        })
    }

    pub(super) fn field_constant(&self, index: u16) -> Result<&'static Field> {
        if let Some(Resolved::Field(f)) = self.class.resolved(index) {
            return Ok(f);
        }
        let pool = &self.class.constant_pool;
        let Ok(Constant::Fieldref { class_index, .. }) = pool.get(index) else {
            return Err(unsupported(format!("bad field constant #{index}")));
        };
        let r = pool
            .member_ref(index)
            .map_err(|_| unsupported(format!("bad field constant #{index}")))?;
        let holder = self.class_constant(*class_index)?;
        let f = holder
            .resolve_field(r.name, r.descriptor)
            .ok_or_else(|| unsupported(format!("no field {}", r.name)))?;
        Ok(match self.class.cache_resolved(index, Resolved::Field(f)) {
            Resolved::Field(f) => f,
            _ => f,
        })
    }

    pub(super) fn method_constant(&self, index: u16) -> Result<&'static Method> {
        if let Some(Resolved::Method(m)) = self.class.resolved(index) {
            return Ok(m);
        }
        let pool = &self.class.constant_pool;
        let (class_index, interface) = match pool.get(index) {
            Ok(Constant::Methodref { class_index, .. }) => (*class_index, false),
            Ok(Constant::InterfaceMethodref { class_index, .. }) => (*class_index, true),
            _ => return Err(unsupported(format!("bad method constant #{index}"))),
        };
        let r = pool
            .member_ref(index)
            .map_err(|_| unsupported(format!("bad method constant #{index}")))?;
        let holder = self.class_constant(class_index)?;
        if holder.is_interface() != interface {
            return Err(unsupported("method reference of the wrong kind"));
        }
        let m = if interface {
            holder.resolve_interface_method(r.name, r.descriptor)
        } else {
            holder.resolve_method(r.name, r.descriptor)
        }
        .ok_or_else(|| unsupported(format!("no method {}", r.name)))?;
        Ok(
            match self.class.cache_resolved(index, Resolved::Method(m)) {
                Resolved::Method(m) => m,
                _ => m,
            },
        )
    }
}
