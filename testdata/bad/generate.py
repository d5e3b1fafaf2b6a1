#!/usr/bin/env python3
"""Writes the malformed class files of testdata/bad and the error each must give.

Each case starts from a small valid class built here byte by byte and breaks one rule
of JVM spec chapter 4. `NAME.class` is the file and `NAME.expected` the exact
`ClassFormatError` message (reason and byte offset) that rjava's parser reports.
Run it from anywhere: python3 testdata/bad/generate.py
"""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))


def u1(v): return struct.pack(">B", v)
def u2(v): return struct.pack(">H", v)
def u4(v): return struct.pack(">I", v)


class Pool:
    def __init__(self):
        self.entries = []  # raw bytes per entry

    def add(self, raw):
        self.entries.append(raw)
        return len(self.entries)

    def utf8(self, s):
        b = s.encode("utf-8") if isinstance(s, str) else s
        return self.add(u1(1) + u2(len(b)) + b)

    def cls(self, name):
        return self.add(u1(7) + u2(self.utf8(name)))

    def nat(self, name, desc):
        return self.add(u1(12) + u2(self.utf8(name)) + u2(self.utf8(desc)))

    def methodref(self, cls, name, desc):
        return self.add(u1(10) + u2(self.cls(cls)) + u2(self.nat(name, desc)))

    def integer(self, v):
        return self.add(u1(3) + u4(v & 0xFFFFFFFF))

    def bytes(self):
        return u2(len(self.entries) + 1) + b"".join(self.entries)


def attribute(pool, name, body):
    return u2(pool.utf8(name)) + u4(len(body)) + body


def code_attr(pool, code, max_stack=2, max_locals=1, handlers=b"", nhandlers=0, attrs=b"", nattrs=0):
    body = u2(max_stack) + u2(max_locals) + u4(len(code)) + code
    body += u2(nhandlers) + handlers + u2(nattrs) + attrs
    return attribute(pool, "Code", body)


def method(pool, flags, name, desc, attrs):
    return u2(flags) + u2(pool.utf8(name)) + u2(pool.utf8(desc)) + u2(len(attrs)) + b"".join(attrs)


def field(pool, flags, name, desc):
    return u2(flags) + u2(pool.utf8(name)) + u2(pool.utf8(desc)) + u2(0)


def build(name="Bad", super_name="java/lang/Object", flags=0x21, major=61, methods=None,
          fields=None, class_attrs=None, magic=0xCAFEBABE, tweak_pool=None):
    """A class with a constructor-free `static void m()` unless `methods` is given."""
    pool = Pool()
    this = pool.cls(name)
    sup = pool.cls(super_name) if super_name else 0
    if tweak_pool:
        tweak_pool(pool)
    if methods is None:
        methods = [lambda p: method(p, 0x09, "m", "()V", [code_attr(p, b"\xb1")])]
    ms = [m(pool) for m in methods]
    fs = [f(pool) for f in (fields or [])]
    cas = [a(pool) for a in (class_attrs or [])]
    out = u4(magic) + u2(0) + u2(major) + pool.bytes()
    out += u2(flags) + u2(this) + u2(sup) + u2(0)
    out += u2(len(fs)) + b"".join(fs)
    out += u2(len(ms)) + b"".join(ms)
    out += u2(len(cas)) + b"".join(cas)
    return out


def with_code(code, **kw):
    return build(methods=[lambda p: method(p, 0x09, "m", "()V", [code_attr(p, code, **kw)])])


CASES = {}


def case(name, data, expected):
    CASES[name] = (data, expected)


valid = build()
case("Empty", b"", "Truncated class file at offset 0")
case("BadMagic", build(magic=0xCAFEBABF), "Incompatible magic value 3405691583 at offset 0")
case("FutureVersion", build(major=70), "Unsupported major.minor version 70.0 at offset 4")
case("Truncated", valid[:40], "Truncated class file at offset 39")
case("ExtraBytes", valid + b"\x00", f"Extra bytes at the end of class file at offset {len(valid)}")


def bad_tag(p):
    p.add(u1(2) + u2(0))
case("BadConstantTag", build(tweak_pool=bad_tag), "Unknown constant tag 2 in constant pool entry 5 at offset 41")


def bad_utf8(p):
    p.add(u1(1) + u2(2) + b"\xff\x41")
case("BadUtf8", build(tweak_pool=bad_utf8), "Illegal UTF8 string in constant pool entry 5 at offset 44")


def index_out_of_range(p):
    p.add(u1(7) + u2(99))
case("ConstantIndexOutOfRange", build(tweak_pool=index_out_of_range), "Invalid constant pool index 99 at offset 0")


def wrong_kind(p):
    i = p.integer(7)
    p.add(u1(8) + u2(i))
case("WrongConstantKind", build(tweak_pool=wrong_kind),
     "Constant pool entry 5 is Integer, expected Utf8 at offset 41")

case("BadClassName", build(name="a;b"), "Illegal class name \"a;b\" at offset 16")
case("NoSuperclass", build(super_name=None), "Invalid superclass at offset 36")
case("FinalAbstractClass", build(flags=0x0431), "Illegal class modifiers 0x0431 at offset 58")
case("BadFieldDescriptor", build(fields=[lambda p: field(p, 0x02, "f", "Q")]),
     "Illegal field descriptor \"Q\" at offset 76")
case("BadMethodDescriptor",
     build(methods=[lambda p: method(p, 0x09, "m", "(I", [code_attr(p, b"\xb1")])]),
     "Illegal method descriptor \"(I\" at offset 69")
case("DuplicateMethod",
     build(methods=[lambda p: method(p, 0x09, "m", "()V", [code_attr(p, b"\xb1")])] * 2),
     "Duplicate method \"m\" with descriptor \"()V\" at offset 114")
case("MissingCode", build(methods=[lambda p: method(p, 0x09, "m", "()V", [])]),
     "Missing Code attribute at offset 63")
case("AbstractWithCode",
     build(flags=0x421, methods=[lambda p: method(p, 0x401, "m", "()V", [code_attr(p, b"\xb1")])]),
     "Code attribute in native or abstract method at offset 70")
case("ZeroCodeLength", with_code(b""), "Invalid code length 0 at offset 88")
case("BadOpcode", with_code(b"\xcb\xb1"), "Illegal opcode 203 at bci 0 at offset 92")
case("BadWideOpcode", with_code(b"\xc4\x60\x00\x00\xb1"), "Illegal wide opcode 96 at bci 0 at offset 92")
case("InstructionPastEnd", with_code(b"\x00\x11\x01"), "Instruction at bci 1 runs past the end of the code at offset 93")
case("EmptyExceptionRange",
     with_code(b"\x00\xb1", handlers=u2(1) + u2(1) + u2(0) + u2(0), nhandlers=1),
     "Illegal exception table range [1, 1) handler 0 at offset 92")
case("ExceptionHandlerOutOfCode",
     with_code(b"\x00\xb1", handlers=u2(0) + u2(1) + u2(7) + u2(0), nhandlers=1),
     "Illegal exception table range [0, 1) handler 7 at offset 92")


def source_file_too_long(p):
    return attribute(p, "SourceFile", u2(p.utf8("Bad.java")) + b"\x00")
case("AttributeLengthWrong", build(class_attrs=[source_file_too_long]),
     "SourceFile attribute has wrong length at offset 131")


def ldc_method():
    def m(p):
        ref = p.methodref("java/lang/Object", "hashCode", "()I")
        return method(p, 0x09, "m", "()V", [code_attr(p, b"\x12" + u1(ref) + b"\x57\xb1")])
    return build(methods=[m])
case("LdcOfMethodref", ldc_method(),
     "Constant pool entry 10 is Methodref, expected loadable single-word constant at offset 141")


def bad_frame(p):
    smt = attribute(p, "StackMapTable", u2(1) + u1(200))
    return method(p, 0x09, "m", "()V", [code_attr(p, b"\xb1", attrs=smt, nattrs=1)])
case("BadStackMapFrame", build(methods=[bad_frame]), "Invalid stack map frame type 200 at offset 121")


def main():
    for old in os.listdir(HERE):
        if old.endswith((".class", ".expected")):
            os.remove(os.path.join(HERE, old))
    for name, (data, expected) in sorted(CASES.items()):
        with open(os.path.join(HERE, name + ".class"), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, name + ".expected"), "w") as f:
            f.write(expected + "\n")
    print(f"wrote {len(CASES)} malformed classes to {HERE}")


if __name__ == "__main__":
    main()
