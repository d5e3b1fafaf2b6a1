// java.math.BigInteger arithmetic: add/subtract/multiply (schoolbook, Karatsuba, squares),
// divide/remainder/mod (single word and Knuth division), pow, gcd, modPow, modInverse,
// sqrt, comparisons, hashCode, the Number conversions and the exceptions with messages.
import java.math.BigInteger;
import java.util.Random;

public class BigIntegerArithmetic {
    static final BigInteger[] VALUES = {
        BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, BigInteger.TEN,
        BigInteger.valueOf(-1), BigInteger.valueOf(7), BigInteger.valueOf(-7),
        BigInteger.valueOf(Integer.MAX_VALUE), BigInteger.valueOf(Integer.MIN_VALUE),
        BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE),
        new BigInteger("4294967296"), new BigInteger("-4294967295"),
        new BigInteger("18446744073709551616"), new BigInteger("18446744073709551615"),
        new BigInteger("123456789012345678901234567890"),
        new BigInteger("-98765432109876543210987654321098765432"),
        new BigInteger("340282366920938463463374607431768211455"),
    };

    interface Op {
        Object apply(BigInteger a, BigInteger b);
    }

    static String show(Object o) {
        if (o instanceof BigInteger[]) {
            BigInteger[] qr = (BigInteger[]) o;
            return "[" + qr[0] + ", " + qr[1] + "]";
        }
        return String.valueOf(o);
    }

    static void table(String name, Op op) {
        System.out.println("== " + name);
        for (BigInteger a : VALUES) {
            StringBuilder sb = new StringBuilder();
            for (BigInteger b : VALUES) {
                String r;
                try {
                    r = show(op.apply(a, b));
                } catch (ArithmeticException e) {
                    r = "AE(" + e.getMessage() + ")";
                }
                sb.append(r).append(' ');
            }
            System.out.println(a + ": " + sb.toString().trim());
        }
    }

    static void tryPrint(String label, Op op, BigInteger a, BigInteger b) {
        try {
            System.out.println(label + " = " + show(op.apply(a, b)));
        } catch (ArithmeticException e) {
            System.out.println(label + " -> " + e);
        }
    }

    /** Digit sum and the first and last 12 digits: a fingerprint of a big number. */
    static String fingerprint(BigInteger v) {
        String s = v.abs().toString();
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += s.charAt(i) - '0';
        }
        String head = s.length() > 12 ? s.substring(0, 12) : s;
        String tail = s.length() > 12 ? s.substring(s.length() - 12) : s;
        return (v.signum() < 0 ? "-" : "") + s.length() + " digits, sum " + sum + ", " + head + "..." + tail
                + ", hash " + v.hashCode();
    }

    public static void main(String[] args) {
        table("add", (a, b) -> a.add(b));
        table("subtract", (a, b) -> a.subtract(b));
        table("multiply", (a, b) -> a.multiply(b));
        table("divide", (a, b) -> a.divide(b));
        table("remainder", (a, b) -> a.remainder(b));
        table("mod", (a, b) -> a.mod(b));
        table("divideAndRemainder", (a, b) -> a.divideAndRemainder(b));
        table("gcd", (a, b) -> a.gcd(b));
        table("compareTo", (a, b) -> a.compareTo(b));
        table("min/max", (a, b) -> a.min(b) + "/" + a.max(b));
        table("equals", (a, b) -> a.equals(b) ? "T" : "F");

        System.out.println("== unary");
        for (BigInteger a : VALUES) {
            System.out.println(a + ": abs " + a.abs() + " negate " + a.negate() + " signum " + a.signum()
                    + " hash " + a.hashCode() + " int " + a.intValue() + " long " + a.longValue()
                    + " short " + a.shortValue() + " byte " + a.byteValue()
                    + " double " + Long.toHexString(Double.doubleToLongBits(a.doubleValue()))
                    + " float " + Integer.toHexString(Float.floatToIntBits(a.floatValue())));
            String exact = "";
            try {
                exact += a.intValueExact();
            } catch (ArithmeticException e) {
                exact += e.getMessage();
            }
            try {
                exact += " / " + a.longValueExact();
            } catch (ArithmeticException e) {
                exact += " / " + e.getMessage();
            }
            try {
                exact += " / " + a.shortValueExact();
            } catch (ArithmeticException e) {
                exact += " / " + e.getMessage();
            }
            try {
                exact += " / " + a.byteValueExact();
            } catch (ArithmeticException e) {
                exact += " / " + e.getMessage();
            }
            System.out.println("  exact: " + exact);
            try {
                System.out.println("  sqrt " + a.sqrt() + " sqrtAndRemainder " + show(a.sqrtAndRemainder()));
            } catch (ArithmeticException e) {
                System.out.println("  sqrt -> " + e.getMessage());
            }
        }

        System.out.println("== doubleValue and floatValue rounding");
        BigInteger two53 = BigInteger.ONE.shiftLeft(53);
        BigInteger[] near = {
            two53, two53.add(BigInteger.ONE), two53.add(BigInteger.TWO), two53.add(BigInteger.valueOf(3)),
            two53.shiftLeft(11).add(BigInteger.ONE.shiftLeft(10)),
            two53.shiftLeft(11).add(BigInteger.ONE.shiftLeft(10)).add(BigInteger.ONE),
            two53.shiftLeft(11).add(BigInteger.ONE.shiftLeft(11)).add(BigInteger.ONE.shiftLeft(10)),
            BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(970)),
            BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(971)),
            BigInteger.ONE.shiftLeft(1024),
            BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE.shiftLeft(103)),
            BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE.shiftLeft(104)),
            new BigInteger("123456789012345678901234567890123456789"),
        };
        for (BigInteger v : near) {
            for (BigInteger w : new BigInteger[] {v, v.negate()}) {
                System.out.println(Long.toHexString(Double.doubleToLongBits(w.doubleValue())) + " "
                        + Integer.toHexString(Float.floatToIntBits(w.floatValue())) + " " + w.doubleValue());
            }
        }

        System.out.println("== pow");
        for (BigInteger a : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(-3), BigInteger.TEN,
                BigInteger.valueOf(12), new BigInteger("-123456789123")}) {
            for (int e : new int[] {0, 1, 2, 7, 30, 64, 65}) {
                System.out.println(a + "^" + e + " = " + a.pow(e));
            }
        }
        System.out.println("3^5000: " + fingerprint(BigInteger.valueOf(3).pow(5000)));
        System.out.println("(-6)^4001: " + fingerprint(BigInteger.valueOf(-6).pow(4001)));
        tryPrint("2^-1", (a, b) -> a.pow(-1), BigInteger.TWO, null);
        System.out.println("0^0 = " + BigInteger.ZERO.pow(0) + ", 0^5 = " + BigInteger.ZERO.pow(5));

        System.out.println("== modPow / modInverse");
        BigInteger m = new BigInteger("1000000007");
        System.out.println(BigInteger.TWO.modPow(BigInteger.valueOf(1000000), m));
        System.out.println(BigInteger.valueOf(-5).modPow(BigInteger.valueOf(3), BigInteger.valueOf(7)));
        System.out.println(BigInteger.valueOf(3).modPow(BigInteger.valueOf(-1), BigInteger.valueOf(7)));
        System.out.println(BigInteger.valueOf(3).modPow(BigInteger.valueOf(-5), BigInteger.valueOf(1000)));
        System.out.println(BigInteger.valueOf(12345).modPow(BigInteger.ZERO, BigInteger.ONE));
        System.out.println(BigInteger.valueOf(12345).modPow(BigInteger.ZERO, BigInteger.TEN));
        System.out.println(BigInteger.ZERO.modPow(BigInteger.TEN, BigInteger.TEN));
        BigInteger bigMod = BigInteger.ONE.shiftLeft(521).subtract(BigInteger.ONE);
        BigInteger base = new BigInteger("31415926535897932384626433832795028841971693993751");
        System.out.println(fingerprint(base.modPow(bigMod.subtract(BigInteger.TWO), bigMod)));
        System.out.println(fingerprint(base.modInverse(bigMod)));
        System.out.println(base.modInverse(bigMod).multiply(base).mod(bigMod));
        System.out.println(fingerprint(base.modPow(BigInteger.TEN.pow(40), BigInteger.TEN.pow(60))));
        System.out.println(BigInteger.valueOf(17).modInverse(BigInteger.valueOf(3120)));
        System.out.println(BigInteger.valueOf(-17).modInverse(BigInteger.valueOf(3120)));
        System.out.println(BigInteger.valueOf(5).modInverse(BigInteger.ONE));
        tryPrint("modInverse not invertible", (a, b) -> a.modInverse(b), BigInteger.valueOf(6), BigInteger.valueOf(9));
        tryPrint("modInverse m=0", (a, b) -> a.modInverse(b), BigInteger.valueOf(6), BigInteger.ZERO);
        tryPrint("modPow m=-5", (a, b) -> a.modPow(BigInteger.ONE, b), BigInteger.valueOf(6), BigInteger.valueOf(-5));
        tryPrint("modPow not invertible", (a, b) -> a.modPow(BigInteger.valueOf(-2), b), BigInteger.valueOf(6), BigInteger.valueOf(9));
        tryPrint("mod m=-5", (a, b) -> a.mod(b), BigInteger.valueOf(6), BigInteger.valueOf(-5));

        System.out.println("== large operands");
        Random rnd = new Random(20240601);
        for (int bits : new int[] {100, 1000, 1600, 3000, 5000, 12000}) {
            BigInteger a = new BigInteger(bits, rnd).setBit(bits - 1);
            BigInteger b = new BigInteger(bits * 2 / 3, rnd);
            BigInteger c = new BigInteger(bits / 2 + 7, rnd);
            BigInteger p = a.multiply(b);
            BigInteger[] qr = p.add(c).divideAndRemainder(a);
            boolean ok = qr[0].equals(b) && qr[1].equals(c)
                    && a.add(b).multiply(a.add(b)).equals(a.multiply(a).add(p.shiftLeft(1)).add(b.pow(2)))
                    && a.multiply(b.add(c)).equals(p.add(a.multiply(c)));
            BigInteger g = a.multiply(c).gcd(b.multiply(c));
            BigInteger[] qrNeg = p.negate().subtract(c).divideAndRemainder(a);
            ok &= qrNeg[0].equals(b.negate()) && qrNeg[1].equals(c.negate());
            System.out.println(bits + ": " + ok + " product " + fingerprint(p.negate()) + " gcd%c=" + g.mod(c).signum()
                    + " sqrt " + fingerprint(p.abs().sqrt()) + " square " + a.multiply(a).hashCode()
                    + " q " + p.divide(c).hashCode() + " r " + p.remainder(c).hashCode());
        }
    }
}
