// java.math.BigInteger and strings: toString in every radix (and out-of-range radixes,
// which mean 10), parsing with a radix, round trips of large values, and the
// NumberFormatException messages for bad input.
import java.math.BigInteger;
import java.util.Random;

public class BigIntegerStrings {
    static void parse(String s) {
        parse(s, 10);
    }

    static void parse(String s, int radix) {
        String shown = s.length() > 60 ? s.substring(0, 25) + "..." + s.substring(s.length() - 25) : s;
        try {
            BigInteger v = new BigInteger(s, radix);
            System.out.println("\"" + shown + "\" (" + radix + ") -> " + v);
        } catch (NumberFormatException e) {
            System.out.println("\"" + shown + "\" (" + radix + ") -> " + e);
        }
    }

    public static void main(String[] args) {
        BigInteger[] values = {
            BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(-1), BigInteger.valueOf(35), BigInteger.valueOf(-36),
            BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE),
            new BigInteger("18446744073709551616"), new BigInteger("-99999999999999999999999999999"),
            BigInteger.TEN.pow(40), BigInteger.TEN.pow(40).subtract(BigInteger.ONE).negate(),
            BigInteger.ONE.shiftLeft(200).subtract(BigInteger.ONE),
        };
        System.out.println("== toString(radix)");
        for (BigInteger v : values) {
            System.out.println(v);
            for (int radix = 2; radix <= 36; radix++) {
                String s = v.toString(radix);
                BigInteger back = new BigInteger(s, radix);
                System.out.println("  " + radix + ": " + s + (back.equals(v) ? "" : " MISMATCH"));
            }
            System.out.println("  radix 1: " + v.toString(1) + ", radix 37: " + v.toString(37)
                    + ", radix -16: " + v.toString(-16));
        }

        System.out.println("== parsing");
        parse("0");
        parse("-0");
        parse("+0");
        parse("0000000000000000000000000000000000000000000123");
        parse("-000000000000000000000000000000000000000000000");
        parse("+12345678901234567890");
        parse("-12345678901234567890");
        parse("ff", 16);
        parse("-FF", 16);
        parse("Zz", 36);
        parse("1010101010101010101010101010101010101010101010101010101010101010101", 2);
        parse("777777777777777777777777777777", 8);
        parse("\uff11\uff12\uff13");
        parse("\u0663\u0664");
        parse("12a");
        parse("");
        parse("-");
        parse("+");
        parse("1-2");
        parse("--1");
        parse("+-1");
        parse("-+1");
        parse("1+");
        parse("12345678901234567890x123456789");
        parse("00000000000000000000000012a");
        parse("123456789012345678901234567890123456789012345678901234567890123456789012345678901234567x");
        parse("x12345678901234567890123456789012345678901234567890123456789012345678901234567890123456");
        parse("12g", 16);
        parse("0x10", 16);
        parse(" 12");
        parse("12 ");
        parse("1_000");
        parse("1.5");
        parse("1e10");
        parse("1", 1);
        parse("1", 37);
        parse("", 37);
        parse("2", 2);
        parse("11111111111111111111111111111111111111111111111111111111111111111111112", 2);
        parse("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", 36);
        parse("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", 35);

        System.out.println("== large round trips");
        Random rnd = new Random(7);
        for (int bits : new int[] {64, 65, 1000, 5000, 20000}) {
            BigInteger v = new BigInteger(bits, rnd).setBit(bits - 1);
            if (bits % 2 == 1) {
                v = v.negate();
            }
            StringBuilder sb = new StringBuilder();
            for (int radix : new int[] {2, 3, 7, 10, 16, 36}) {
                String s = v.toString(radix);
                sb.append(radix).append(':').append(s.length()).append(':').append(s.hashCode())
                        .append(new BigInteger(s, radix).equals(v) ? "" : " MISMATCH").append(' ');
            }
            System.out.println(bits + " bits: " + sb.toString().trim());
        }
        BigInteger p = BigInteger.TEN.pow(3000);
        String s = p.toString();
        System.out.println("10^3000: " + s.length() + " digits, " + s.substring(0, 5) + " "
                + p.subtract(BigInteger.ONE).toString().replace("9", "").length() + " "
                + p.add(BigInteger.ONE).toString().substring(2990));
        String nines = "9".repeat(2500);
        BigInteger n = new BigInteger(nines);
        System.out.println(n.add(BigInteger.ONE).equals(BigInteger.TEN.pow(2500)) + " " + n.bitLength()
                + " " + new BigInteger("-" + nines).toString(36).length());
        System.out.println(String.valueOf(BigInteger.valueOf(42)) + " " + BigInteger.valueOf(-42) + "!");
    }
}
