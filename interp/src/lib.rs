//! rjava's bytecode interpreter: pre-decoded code (`prepare`), the dispatch loop
//! (`interpreter`), one module per opcode family (`ops`), constant-pool resolution
//! (`resolve`) and `invokedynamic` linkage (`indy`). `Interpreter` is the `Engine`
//! the runtime calls to run Java code.

pub mod indy;
pub mod interpreter;
pub mod lambda;
pub mod ops;
pub mod prepare;
pub mod quicken;
pub mod record;
pub mod resolve;

use rjava_runtime::vm::Engine;
use rjava_runtime::{Class, Method, Thread, Thrown};

/// The interpreter as the runtime's execution engine.
pub struct Interpreter;

impl Engine for Interpreter {
    fn invoke(
        &self,
        thread: &mut Thread,
        method: &'static Method,
        args: &[u64],
    ) -> Result<u64, Thrown> {
        // Preparing the code may allocate (resolved string constants), and `args`
        // are only roots once they are in the new frame: prepare first.
        if !method.is_native() {
            ops::invoke::prepared(thread, method)?;
        }
        let base = thread.stack_top();
        if base + args.len() + 8 > thread.stack.len() {
            return Err(ops::invoke::stack_overflow(thread));
        }
        thread.stack[base..base + args.len()].copy_from_slice(args);
        self.invoke_at(thread, method, base)
    }

    fn invoke_at(
        &self,
        thread: &mut Thread,
        method: &'static Method,
        base: usize,
    ) -> Result<u64, Thrown> {
        if method.is_native() {
            return ops::invoke::call_native(thread, method, base);
        }
        if ops::invoke::use_compiled(thread, method) {
            // Compiled code pushes its own frame.
            return rjava_jit::run(thread, method, base);
        }
        let depth = thread.frames.len();
        ops::invoke::push_frame(thread, method, base)?;
        if method.is_synchronized()
            && let Err(t) = interpreter::enter_synchronized(thread, method, base)
        {
            thread.frames.pop();
            return Err(t);
        }
        interpreter::execute(thread, depth)
    }

    fn invoke_dynamic(
        &self,
        thread: &mut Thread,
        class: &'static Class,
        index: u16,
        sp: usize,
    ) -> Result<u64, Thrown> {
        let mut top = sp;
        indy::invoke_dynamic(thread, class, index, &mut top)?;
        // Every call site kind pushes one result slot.
        Ok(thread.stack[top - 1])
    }

    fn resolve_class(
        &self,
        thread: &mut Thread,
        class: &'static Class,
        index: u16,
    ) -> Result<&'static Class, Thrown> {
        resolve::class(thread, class, index)
    }

    fn resolve_field(
        &self,
        thread: &mut Thread,
        class: &'static Class,
        index: u16,
        is_static: bool,
    ) -> Result<&'static rjava_runtime::Field, Thrown> {
        resolve::field(thread, class, index, is_static)
    }

    fn resolve_method(
        &self,
        thread: &mut Thread,
        class: &'static Class,
        index: u16,
    ) -> Result<&'static Method, Thrown> {
        resolve::method(thread, class, index)
    }
}

pub static INTERPRETER: Interpreter = Interpreter;
