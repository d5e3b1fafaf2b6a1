// java.math.BigInteger bit operations in two's complement: shifts (negative values round
// toward negative infinity), and/or/xor/not/andNot, testBit/setBit/clearBit/flipBit,
// bitLength, bitCount, getLowestSetBit, toByteArray and the byte[] constructors.
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;

public class BigIntegerBits {
    static final BigInteger[] VALUES = {
        BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(-1), BigInteger.valueOf(2),
        BigInteger.valueOf(-2), BigInteger.valueOf(255), BigInteger.valueOf(-256), BigInteger.valueOf(-129),
        BigInteger.valueOf(0x7fffffffL), BigInteger.valueOf(0x80000000L), BigInteger.valueOf(-0x80000000L),
        BigInteger.valueOf(-0x80000001L), BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE),
        new BigInteger("ffffffffffffffff", 16), new BigInteger("-10000000000000000", 16),
        new BigInteger("-123456789abcdef0123456789abcdef", 16), new BigInteger("fedcba9876543210fedcba9876543210f", 16),
    };

    static String hex(BigInteger v) {
        return v.toString(16);
    }

    public static void main(String[] args) {
        System.out.println("== per value");
        for (BigInteger v : VALUES) {
            System.out.println(hex(v) + ": bitLength " + v.bitLength() + " bitCount " + v.bitCount()
                    + " lowest " + v.getLowestSetBit() + " not " + hex(v.not())
                    + " bytes " + Arrays.toString(v.toByteArray()));
            StringBuilder bits = new StringBuilder();
            for (int i = 140; i >= 0; i--) {
                bits.append(v.testBit(i) ? '1' : '0');
            }
            System.out.println("  bits " + bits);
            StringBuilder sh = new StringBuilder();
            for (int n : new int[] {-70, -33, -32, -31, -1, 0, 1, 5, 31, 32, 33, 64, 100}) {
                sh.append(n).append(':').append(hex(v.shiftLeft(n))).append('/').append(hex(v.shiftRight(n))).append(' ');
            }
            System.out.println("  shifts " + sh.toString().trim());
            StringBuilder sb = new StringBuilder();
            for (int n : new int[] {0, 1, 7, 31, 32, 63, 64, 65, 130}) {
                sb.append(n).append(':').append(hex(v.setBit(n))).append('/').append(hex(v.clearBit(n)))
                        .append('/').append(hex(v.flipBit(n))).append(' ');
            }
            System.out.println("  set/clear/flip " + sb.toString().trim());
            BigInteger back = new BigInteger(v.toByteArray());
            System.out.println("  round trip " + back.equals(v) + " signum-magnitude "
                    + new BigInteger(v.signum(), v.abs().toByteArray()).equals(v));
        }

        System.out.println("== pairs");
        for (BigInteger a : VALUES) {
            StringBuilder sb = new StringBuilder();
            for (BigInteger b : VALUES) {
                sb.append(hex(a.and(b))).append(',').append(hex(a.or(b))).append(',').append(hex(a.xor(b)))
                        .append(',').append(hex(a.andNot(b))).append(' ');
            }
            System.out.println(hex(a) + ": " + sb.toString().trim());
        }

        System.out.println("== identities on random values");
        Random rnd = new Random(42);
        int failures = 0;
        for (int i = 0; i < 300; i++) {
            BigInteger a = new BigInteger(rnd.nextInt(400), rnd);
            BigInteger b = new BigInteger(rnd.nextInt(400), rnd);
            if (rnd.nextBoolean()) {
                a = a.negate();
            }
            if (rnd.nextBoolean()) {
                b = b.negate();
            }
            int n = rnd.nextInt(300);
            boolean ok = a.and(b).add(a.or(b)).equals(a.add(b))
                    && a.xor(b).equals(a.or(b).andNot(a.and(b)))
                    && a.not().equals(a.negate().subtract(BigInteger.ONE))
                    && a.shiftLeft(n).shiftRight(n).equals(a)
                    && a.shiftRight(n).equals(floorDiv(a, BigInteger.ONE.shiftLeft(n)))
                    && a.shiftLeft(n).equals(a.multiply(BigInteger.TWO.pow(n)))
                    && a.testBit(n) == a.shiftRight(n).testBit(0)
                    && a.setBit(n).testBit(n) && !a.clearBit(n).testBit(n)
                    && a.flipBit(n).flipBit(n).equals(a)
                    && new BigInteger(a.toByteArray()).equals(a)
                    && a.toByteArray().length == a.bitLength() / 8 + 1
                    && (a.signum() >= 0 ? a.bitCount() == countOnes(a) : a.bitCount() == countOnes(a.not()));
            if (!ok) {
                failures++;
                System.out.println("failed: " + a + " " + b + " " + n);
            }
        }
        System.out.println("failures " + failures);
        BigInteger r = new BigInteger(1000, rnd);
        System.out.println("random 1000 bits: " + hex(r) + " lowest " + r.getLowestSetBit() + " count " + r.bitCount());
        System.out.println("random 0 bits: " + new BigInteger(0, rnd) + ", 1 bit: " + new BigInteger(1, rnd)
                + ", 13 bits: " + new BigInteger(13, rnd));

        System.out.println("== byte array constructors");
        byte[][] arrays = {
            {0}, {-1}, {0, 0, 0, 1}, {-1, -1, -1, -1}, {-128}, {127}, {0, -128}, {-1, 127},
            {1, 2, 3, 4, 5, 6, 7, 8, 9}, {-2, 3, 4, 5, 6, 7, 8, 9, 10}, {-128, 0, 0, 0, 0, 0, 0, 0},
        };
        for (byte[] b : arrays) {
            System.out.println(Arrays.toString(b) + " -> " + new BigInteger(b) + " / magnitude "
                    + new BigInteger(1, b) + " / negative " + new BigInteger(-1, b));
        }
        byte[] data = {5, -1, -2, -3, 4, 0, 0};
        System.out.println(new BigInteger(data, 1, 3) + " " + new BigInteger(data, 4, 3) + " "
                + new BigInteger(data, 2, 0) + " " + new BigInteger(1, data, 1, 2) + " " + new BigInteger(-1, data, 5, 2));
        try {
            new BigInteger(new byte[0]);
        } catch (NumberFormatException e) {
            System.out.println(e);
        }
        try {
            new BigInteger(data, 5, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            new BigInteger(2, data);
        } catch (NumberFormatException e) {
            System.out.println(e);
        }
        try {
            new BigInteger(0, data);
        } catch (NumberFormatException e) {
            System.out.println(e);
        }
        System.out.println(new BigInteger(0, new byte[] {0, 0}) + " " + new BigInteger(1, new byte[0]));
        try {
            new BigInteger(-5, rnd);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        for (int n : new int[] {-1, -100}) {
            try {
                BigInteger.ONE.testBit(n);
            } catch (ArithmeticException e) {
                System.out.println("testBit(" + n + "): " + e);
            }
            try {
                BigInteger.ONE.setBit(n);
            } catch (ArithmeticException e) {
                System.out.println("setBit(" + n + "): " + e);
            }
            try {
                BigInteger.ONE.clearBit(n);
            } catch (ArithmeticException e) {
                System.out.println("clearBit(" + n + "): " + e);
            }
            try {
                BigInteger.ONE.flipBit(n);
            } catch (ArithmeticException e) {
                System.out.println("flipBit(" + n + "): " + e);
            }
        }
        System.out.println(BigInteger.valueOf(-5).shiftLeft(Integer.MIN_VALUE) + " "
                + BigInteger.valueOf(5).shiftLeft(Integer.MIN_VALUE) + " " + BigInteger.valueOf(-5).shiftRight(1 << 30));
    }

    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    static int countOnes(BigInteger a) {
        int c = 0;
        for (int i = 0; i < a.bitLength(); i++) {
            if (a.testBit(i)) {
                c++;
            }
        }
        return c;
    }
}
