//! A [`Hierarchy`] over class files already in memory: for verifying a set of
//! classes without a VM (the tests, every class of the JDK or of rjava's library).

use std::collections::HashMap;
use std::sync::Arc;

use super::{ClassInfo, Hierarchy};
use crate::class_file::ClassFile;

struct Entry {
    super_name: Option<Arc<str>>,
    is_interface: bool,
    /// (name, descriptor, is_field) → access flags.
    members: HashMap<(String, String, bool), u16>,
}

#[derive(Default)]
pub struct ClassTable {
    classes: HashMap<String, Entry>,
}

impl ClassTable {
    pub fn add(&mut self, class: &ClassFile) {
        let mut members = HashMap::new();
        for (list, is_field) in [(&class.fields, true), (&class.methods, false)] {
            for m in list {
                members.insert(
                    (m.name.clone(), m.descriptor.clone(), is_field),
                    m.access_flags,
                );
            }
        }
        self.classes.insert(
            class.name.clone(),
            Entry {
                super_name: class.super_name.as_deref().map(Arc::from),
                is_interface: class.is_interface(),
                members,
            },
        );
    }

    pub fn contains(&self, name: &str) -> bool {
        self.classes.contains_key(name)
    }
}

impl Hierarchy for ClassTable {
    /// The name of a class the table does not have.
    type Error = String;

    fn class_info(&self, name: &str) -> Result<ClassInfo, String> {
        let e = self.classes.get(name).ok_or_else(|| name.to_string())?;
        Ok(ClassInfo {
            super_name: e.super_name.clone(),
            is_interface: e.is_interface,
        })
    }

    fn find_member(
        &self,
        class: &str,
        name: &str,
        descriptor: &str,
        is_field: bool,
    ) -> Result<Option<(Arc<str>, u16)>, String> {
        let mut current: Option<Arc<str>> = Some(Arc::from(class));
        let mut depth = 0;
        while let Some(c) = current {
            let e = self.classes.get(&*c).ok_or_else(|| c.to_string())?;
            let key = (name.to_string(), descriptor.to_string(), is_field);
            if let Some(&flags) = e.members.get(&key) {
                return Ok(Some((c, flags)));
            }
            depth += 1;
            if depth > super::MAX_HIERARCHY_DEPTH {
                break;
            }
            current = e.super_name.clone();
        }
        Ok(None)
    }
}
