#!/usr/bin/env python3
"""Writes the hostile classes of testdata/bad/verify and records what HotSpot says.

Every class here parses (it is well-formed in the sense of JVM spec §4.8) but breaks
a rule of verification (§4.10) or of linking (§5.4): each case is a program whose
main class is NAME, built byte by byte with the assembler of ../generate.py.
`NAME.expected` holds `java -cp testdata/bad/verify NAME`'s exit code on its first
line ("exit N") and then its stderr. Without a JDK the classes are still written
and the recorded files are left alone.

Run it from anywhere: python3 testdata/bad/verify/generate.py
"""
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from generate import attribute, build, code_attr, method, field, u1, u2  # noqa: E402

MAIN = "([Ljava/lang/String;)V"
OBJECT = "java/lang/Object"

CASES = {}  # main class name -> {class name: bytes}


def case(name, *classes):
    CASES[name] = dict(classes)


def main_class(name, code, max_stack=2, max_locals=1, extra_methods=(), major=61, **kw):
    """A class NAME whose main method has `code` (a function of the pool)."""
    def main(p):
        return method(p, 0x09, "main", MAIN,
                      [code_attr(p, code(p), max_stack=max_stack, max_locals=max_locals, **kw)])
    return (name, build(name=name, methods=[main, *extra_methods], major=major))


def mref(p, cls, name, desc):
    return u2(p.methodref(cls, name, desc))


def fref(p, cls, name, desc):
    return u2(p.add(u1(9) + u2(p.cls(cls)) + u2(p.nat(name, desc))))


def ctor(code, max_stack=1, max_locals=1):
    """A constructor `<init>()V` with `code`."""
    return lambda p: method(p, 0x01, "<init>", "()V",
                            [code_attr(p, code(p), max_stack=max_stack, max_locals=max_locals)])


def super_init(p):
    return b"\x2a\xb7" + mref(p, OBJECT, "<init>", "()V")  # aload_0; invokespecial


def new_self(name):
    """main: new NAME; dup; invokespecial NAME.<init>()V; pop; return."""
    return lambda p: (b"\xbb" + u2(p.cls(name)) + b"\x59\xb7" + mref(p, name, "<init>", "()V")
                      + b"\x57\xb1")


def stack_map(p, frames):
    body = u2(len(frames)) + b"".join(frames)
    return attribute(p, "StackMapTable", body)


# Type confusion: an int where a reference is expected.
case("IntAsReference", main_class("IntAsReference",
     lambda p: b"\x04\xb6" + mref(p, OBJECT, "hashCode", "()I") + b"\x57\xb1"))
# An int local read as a reference, and a reference local read as an int.
case("IntLocalAsReference", main_class("IntLocalAsReference",
     lambda p: b"\x04\x3c\x2b\xb6" + mref(p, OBJECT, "hashCode", "()I") + b"\x57\xb1", max_locals=2))
case("ReferenceLocalAsInt", main_class("ReferenceLocalAsInt", lambda p: b"\x1a\x57\xb1"))
# Stack underflow and overflow.
case("StackUnderflow", main_class("StackUnderflow", lambda p: b"\x57\xb1"))
case("StackOverflow", main_class("StackOverflow", lambda p: b"\x04\x04\x58\xb1", max_stack=1))
# Half of a long popped as an int.
case("SplitLong", main_class("SplitLong", lambda p: b"\x09\x57\x57\xb1"))
# Falling off the end of the code.
case("FallsOffEnd", main_class("FallsOffEnd", lambda p: b"\x03\x57"))
# A long stored into the last local slot.
case("LocalOutOfRange", main_class("LocalOutOfRange", lambda p: b"\x09\x40\xb1"))
# An int array read as an array of references.
case("IntArrayAsObjectArray", main_class("IntArrayAsObjectArray",
     lambda p: b"\x04\xbc\x0a\x03\x32\x57\xb1"))
# arraylength of an int.
case("ArraylengthOfInt", main_class("ArraylengthOfInt", lambda p: b"\x04\xbe\x57\xb1"))
# A method returning int that returns a reference, and a void method returning a value.
case("WrongReturnType", main_class("WrongReturnType", lambda p: b"\xb1", extra_methods=[
    lambda p: method(p, 0x09, "m", "()I", [code_attr(p, b"\x01\xb0", max_stack=1, max_locals=0)])]))
case("ReturnValueFromVoid", main_class("ReturnValueFromVoid", lambda p: b"\x04\xac"))
# putstatic of a String into an int field.
case("PutWrongType", ("PutWrongType", build(
    name="PutWrongType",
    fields=[lambda p: field(p, 0x09, "f", "I")],
    methods=[lambda p: method(p, 0x09, "main", MAIN, [code_attr(
        p, b"\x12" + u1(p.add(u1(8) + u2(p.utf8("s")))) + b"\xb3"
        + fref(p, "PutWrongType", "f", "I") + b"\xb1")])])))
# An object used before its constructor ran.
case("UninitializedObject", main_class("UninitializedObject",
     lambda p: b"\xbb" + u2(p.cls(OBJECT)) + b"\xb6" + mref(p, OBJECT, "hashCode", "()I")
     + b"\x57\xb1"))
# `this` used before super() in a constructor.
case("UninitializedThis", ("UninitializedThis", build(
    name="UninitializedThis",
    methods=[ctor(lambda p: b"\x2a\xb6" + mref(p, OBJECT, "hashCode", "()I") + b"\x57"
                  + super_init(p) + b"\xb1", max_stack=1),
             lambda p: method(p, 0x09, "main", MAIN, [code_attr(p, new_self("UninitializedThis")(p))])])))
# A constructor that returns without calling super().
case("NoSuperCall", ("NoSuperCall", build(
    name="NoSuperCall",
    methods=[ctor(lambda p: b"\xb1"),
             lambda p: method(p, 0x09, "main", MAIN, [code_attr(p, new_self("NoSuperCall")(p))])])))
def catch_not_throwable():
    def main(p):
        string = p.cls("java/lang/String")
        smt = stack_map(p, [u1(255) + u2(2) + u2(1) + u1(7) + u2(p.cls("[Ljava/lang/String;"))
                            + u2(1) + u1(7) + u2(string)])
        return method(p, 0x09, "main", MAIN, [code_attr(
            p, b"\x00\xb1\x57\xb1", max_stack=1, max_locals=1,
            handlers=u2(0) + u2(1) + u2(2) + u2(string), nhandlers=1, attrs=smt, nattrs=1)])
    return ("CatchNotThrowable", build(name="CatchNotThrowable", methods=[main]))


# A handler whose catch type is not a Throwable.
case("CatchNotThrowable", catch_not_throwable())
# A forward branch to an instruction without a stack map frame.
case("MissingStackMapFrame", main_class("MissingStackMapFrame",
     lambda p: b"\x03\x99\x00\x04\x00\xb1", max_stack=1))
# Branches into the middle of an instruction, before the code, and past its end.
case("BranchIntoInstruction", main_class("BranchIntoInstruction",
     lambda p: b"\xa7\x00\x04\x11\x00\x01\xb1"))
case("BranchOutOfCode", main_class("BranchOutOfCode", lambda p: b"\xa7\xff\xf0\xb1"))
case("BranchPastEnd", main_class("BranchPastEnd", lambda p: b"\x03\x99\x00\x04\xb1", max_stack=1))
# Code after an unconditional branch without a frame.
case("NoFrameAfterGoto", main_class("NoFrameAfterGoto", lambda p: b"\xa7\x00\x04\x00\xb1"))


def frame_int_local(p):
    # Frame at 5 says local 0 is an int; it holds the String[] argument.
    smt = stack_map(p, [u1(255) + u2(5) + u2(1) + u1(1) + u2(0)])
    return method(p, 0x09, "main", MAIN, [code_attr(
        p, b"\x03\x99\x00\x04\x00\xb1", max_stack=1, attrs=smt, nattrs=1)])


# A stack map frame that does not match the state flowing into it.
case("InconsistentFrame", ("InconsistentFrame", build(name="InconsistentFrame", methods=[frame_int_local])))
# Type confusion in a class file of version 49 (no stack maps: type inference).
case("OldIntAsReference", main_class("OldIntAsReference",
     lambda p: b"\x04\xb6" + mref(p, OBJECT, "hashCode", "()I") + b"\x57\xb1", major=49))
# Two paths that leave different types in a local, then a use of it (version 49).
case("OldMergedLocal", main_class(
    "OldMergedLocal",
    # iconst_0; ifeq +8; iconst_1; istore_0; goto +4; aload_0... locals[0]: int or String[]
    lambda p: b"\x03\x99\x00\x08\x04\x3b\xa7\x00\x03\x2a\xbe\x57\xb1", major=49))
# invokeinterface whose count operand is wrong.
case("BadInvokeinterfaceCount", main_class(
    "BadInvokeinterfaceCount",
    lambda p: b"\x01\xb9" + u2(p.add(u1(11) + u2(p.cls("java/lang/Runnable")) + u2(p.nat("run", "()V"))))
    + b"\x02\x00\xb1"))
# A method of a class that is fine calls a method of one that is not: the error
# comes when the second class is initialized, as an exception with a stack trace.
case("CallsBadClass",
     main_class("CallsBadClass", lambda p: b"\xb8" + mref(p, "CallsBadClassHelper", "m", "()V") + b"\xb1"),
     ("CallsBadClassHelper", build(name="CallsBadClassHelper", methods=[
         lambda p: method(p, 0x09, "m", "()V", [code_attr(p, b"\x57\xb1", max_stack=1, max_locals=0)])])))
# Linking rules checked when a class is loaded.
case("ExtendsMissingClass", ("ExtendsMissingClass", build(
    name="ExtendsMissingClass", super_name="NoSuchSuperclass",
    methods=[lambda p: method(p, 0x09, "main", MAIN, [code_attr(p, b"\xb1")])])))
case("CircularSuperclass",
     ("CircularSuperclass", build(
         name="CircularSuperclass", super_name="CircularSuperclassBase",
         methods=[lambda p: method(p, 0x09, "main", MAIN, [code_attr(p, b"\xb1")])])),
     ("CircularSuperclassBase", build(name="CircularSuperclassBase", super_name="CircularSuperclass")))
case("ExtendsFinalClass", ("ExtendsFinalClass", build(
    name="ExtendsFinalClass", super_name="java/lang/String",
    methods=[lambda p: method(p, 0x09, "main", MAIN, [code_attr(p, b"\xb1")])])))
case("OverridesFinalMethod",
     ("OverridesFinalMethod", build(
         name="OverridesFinalMethod", super_name="OverridesFinalMethodBase",
         methods=[lambda p: method(p, 0x01, "m", "()V", [code_attr(p, b"\xb1")]),
                  lambda p: method(p, 0x09, "main", MAIN, [code_attr(p, b"\xb1")])])),
     ("OverridesFinalMethodBase", build(
         name="OverridesFinalMethodBase",
         methods=[lambda p: method(p, 0x11, "m", "()V", [code_attr(p, b"\xb1")])])))
case("CallsPrivateMethod",
     main_class("CallsPrivateMethod", lambda p: b"\xb8" + mref(p, "CallsPrivateMethodOther", "secret", "()V") + b"\xb1"),
     ("CallsPrivateMethodOther", build(name="CallsPrivateMethodOther", methods=[
         lambda p: method(p, 0x0a, "secret", "()V", [code_attr(p, b"\xb1", max_stack=0, max_locals=0)])])))


def main():
    for old in os.listdir(HERE):
        if old.endswith(".class"):
            os.remove(os.path.join(HERE, old))
    for classes in CASES.values():
        for name, data in classes.items():
            with open(os.path.join(HERE, name + ".class"), "wb") as f:
                f.write(data)
    java = shutil.which("java")
    if java is None:
        print(f"wrote {len(CASES)} cases; no java on PATH, expected outputs not recorded")
        return
    env = {k: v for k, v in os.environ.items()
           if k not in ("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "CLASSPATH")}
    env["LC_ALL"] = "C.UTF-8"
    for old in os.listdir(HERE):
        if old.endswith(".expected"):
            os.remove(os.path.join(HERE, old))
    for name in sorted(CASES):
        r = subprocess.run([java, "-Xshare:auto", "-XX:+UseSerialGC", "-cp", HERE, name],
                           capture_output=True, timeout=60, env=env)
        with open(os.path.join(HERE, name + ".expected"), "wb") as f:
            f.write(f"exit {r.returncode}\n".encode() + r.stderr)
    print(f"wrote {len(CASES)} cases with HotSpot's output to {HERE}")


if __name__ == "__main__":
    main()
