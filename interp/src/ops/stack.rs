//! The stack-shuffling instructions (`pop`, `dup*`, `swap`), on slots: category-2
//! values (long, double) are two slots, so the JVM's slot-based rules apply as is.

use crate::prepare::Insn;

#[inline]
pub fn shuffle(insn: Insn, s: &mut [u64], sp: &mut usize) {
    let top = *sp;
    match insn {
        Insn::Pop => *sp -= 1,
        Insn::Pop2 => *sp -= 2,
        Insn::Dup => {
            s[top] = s[top - 1];
            *sp += 1;
        }
        Insn::DupX1 => {
            // ..., v2, v1 -> ..., v1, v2, v1
            let (v2, v1) = (s[top - 2], s[top - 1]);
            s[top - 2] = v1;
            s[top - 1] = v2;
            s[top] = v1;
            *sp += 1;
        }
        Insn::DupX2 => {
            // ..., v3, v2, v1 -> ..., v1, v3, v2, v1
            let (v3, v2, v1) = (s[top - 3], s[top - 2], s[top - 1]);
            s[top - 3] = v1;
            s[top - 2] = v3;
            s[top - 1] = v2;
            s[top] = v1;
            *sp += 1;
        }
        Insn::Dup2 => {
            s[top] = s[top - 2];
            s[top + 1] = s[top - 1];
            *sp += 2;
        }
        Insn::Dup2X1 => {
            // ..., v3, v2, v1 -> ..., v2, v1, v3, v2, v1
            let (v3, v2, v1) = (s[top - 3], s[top - 2], s[top - 1]);
            s[top - 3] = v2;
            s[top - 2] = v1;
            s[top - 1] = v3;
            s[top] = v2;
            s[top + 1] = v1;
            *sp += 2;
        }
        Insn::Dup2X2 => {
            // ..., v4, v3, v2, v1 -> ..., v2, v1, v4, v3, v2, v1
            let (v4, v3, v2, v1) = (s[top - 4], s[top - 3], s[top - 2], s[top - 1]);
            s[top - 4] = v2;
            s[top - 3] = v1;
            s[top - 2] = v4;
            s[top - 1] = v3;
            s[top] = v2;
            s[top + 1] = v1;
            *sp += 2;
        }
        Insn::Swap => s.swap(top - 1, top - 2),
        _ => unreachable!("not a stack instruction: {insn:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dup2_x2_on_four_slots() {
        let mut s = [4, 3, 2, 1, 0, 0];
        let mut sp = 4;
        shuffle(Insn::Dup2X2, &mut s, &mut sp);
        assert_eq!((sp, s), (6, [2, 1, 4, 3, 2, 1]));
    }

    #[test]
    fn dup_x1_and_swap() {
        let mut s = [2, 1, 0];
        let mut sp = 2;
        shuffle(Insn::DupX1, &mut s, &mut sp);
        assert_eq!(s, [1, 2, 1]);
        shuffle(Insn::Swap, &mut s, &mut sp);
        assert_eq!(s, [1, 1, 2]);
    }
}
