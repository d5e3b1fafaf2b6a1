//! Every opcode of JVM spec chapter 6, with its mnemonic.
//!
//! One table generates the enum, the byte-to-opcode map and the mnemonics, so the
//! three can never disagree.

macro_rules! opcodes {
    ($($byte:literal $name:ident $mnemonic:literal,)*) => {
        /// A JVM opcode. The discriminant is the opcode byte.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $($name = $byte,)*
        }

        impl Opcode {
            /// The opcode for `byte`, or `None` for unassigned and reserved bytes.
            pub const fn from_u8(byte: u8) -> Option<Opcode> {
                match byte {
                    $($byte => Some(Opcode::$name),)*
                    _ => None,
                }
            }

            /// The mnemonic javap prints (`iload_0`, `invokevirtual`).
            pub const fn mnemonic(self) -> &'static str {
                match self {
                    $(Opcode::$name => $mnemonic,)*
                }
            }
        }
    };
}

opcodes! {
    0x00 Nop "nop",
    0x01 AconstNull "aconst_null",
    0x02 IconstM1 "iconst_m1",
    0x03 Iconst0 "iconst_0",
    0x04 Iconst1 "iconst_1",
    0x05 Iconst2 "iconst_2",
    0x06 Iconst3 "iconst_3",
    0x07 Iconst4 "iconst_4",
    0x08 Iconst5 "iconst_5",
    0x09 Lconst0 "lconst_0",
    0x0a Lconst1 "lconst_1",
    0x0b Fconst0 "fconst_0",
    0x0c Fconst1 "fconst_1",
    0x0d Fconst2 "fconst_2",
    0x0e Dconst0 "dconst_0",
    0x0f Dconst1 "dconst_1",
    0x10 Bipush "bipush",
    0x11 Sipush "sipush",
    0x12 Ldc "ldc",
    0x13 LdcW "ldc_w",
    0x14 Ldc2W "ldc2_w",
    0x15 Iload "iload",
    0x16 Lload "lload",
    0x17 Fload "fload",
    0x18 Dload "dload",
    0x19 Aload "aload",
    0x1a Iload0 "iload_0",
    0x1b Iload1 "iload_1",
    0x1c Iload2 "iload_2",
    0x1d Iload3 "iload_3",
    0x1e Lload0 "lload_0",
    0x1f Lload1 "lload_1",
    0x20 Lload2 "lload_2",
    0x21 Lload3 "lload_3",
    0x22 Fload0 "fload_0",
    0x23 Fload1 "fload_1",
    0x24 Fload2 "fload_2",
    0x25 Fload3 "fload_3",
    0x26 Dload0 "dload_0",
    0x27 Dload1 "dload_1",
    0x28 Dload2 "dload_2",
    0x29 Dload3 "dload_3",
    0x2a Aload0 "aload_0",
    0x2b Aload1 "aload_1",
    0x2c Aload2 "aload_2",
    0x2d Aload3 "aload_3",
    0x2e Iaload "iaload",
    0x2f Laload "laload",
    0x30 Faload "faload",
    0x31 Daload "daload",
    0x32 Aaload "aaload",
    0x33 Baload "baload",
    0x34 Caload "caload",
    0x35 Saload "saload",
    0x36 Istore "istore",
    0x37 Lstore "lstore",
    0x38 Fstore "fstore",
    0x39 Dstore "dstore",
    0x3a Astore "astore",
    0x3b Istore0 "istore_0",
    0x3c Istore1 "istore_1",
    0x3d Istore2 "istore_2",
    0x3e Istore3 "istore_3",
    0x3f Lstore0 "lstore_0",
    0x40 Lstore1 "lstore_1",
    0x41 Lstore2 "lstore_2",
    0x42 Lstore3 "lstore_3",
    0x43 Fstore0 "fstore_0",
    0x44 Fstore1 "fstore_1",
    0x45 Fstore2 "fstore_2",
    0x46 Fstore3 "fstore_3",
    0x47 Dstore0 "dstore_0",
    0x48 Dstore1 "dstore_1",
    0x49 Dstore2 "dstore_2",
    0x4a Dstore3 "dstore_3",
    0x4b Astore0 "astore_0",
    0x4c Astore1 "astore_1",
    0x4d Astore2 "astore_2",
    0x4e Astore3 "astore_3",
    0x4f Iastore "iastore",
    0x50 Lastore "lastore",
    0x51 Fastore "fastore",
    0x52 Dastore "dastore",
    0x53 Aastore "aastore",
    0x54 Bastore "bastore",
    0x55 Castore "castore",
    0x56 Sastore "sastore",
    0x57 Pop "pop",
    0x58 Pop2 "pop2",
    0x59 Dup "dup",
    0x5a DupX1 "dup_x1",
    0x5b DupX2 "dup_x2",
    0x5c Dup2 "dup2",
    0x5d Dup2X1 "dup2_x1",
    0x5e Dup2X2 "dup2_x2",
    0x5f Swap "swap",
    0x60 Iadd "iadd",
    0x61 Ladd "ladd",
    0x62 Fadd "fadd",
    0x63 Dadd "dadd",
    0x64 Isub "isub",
    0x65 Lsub "lsub",
    0x66 Fsub "fsub",
    0x67 Dsub "dsub",
    0x68 Imul "imul",
    0x69 Lmul "lmul",
    0x6a Fmul "fmul",
    0x6b Dmul "dmul",
    0x6c Idiv "idiv",
    0x6d Ldiv "ldiv",
    0x6e Fdiv "fdiv",
    0x6f Ddiv "ddiv",
    0x70 Irem "irem",
    0x71 Lrem "lrem",
    0x72 Frem "frem",
    0x73 Drem "drem",
    0x74 Ineg "ineg",
    0x75 Lneg "lneg",
    0x76 Fneg "fneg",
    0x77 Dneg "dneg",
    0x78 Ishl "ishl",
    0x79 Lshl "lshl",
    0x7a Ishr "ishr",
    0x7b Lshr "lshr",
    0x7c Iushr "iushr",
    0x7d Lushr "lushr",
    0x7e Iand "iand",
    0x7f Land "land",
    0x80 Ior "ior",
    0x81 Lor "lor",
    0x82 Ixor "ixor",
    0x83 Lxor "lxor",
    0x84 Iinc "iinc",
    0x85 I2l "i2l",
    0x86 I2f "i2f",
    0x87 I2d "i2d",
    0x88 L2i "l2i",
    0x89 L2f "l2f",
    0x8a L2d "l2d",
    0x8b F2i "f2i",
    0x8c F2l "f2l",
    0x8d F2d "f2d",
    0x8e D2i "d2i",
    0x8f D2l "d2l",
    0x90 D2f "d2f",
    0x91 I2b "i2b",
    0x92 I2c "i2c",
    0x93 I2s "i2s",
    0x94 Lcmp "lcmp",
    0x95 Fcmpl "fcmpl",
    0x96 Fcmpg "fcmpg",
    0x97 Dcmpl "dcmpl",
    0x98 Dcmpg "dcmpg",
    0x99 Ifeq "ifeq",
    0x9a Ifne "ifne",
    0x9b Iflt "iflt",
    0x9c Ifge "ifge",
    0x9d Ifgt "ifgt",
    0x9e Ifle "ifle",
    0x9f IfIcmpeq "if_icmpeq",
    0xa0 IfIcmpne "if_icmpne",
    0xa1 IfIcmplt "if_icmplt",
    0xa2 IfIcmpge "if_icmpge",
    0xa3 IfIcmpgt "if_icmpgt",
    0xa4 IfIcmple "if_icmple",
    0xa5 IfAcmpeq "if_acmpeq",
    0xa6 IfAcmpne "if_acmpne",
    0xa7 Goto "goto",
    0xa8 Jsr "jsr",
    0xa9 Ret "ret",
    0xaa Tableswitch "tableswitch",
    0xab Lookupswitch "lookupswitch",
    0xac Ireturn "ireturn",
    0xad Lreturn "lreturn",
    0xae Freturn "freturn",
    0xaf Dreturn "dreturn",
    0xb0 Areturn "areturn",
    0xb1 Return "return",
    0xb2 Getstatic "getstatic",
    0xb3 Putstatic "putstatic",
    0xb4 Getfield "getfield",
    0xb5 Putfield "putfield",
    0xb6 Invokevirtual "invokevirtual",
    0xb7 Invokespecial "invokespecial",
    0xb8 Invokestatic "invokestatic",
    0xb9 Invokeinterface "invokeinterface",
    0xba Invokedynamic "invokedynamic",
    0xbb New "new",
    0xbc Newarray "newarray",
    0xbd Anewarray "anewarray",
    0xbe Arraylength "arraylength",
    0xbf Athrow "athrow",
    0xc0 Checkcast "checkcast",
    0xc1 Instanceof "instanceof",
    0xc2 Monitorenter "monitorenter",
    0xc3 Monitorexit "monitorexit",
    0xc4 Wide "wide",
    0xc5 Multianewarray "multianewarray",
    0xc6 Ifnull "ifnull",
    0xc7 Ifnonnull "ifnonnull",
    0xc8 GotoW "goto_w",
    0xc9 JsrW "jsr_w",
}

impl Opcode {
    /// The mnemonic of the `wide` form (`iload_w`, `iinc_w`), as javap prints it.
    pub fn wide_mnemonic(self) -> &'static str {
        match self {
            Opcode::Iload => "iload_w",
            Opcode::Lload => "lload_w",
            Opcode::Fload => "fload_w",
            Opcode::Dload => "dload_w",
            Opcode::Aload => "aload_w",
            Opcode::Istore => "istore_w",
            Opcode::Lstore => "lstore_w",
            Opcode::Fstore => "fstore_w",
            Opcode::Dstore => "dstore_w",
            Opcode::Astore => "astore_w",
            Opcode::Ret => "ret_w",
            Opcode::Iinc => "iinc_w",
            other => other.mnemonic(),
        }
    }

    /// True for instructions after which control never falls through.
    pub fn ends_block(self) -> bool {
        matches!(
            self,
            Opcode::Goto
                | Opcode::GotoW
                | Opcode::Tableswitch
                | Opcode::Lookupswitch
                | Opcode::Ireturn
                | Opcode::Lreturn
                | Opcode::Freturn
                | Opcode::Dreturn
                | Opcode::Areturn
                | Opcode::Return
                | Opcode::Athrow
                | Opcode::Ret
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_covers_every_assigned_byte() {
        let assigned = (0u8..=255)
            .filter(|&b| Opcode::from_u8(b).is_some())
            .count();
        assert_eq!(assigned, 0xca);
        for b in 0..0xca_u8 {
            assert_eq!(Opcode::from_u8(b).unwrap() as u8, b);
        }
        assert!(Opcode::from_u8(0xca).is_none()); // breakpoint is reserved
        assert!(Opcode::from_u8(0xfe).is_none());
    }
}
