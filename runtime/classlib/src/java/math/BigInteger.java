package java.math;

import java.util.Objects;
import java.util.Random;

/**
 * Immutable arbitrary-precision integers, as JDK 17's {@code java.math.BigInteger}: the
 * same results, exception types and messages, {@code hashCode}, {@code toString} and
 * {@code toByteArray}.
 *
 * <p>The value is kept as a sign ({@code -1}, {@code 0}, {@code 1}) and a magnitude: an
 * array of 32-bit words, least significant first, without high zero words (zero has an
 * empty magnitude). Multiplication is schoolbook below {@link #KARATSUBA_THRESHOLD} words
 * and Karatsuba above; division is Knuth's algorithm D; {@code toString} splits large
 * values by powers of the radix and divides small ones by the largest power of the radix
 * that fits in an int.
 */
public class BigInteger extends Number implements Comparable<BigInteger> {
    private static final long LONG_MASK = 0xffffffffL;
    private static final int[] NO_WORDS = new int[0];

    /** Makes sure the class int[][] exists before the division code is compiled. */
    private static final int[][] NO_PAIR = new int[0][];

    /** Multiplications where both factors have at least this many words use Karatsuba. */
    private static final int KARATSUBA_THRESHOLD = 48;

    /** The sign: -1, 0 or 1. */
    final int signum;

    /** The magnitude, least significant word first, no high zero words. */
    final int[] mag;

    /** 1 + the index of the lowest nonzero word of mag, or 0 when not computed yet. */
    private int lowestWordPlusOne;

    // ------------------------------------------------------------------ constants

    private static final int MAX_CACHED = 16;
    private static final BigInteger[] POSITIVE = new BigInteger[MAX_CACHED + 1];
    private static final BigInteger[] NEGATIVE = new BigInteger[MAX_CACHED + 1];

    static {
        for (int i = 1; i <= MAX_CACHED; i++) {
            POSITIVE[i] = new BigInteger(1, new int[] {i});
            NEGATIVE[i] = new BigInteger(-1, new int[] {i});
        }
    }

    public static final BigInteger ZERO = new BigInteger(0, NO_WORDS);
    public static final BigInteger ONE = valueOf(1);
    public static final BigInteger TWO = valueOf(2);
    public static final BigInteger TEN = valueOf(10);
    private static final BigInteger NEGATIVE_ONE = valueOf(-1);

    /** DIGITS_PER_INT[r]: the largest k with r^k < 2^31; CHUNK[r] = r^k. */
    private static final int[] DIGITS_PER_INT = new int[Character.MAX_RADIX + 1];
    private static final int[] CHUNK = new int[Character.MAX_RADIX + 1];

    static {
        for (int r = Character.MIN_RADIX; r <= Character.MAX_RADIX; r++) {
            long p = 1;
            int k = 0;
            while (p * r <= Integer.MAX_VALUE) {
                p *= r;
                k++;
            }
            DIGITS_PER_INT[r] = k;
            CHUNK[r] = (int) p;
        }
    }

    // ------------------------------------------------------------------ construction

    /** Trusted: mag has no high zero words, and signum is 0 exactly when mag is empty. */
    private BigInteger(int signum, int[] mag) {
        this.signum = signum;
        this.mag = mag;
    }

    /** A value from a sign and a magnitude that may have high zero words. */
    private static BigInteger of(int sign, int[] mag) {
        mag = trim(mag);
        if (mag.length == 0) {
            return ZERO;
        }
        return new BigInteger(sign, mag);
    }

    public BigInteger(String val) {
        this(val, 10);
    }

    public BigInteger(String val, int radix) {
        int len = val.length();
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new NumberFormatException("Radix out of range");
        }
        if (len == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        int sign = 1;
        int cursor = 0;
        int minus = val.lastIndexOf('-');
        int plus = val.lastIndexOf('+');
        if (minus >= 0) {
            if (minus != 0 || plus >= 0) {
                throw new NumberFormatException("Illegal embedded sign character");
            }
            sign = -1;
            cursor = 1;
        } else if (plus >= 0) {
            if (plus != 0) {
                throw new NumberFormatException("Illegal embedded sign character");
            }
            cursor = 1;
        }
        if (cursor == len) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        char[] cs = val.toCharArray();
        while (cursor < len && Character.digit(cs[cursor], radix) == 0) {
            cursor++;
        }
        if (cursor == len) {
            this.signum = 0;
            this.mag = NO_WORDS;
            return;
        }
        int[] m = parseDigits(cs, cursor, radix);
        if (m == null) {
            throw badDigits(val, cursor, radix);
        }
        this.signum = m.length == 0 ? 0 : sign;
        this.mag = m;
    }

    /**
     * The magnitude of the digits cs[start..] (the first one not a zero), or null if one of
     * them is not a digit. The digits are taken in groups of DIGITS_PER_INT[radix], the
     * first group shorter when needed, each group multiplied in with one pass.
     */
    private static int[] parseDigits(char[] cs, int start, int radix) {
        int len = cs.length;
        int numDigits = len - start;
        int per = DIGITS_PER_INT[radix];
        int first = numDigits % per;
        if (first == 0) {
            first = per;
        }
        int groups = (numDigits - first) / per + 1;
        int[] w = new int[groups + 1];
        int used = 0;
        long chunk = CHUNK[radix];
        int cursor = start;
        int groupLen = first;
        while (cursor < len) {
            int g = 0;
            for (int end = cursor + groupLen; cursor < end; cursor++) {
                int d = Character.digit(cs[cursor], radix);
                if (d < 0) {
                    return null;
                }
                g = g * radix + d;
            }
            groupLen = per;
            long carry = g;
            for (int i = 0; i < used; i++) {
                carry += (w[i] & LONG_MASK) * chunk;
                w[i] = (int) carry;
                carry >>>= 32;
            }
            if (carry != 0) {
                w[used++] = (int) carry;
            }
        }
        return trim(used == w.length ? w : copyOf(w, used));
    }

    /**
     * The exception for a string with a bad digit, as the JDK reports it: the digits are
     * read group by group with Integer.parseInt, which throws for the first bad group.
     */
    private static NumberFormatException badDigits(String val, int start, int radix) {
        int len = val.length();
        int per = DIGITS_PER_INT[radix];
        int first = (len - start) % per;
        int cursor = start;
        int groupLen = first == 0 ? per : first;
        while (cursor < len) {
            Integer.parseInt(val.substring(cursor, cursor + groupLen), radix);
            cursor += groupLen;
            groupLen = per;
        }
        return new NumberFormatException("Illegal digit");
    }

    /** Two's-complement, big-endian bytes. */
    public BigInteger(byte[] val) {
        this(val, 0, checkNonEmpty(val));
    }

    public BigInteger(byte[] val, int off, int len) {
        if (val.length == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        Objects.checkFromIndexSize(off, len, val.length);
        if (len == 0) {
            // As the JDK: the sign is still read from val[off], and a negative one makes
            // -(~val[off - 1] & 0xff) - 1 (both reads may fail with an index out of bounds).
            if (val[off] < 0) {
                int prev = val[off - 1];
                this.signum = -1;
                this.mag = new int[] {((~prev) & 0xff) + 1};
            } else {
                this.signum = 0;
                this.mag = NO_WORDS;
            }
            return;
        }
        int[] w = new int[(len + 3) >>> 2];
        for (int j = 0; j < len; j++) {
            w[j >>> 2] |= (val[off + len - 1 - j] & 0xff) << ((j & 3) << 3);
        }
        if (val[off] < 0 && (len & 3) != 0) {
            w[w.length - 1] |= -1 << ((len & 3) << 3);
        }
        BigInteger v = fromTwos(w);
        this.signum = v.signum;
        this.mag = v.mag;
    }

    private static int checkNonEmpty(byte[] val) {
        if (val.length == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        return val.length;
    }

    /** Sign-magnitude: the magnitude is unsigned big-endian bytes. */
    public BigInteger(int signum, byte[] magnitude) {
        this(signum, magnitude, 0, magnitude.length);
    }

    public BigInteger(int signum, byte[] magnitude, int off, int len) {
        if (signum < -1 || signum > 1) {
            throw new NumberFormatException("Invalid signum value");
        }
        Objects.checkFromIndexSize(off, len, magnitude.length);
        int[] m = trim(bytesToWords(magnitude, off, len));
        if (m.length == 0) {
            this.signum = 0;
            this.mag = NO_WORDS;
        } else {
            if (signum == 0) {
                throw new NumberFormatException("signum-magnitude mismatch");
            }
            this.signum = signum;
            this.mag = m;
        }
    }

    /** A uniformly distributed value in [0, 2^numBits - 1]. */
    public BigInteger(int numBits, Random rnd) {
        if (numBits < 0) {
            throw new IllegalArgumentException("numBits must be non-negative");
        }
        int[] m = trim(randomWords(numBits, rnd));
        this.signum = m.length == 0 ? 0 : 1;
        this.mag = m;
    }

    /** A random probable prime of exactly bitLength bits. */
    public BigInteger(int bitLength, int certainty, Random rnd) {
        BigInteger p = randomPrime(bitLength, certainty, rnd);
        this.signum = p.signum;
        this.mag = p.mag;
    }

    public static BigInteger probablePrime(int bitLength, Random rnd) {
        return randomPrime(bitLength, 100, rnd);
    }

    private static BigInteger randomPrime(int bitLength, int certainty, Random rnd) {
        if (bitLength < 2) {
            throw arithmetic(BIT_LENGTH);
        }
        if (bitLength == 2) {
            return rnd.nextBoolean() ? TWO : valueOf(3);
        }
        while (true) {
            int[] w = randomWords(bitLength, rnd);
            w[(bitLength - 1) >>> 5] |= 1 << ((bitLength - 1) & 31);
            w[0] |= 1;
            BigInteger c = new BigInteger(1, w);
            if (c.isProbablePrime(certainty)) {
                return c;
            }
        }
    }

    /** numBits random bits drawn as the JDK does: big-endian bytes from nextBytes. */
    private static int[] randomWords(int numBits, Random rnd) {
        int numBytes = (int) (((long) numBits + 7) / 8);
        byte[] b = new byte[numBytes];
        if (numBytes > 0) {
            rnd.nextBytes(b);
            int excess = 8 * numBytes - numBits;
            b[0] &= (byte) ((1 << (8 - excess)) - 1);
        }
        return bytesToWords(b, 0, numBytes);
    }

    private static int[] bytesToWords(byte[] b, int off, int len) {
        int[] w = new int[(len + 3) >>> 2];
        for (int j = 0; j < len; j++) {
            w[j >>> 2] |= (b[off + len - 1 - j] & 0xff) << ((j & 3) << 3);
        }
        return w;
    }

    public static BigInteger valueOf(long val) {
        if (val == 0) {
            return ZERO;
        }
        if (val > 0 && val <= MAX_CACHED) {
            return POSITIVE[(int) val];
        }
        if (val < 0 && val >= -MAX_CACHED) {
            return NEGATIVE[(int) -val];
        }
        int sign = val < 0 ? -1 : 1;
        long m = val < 0 ? -val : val; // Long.MIN_VALUE stays 2^63 read unsigned
        int hi = (int) (m >>> 32);
        return new BigInteger(sign, hi == 0 ? new int[] {(int) m} : new int[] {(int) m, hi});
    }

    // ------------------------------------------------------------------ helpers

    // The ArithmeticExceptions are made by arithmetic(code) rather than in the methods that
    // throw them, so that those hold no reference to an exception class or a message string
    // that is not loaded or resolved yet (a JIT may decline to compile such a method).
    private static final int DIVIDE_BY_ZERO = 0;
    private static final int MODULUS_NOT_POSITIVE = 1;
    private static final int NEGATIVE_EXPONENT = 2;
    private static final int OVERFLOW = 3;
    private static final int NOT_INVERTIBLE = 4;
    private static final int NEGATIVE_SQRT = 5;
    private static final int NEGATIVE_BIT = 6;
    private static final int INT_RANGE = 7;
    private static final int LONG_RANGE = 8;
    private static final int SHORT_RANGE = 9;
    private static final int BYTE_RANGE = 10;
    private static final int BIT_LENGTH = 11;

    private static ArithmeticException arithmetic(int code) {
        String message;
        switch (code) {
            case DIVIDE_BY_ZERO:
                message = "BigInteger divide by zero";
                break;
            case MODULUS_NOT_POSITIVE:
                message = "BigInteger: modulus not positive";
                break;
            case NEGATIVE_EXPONENT:
                message = "Negative exponent";
                break;
            case OVERFLOW:
                message = "BigInteger would overflow supported range";
                break;
            case NOT_INVERTIBLE:
                message = "BigInteger not invertible.";
                break;
            case NEGATIVE_SQRT:
                message = "Negative BigInteger";
                break;
            case NEGATIVE_BIT:
                message = "Negative bit address";
                break;
            case INT_RANGE:
                message = "BigInteger out of int range";
                break;
            case LONG_RANGE:
                message = "BigInteger out of long range";
                break;
            case SHORT_RANGE:
                message = "BigInteger out of short range";
                break;
            case BYTE_RANGE:
                message = "BigInteger out of byte range";
                break;
            case BIT_LENGTH:
                message = "bitLength < 2";
                break;
            default:
                throw new InternalError();
        }
        ArithmeticException e = new ArithmeticException(message);
        // The stack trace starts at the method that throws, as if it had made the exception.
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            StackTraceElement[] rest = new StackTraceElement[trace.length - 1];
            System.arraycopy(trace, 1, rest, 0, rest.length);
            e.setStackTrace(rest);
        }
        return e;
    }

    private static int[] copyOf(int[] a, int n) {
        int[] r = new int[n];
        System.arraycopy(a, 0, r, 0, n < a.length ? n : a.length);
        return r;
    }

    private static int[] copyRange(int[] a, int from, int to) {
        int[] r = new int[to - from];
        System.arraycopy(a, from, r, 0, to - from);
        return r;
    }

    private static int[] trim(int[] a) {
        int n = a.length;
        while (n > 0 && a[n - 1] == 0) {
            n--;
        }
        return n == a.length ? a : copyOf(a, n);
    }

    private static int compareMag(int[] a, int[] b) {
        if (a.length != b.length) {
            return a.length < b.length ? -1 : 1;
        }
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return (a[i] + Integer.MIN_VALUE) < (b[i] + Integer.MIN_VALUE) ? -1 : 1;
            }
        }
        return 0;
    }

    private static int[] addMag(int[] a, int[] b) {
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        int n = a.length;
        if (b.length == 0) {
            return a;
        }
        // Room for a carry out of the top word unless it surely cannot happen.
        long topSum = (a[n - 1] & LONG_MASK) + (b.length == n ? b[n - 1] & LONG_MASK : 0);
        int[] r = new int[topSum < LONG_MASK ? n : n + 1];
        long carry = 0;
        int i = 0;
        for (; i < b.length; i++) {
            carry += (a[i] & LONG_MASK) + (b[i] & LONG_MASK);
            r[i] = (int) carry;
            carry >>>= 32;
        }
        for (; i < n && carry != 0; i++) {
            carry += a[i] & LONG_MASK;
            r[i] = (int) carry;
            carry >>>= 32;
        }
        if (i < n) {
            System.arraycopy(a, i, r, i, n - i);
        }
        if (r.length > n) {
            if (carry == 0) {
                return copyOf(r, n);
            }
            r[n] = (int) carry;
        }
        return r;
    }

    /** a - b for a >= b; the result is trimmed. */
    private static int[] subMag(int[] a, int[] b) {
        int n = a.length;
        int[] r = new int[n];
        long borrow = 0;
        int i = 0;
        for (; i < b.length; i++) {
            long d = (a[i] & LONG_MASK) - (b[i] & LONG_MASK) + borrow;
            r[i] = (int) d;
            borrow = d >> 32;
        }
        for (; i < n && borrow != 0; i++) {
            long d = (a[i] & LONG_MASK) + borrow;
            r[i] = (int) d;
            borrow = d >> 32;
        }
        if (i < n) {
            System.arraycopy(a, i, r, i, n - i);
        }
        return trim(r);
    }

    /** r[off..] += x; the sum must fit in r. */
    private static void addInto(int[] r, int off, int[] x) {
        long carry = 0;
        int i = 0;
        for (; i < x.length; i++) {
            carry += (r[off + i] & LONG_MASK) + (x[i] & LONG_MASK);
            r[off + i] = (int) carry;
            carry >>>= 32;
        }
        for (int k = off + i; carry != 0 && k < r.length; k++) {
            carry += r[k] & LONG_MASK;
            r[k] = (int) carry;
            carry >>>= 32;
        }
    }

    /** r -= x, in place, for r >= x. */
    private static void subInPlace(int[] r, int[] x) {
        long borrow = 0;
        int i = 0;
        for (; i < x.length; i++) {
            long d = (r[i] & LONG_MASK) - (x[i] & LONG_MASK) + borrow;
            r[i] = (int) d;
            borrow = d >> 32;
        }
        for (; borrow != 0 && i < r.length; i++) {
            long d = (r[i] & LONG_MASK) + borrow;
            r[i] = (int) d;
            borrow = d >> 32;
        }
    }

    private static int[] mulWord(int[] a, int w) {
        long m = w & LONG_MASK;
        int n = a.length;
        // The carry into the top word is below m, so the top word alone mostly tells
        // whether the product needs another word.
        long top = (a[n - 1] & LONG_MASK) * m;
        int[] r = new int[(top >>> 32) == 0 && top + m <= LONG_MASK ? n : n + 1];
        long carry = 0;
        for (int i = 0; i < n; i++) {
            carry += (a[i] & LONG_MASK) * m;
            r[i] = (int) carry;
            carry >>>= 32;
        }
        if (r.length > n) {
            r[n] = (int) carry;
            return carry == 0 ? copyOf(r, n) : r;
        }
        return r;
    }

    /** The trimmed product of two trimmed magnitudes. */
    private static int[] mulMag(int[] a, int[] b) {
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        if (b.length == 0) {
            return NO_WORDS;
        }
        if (b.length == 1) {
            return mulWord(a, b[0]);
        }
        if (a == b) {
            return squareMag(a);
        }
        if (b.length < KARATSUBA_THRESHOLD) {
            return trim(schoolbook(a, b));
        }
        return karatsuba(a, b);
    }

    private static int[] schoolbook(int[] a, int[] b) {
        int al = a.length;
        int bl = b.length;
        int[] r = new int[al + bl];
        long carry = 0;
        long bj = b[0] & LONG_MASK;
        for (int i = 0; i < al; i++) {
            carry += (a[i] & LONG_MASK) * bj;
            r[i] = (int) carry;
            carry >>>= 32;
        }
        r[al] = (int) carry;
        for (int j = 1; j < bl; j++) {
            bj = b[j] & LONG_MASK;
            if (bj == 0) {
                continue;
            }
            carry = 0;
            for (int i = 0, k = j; i < al; i++, k++) {
                carry += (a[i] & LONG_MASK) * bj + (r[k] & LONG_MASK);
                r[k] = (int) carry;
                carry >>>= 32;
            }
            r[j + al] = (int) carry;
        }
        return r;
    }

    private static int[] squareMag(int[] a) {
        int n = a.length;
        if (n >= KARATSUBA_THRESHOLD) {
            return karatsuba(a, a);
        }
        int[] r = new int[2 * n];
        // The products a[i]*a[j] for i < j, once.
        for (int i = 0; i < n - 1; i++) {
            long ai = a[i] & LONG_MASK;
            if (ai == 0) {
                continue;
            }
            long carry = 0;
            for (int j = i + 1, k = 2 * i + 1; j < n; j++, k++) {
                carry += ai * (a[j] & LONG_MASK) + (r[k] & LONG_MASK);
                r[k] = (int) carry;
                carry >>>= 32;
            }
            r[i + n] = (int) carry;
        }
        // Doubled, plus the squares a[i]^2.
        int prev = 0;
        for (int k = 0; k < 2 * n; k++) {
            int w = r[k];
            r[k] = (w << 1) | (prev >>> 31);
            prev = w;
        }
        long carry = 0;
        for (int i = 0; i < n; i++) {
            long ai = a[i] & LONG_MASK;
            long sq = ai * ai;
            carry += (r[2 * i] & LONG_MASK) + (sq & LONG_MASK);
            r[2 * i] = (int) carry;
            carry >>>= 32;
            carry += (r[2 * i + 1] & LONG_MASK) + (sq >>> 32);
            r[2 * i + 1] = (int) carry;
            carry >>>= 32;
        }
        return trim(r);
    }

    /** a.length >= b.length >= KARATSUBA_THRESHOLD (or a == b). */
    private static int[] karatsuba(int[] a, int[] b) {
        int al = a.length;
        int bl = b.length;
        int half = (al + 1) >>> 1;
        if (bl <= half) {
            // Unbalanced: multiply b by slices of a as long as b, and add them up.
            int[] r = new int[al + bl];
            for (int off = 0; off < al; off += bl) {
                int[] slice = trim(copyRange(a, off, off + bl < al ? off + bl : al));
                addInto(r, off, mulMag(slice, b));
            }
            return trim(r);
        }
        boolean square = a == b;
        int[] a0 = trim(copyOf(a, half));
        int[] a1 = copyRange(a, half, al);
        int[] b0 = square ? a0 : trim(copyOf(b, half));
        int[] b1 = square ? a1 : copyRange(b, half, bl);
        int[] z0 = mulMag(a0, b0);
        int[] z2 = mulMag(a1, b1);
        int[] sa = addMag(a0, a1);
        int[] z1 = mulMag(sa, square ? sa : addMag(b0, b1));
        int[] mid = new int[z1.length];
        System.arraycopy(z1, 0, mid, 0, z1.length);
        subInPlace(mid, z0);
        subInPlace(mid, z2);
        int[] r = new int[al + bl];
        System.arraycopy(z0, 0, r, 0, z0.length);
        System.arraycopy(z2, 0, r, 2 * half, z2.length);
        addInto(r, half, trim(mid));
        return trim(r);
    }

    /**
     * Divides magnitude a by magnitude b (b nonzero). Returns {quotient, remainder}, both
     * trimmed; an entry is null when not asked for.
     */
    private static int[][] divRemMag(int[] a, int[] b, boolean wantQ, boolean wantR) {
        int cmp = compareMag(a, b);
        if (cmp < 0) {
            return new int[][] {wantQ ? NO_WORDS : null, wantR ? a : null};
        }
        if (cmp == 0) {
            return new int[][] {wantQ ? new int[] {1} : null, wantR ? NO_WORDS : null};
        }
        if (b.length == 1) {
            int[] q = new int[a.length];
            int rem = divWord(a, a.length, q, b[0]);
            return new int[][] {wantQ ? trim(q) : null,
                    wantR ? (rem == 0 ? NO_WORDS : new int[] {rem}) : null};
        }
        return knuthDivide(a, b, wantQ, wantR);
    }

    /** dst[0..len) = src[0..len) / d (unsigned); returns the remainder. dst may be src. */
    private static int divWord(int[] src, int len, int[] dst, int d) {
        long dl = d & LONG_MASK;
        long rem = 0;
        if (d > 0) {
            for (int i = len - 1; i >= 0; i--) {
                long cur = (rem << 32) | (src[i] & LONG_MASK);
                long q = cur / dl;
                dst[i] = (int) q;
                rem = cur - q * dl;
            }
        } else {
            for (int i = len - 1; i >= 0; i--) {
                long cur = (rem << 32) | (src[i] & LONG_MASK);
                long q;
                long r;
                if (cur >= 0) {
                    q = cur / dl;
                    r = cur - q * dl;
                } else {
                    q = ((cur >>> 1) / dl) << 1;
                    r = cur - q * dl;
                    if (r >= dl) {
                        q++;
                        r -= dl;
                    }
                }
                dst[i] = (int) q;
                rem = r;
            }
        }
        return (int) rem;
    }

    /**
     * Knuth's algorithm D; b has at least two words and a > b. The divisor is not shifted:
     * the quotient digits are estimated from the top words of the dividend and divisor
     * shifted on the fly as the normalized algorithm would see them (the same estimates),
     * and the multiples of b are subtracted from an unshifted copy of a, which ends up
     * holding the remainder.
     */
    private static int[][] knuthDivide(int[] a, int[] b, boolean wantQ, boolean wantR) {
        int n = b.length;
        int al = a.length;
        int m = al - n;
        int s = Integer.numberOfLeadingZeros(b[n - 1]);
        int rs = 32 - s;
        int[] un = new int[al + 1];
        System.arraycopy(a, 0, un, 0, al);
        long vTop;
        long vNext;
        if (s == 0) {
            vTop = b[n - 1] & LONG_MASK;
            vNext = b[n - 2] & LONG_MASK;
        } else {
            vTop = ((b[n - 1] << s) | (b[n - 2] >>> rs)) & LONG_MASK;
            vNext = ((b[n - 2] << s) | (n >= 3 ? b[n - 3] >>> rs : 0)) & LONG_MASK;
        }
        int[] q = wantQ ? new int[m + 1] : null;
        for (int j = m; j >= 0; j--) {
            // The top three words of the partial remainder as the normalized algorithm has them.
            int w2 = un[j + n];
            int w1 = un[j + n - 1];
            int w0 = un[j + n - 2];
            long u2;
            long num;
            if (s == 0) {
                num = ((long) w2 << 32) | (w1 & LONG_MASK);
                u2 = w0 & LONG_MASK;
            } else {
                int below = j + n - 3 >= 0 ? un[j + n - 3] : 0;
                int x2 = (w2 << s) | (w1 >>> rs);
                int x1 = (w1 << s) | (w0 >>> rs);
                num = ((long) x2 << 32) | (x1 & LONG_MASK);
                u2 = ((w0 << s) | (below >>> rs)) & LONG_MASK;
            }
            long qhat;
            long rhat;
            if (num >= 0) {
                qhat = num / vTop;
                rhat = num - qhat * vTop;
            } else {
                qhat = ((num >>> 1) / vTop) << 1;
                rhat = num - qhat * vTop;
                if (rhat >= vTop) {
                    qhat++;
                    rhat -= vTop;
                }
            }
            while (qhat > LONG_MASK
                    || (qhat * vNext) + Long.MIN_VALUE > ((rhat << 32) | u2) + Long.MIN_VALUE) {
                qhat--;
                rhat += vTop;
                if (rhat > LONG_MASK) {
                    break;
                }
            }
            if (qhat != 0) {
                // un[j..j+n] -= qhat * b
                long k = 0;
                long t;
                for (int i = 0; i < n; i++) {
                    long p = qhat * (b[i] & LONG_MASK);
                    t = (un[i + j] & LONG_MASK) - k - (p & LONG_MASK);
                    un[i + j] = (int) t;
                    k = (p >>> 32) - (t >> 32);
                }
                t = (un[j + n] & LONG_MASK) - k;
                un[j + n] = (int) t;
                if (t < 0) {
                    // Subtracted one time too many: add b back.
                    qhat--;
                    long c = 0;
                    for (int i = 0; i < n; i++) {
                        c += (un[i + j] & LONG_MASK) + (b[i] & LONG_MASK);
                        un[i + j] = (int) c;
                        c >>>= 32;
                    }
                    un[j + n] += (int) c;
                }
            }
            if (q != null) {
                q[j] = (int) qhat;
            }
        }
        int[] r = null;
        if (wantR) {
            int len = n;
            while (len > 0 && un[len - 1] == 0) {
                len--;
            }
            r = copyOf(un, len);
        }
        return new int[][] {q == null ? null : trim(q), r};
    }

    private static int[] shiftLeftMag(int[] a, int n) {
        int words = n >>> 5;
        int bits = n & 31;
        int len = a.length;
        if (bits == 0) {
            int[] r = new int[len + words];
            System.arraycopy(a, 0, r, words, len);
            return r;
        }
        int rs = 32 - bits;
        int high = a[len - 1] >>> rs;
        int[] r = new int[high == 0 ? len + words : len + words + 1];
        int prev = 0;
        for (int i = 0; i < len; i++) {
            int w = a[i];
            r[i + words] = (w << bits) | (prev >>> rs);
            prev = w;
        }
        if (high != 0) {
            r[len + words] = high;
        }
        return r;
    }

    /** a >> n (unsigned); a must have more than n >>> 5 words. */
    private static int[] shiftRightMag(int[] a, int n) {
        int words = n >>> 5;
        int bits = n & 31;
        int len = a.length - words;
        int[] r = new int[len];
        if (bits == 0) {
            System.arraycopy(a, words, r, 0, len);
            return r;
        }
        int ls = 32 - bits;
        for (int i = 0; i < len - 1; i++) {
            r[i] = (a[i + words] >>> bits) | (a[i + words + 1] << ls);
        }
        r[len - 1] = a[a.length - 1] >>> bits;
        return trim(r);
    }

    /** The magnitude plus one. */
    private static int[] incrementMag(int[] a) {
        return addMag(a, new int[] {1});
    }

    private static int bitLengthMag(int[] a) {
        int n = a.length;
        if (n == 0) {
            return 0;
        }
        return 32 * (n - 1) + (32 - Integer.numberOfLeadingZeros(a[n - 1]));
    }

    private int lowestWord() {
        int lw = lowestWordPlusOne;
        if (lw == 0) {
            int i = 0;
            while (mag[i] == 0) {
                i++;
            }
            lw = i + 1;
            lowestWordPlusOne = lw;
        }
        return lw - 1;
    }

    /** Word i (least significant first) of the infinite two's-complement representation. */
    private int twosWord(int i) {
        if (signum >= 0) {
            return i < mag.length ? mag[i] : 0;
        }
        if (i >= mag.length) {
            return -1;
        }
        int lw = lowestWord();
        if (i < lw) {
            return 0;
        }
        return i == lw ? -mag[i] : ~mag[i];
    }

    /** The lowest n words of the two's-complement representation. */
    private int[] twos(int n) {
        int[] r = new int[n];
        int len = n < mag.length ? n : mag.length;
        if (signum >= 0) {
            System.arraycopy(mag, 0, r, 0, len);
            return r;
        }
        long carry = 1;
        for (int i = 0; i < n; i++) {
            int w = i < len ? mag[i] : 0;
            carry += (~w) & LONG_MASK;
            r[i] = (int) carry;
            carry >>>= 32;
        }
        return r;
    }

    /** The value of a two's-complement word array (sign taken from the top bit). */
    private static BigInteger fromTwos(int[] w) {
        int n = w.length;
        if (n > 0 && w[n - 1] < 0) {
            int[] m = new int[n];
            long carry = 1;
            for (int i = 0; i < n; i++) {
                carry += (~w[i]) & LONG_MASK;
                m[i] = (int) carry;
                carry >>>= 32;
            }
            return of(-1, m);
        }
        return of(1, w);
    }

    // ------------------------------------------------------------------ arithmetic

    public BigInteger add(BigInteger val) {
        return addSigned(val.signum, val.mag, val);
    }

    public BigInteger subtract(BigInteger val) {
        return addSigned(-val.signum, val.mag, null);
    }

    /** this + (vsign, vmag); same is the operand itself when vsign is its sign. */
    private BigInteger addSigned(int vsign, int[] vmag, BigInteger same) {
        if (vsign == 0) {
            return this;
        }
        if (signum == 0) {
            return same != null ? same : new BigInteger(vsign, vmag);
        }
        if (signum == vsign) {
            return new BigInteger(signum, addMag(mag, vmag));
        }
        int c = compareMag(mag, vmag);
        if (c == 0) {
            return ZERO;
        }
        return c > 0 ? new BigInteger(signum, subMag(mag, vmag)) : new BigInteger(vsign, subMag(vmag, mag));
    }

    public BigInteger multiply(BigInteger val) {
        if (signum == 0 || val.signum == 0) {
            return ZERO;
        }
        int[] m = val == this ? squareMag(mag) : mulMag(mag, val.mag);
        return new BigInteger(signum * val.signum, m);
    }

    private static void checkDivisor(BigInteger val) {
        if (val.signum == 0) {
            throw arithmetic(DIVIDE_BY_ZERO);
        }
    }

    public BigInteger divide(BigInteger val) {
        checkDivisor(val);
        if (signum == 0) {
            return ZERO;
        }
        return of(signum * val.signum, divRemMag(mag, val.mag, true, false)[0]);
    }

    public BigInteger remainder(BigInteger val) {
        checkDivisor(val);
        if (signum == 0) {
            return ZERO;
        }
        return of(signum, divRemMag(mag, val.mag, false, true)[1]);
    }

    public BigInteger[] divideAndRemainder(BigInteger val) {
        checkDivisor(val);
        if (signum == 0) {
            return new BigInteger[] {ZERO, ZERO};
        }
        int[][] qr = divRemMag(mag, val.mag, true, true);
        return new BigInteger[] {of(signum * val.signum, qr[0]), of(signum, qr[1])};
    }

    public BigInteger mod(BigInteger m) {
        if (m.signum <= 0) {
            throw arithmetic(MODULUS_NOT_POSITIVE);
        }
        BigInteger r = remainder(m);
        return r.signum >= 0 ? r : r.add(m);
    }

    public BigInteger pow(int exponent) {
        if (exponent < 0) {
            throw arithmetic(NEGATIVE_EXPONENT);
        }
        if (signum == 0) {
            return exponent == 0 ? ONE : this;
        }
        int sign = (signum < 0 && (exponent & 1) == 1) ? -1 : 1;
        // Take the factor 2^tz out and put it back with a shift.
        int tz = getLowestSetBit();
        long shift = (long) tz * exponent;
        int[] base = tz == 0 ? mag : shiftRightMag(mag, tz);
        if (base.length == 1 && base[0] == 1) {
            checkShift(shift + 1);
            BigInteger r = new BigInteger(sign, new int[] {1});
            return shift == 0 ? r : r.shiftLeft((int) shift);
        }
        if (exponent == 0) {
            return ONE;
        }
        if ((long) bitLengthMag(base) * exponent > Integer.MAX_VALUE) {
            throw arithmetic(OVERFLOW);
        }
        int[] result = base;
        for (int bit = 30 - Integer.numberOfLeadingZeros(exponent); bit >= 0; bit--) {
            result = squareMag(result);
            if ((exponent >>> bit & 1) != 0) {
                result = mulMag(result, base);
            }
        }
        BigInteger r = new BigInteger(sign, result);
        if (shift != 0) {
            checkShift(shift + r.bitLength());
            r = r.shiftLeft((int) shift);
        }
        return r;
    }

    /** Values are limited to Integer.MAX_VALUE bits, as in the JDK. */
    private static void checkShift(long bits) {
        if (bits > Integer.MAX_VALUE) {
            throw arithmetic(OVERFLOW);
        }
    }

    public BigInteger gcd(BigInteger val) {
        if (val.signum == 0) {
            return abs();
        }
        if (signum == 0) {
            return val.abs();
        }
        int[] a = mag;
        int[] b = val.mag;
        if (compareMag(a, b) < 0) {
            int[] t = a;
            a = b;
            b = t;
        }
        while (b.length > 0) {
            if (a.length <= 2 && (a.length < 2 || a[1] >= 0)) {
                long x = magToLong(a);
                long y = magToLong(b);
                while (y != 0) {
                    long t = x % y;
                    x = y;
                    y = t;
                }
                return valueOf(x);
            }
            int[] r = divRemMag(a, b, false, true)[1];
            a = b;
            b = r;
        }
        return new BigInteger(1, a);
    }

    /** The low 64 bits of a magnitude. */
    private static long magToLong(int[] a) {
        long v = 0;
        if (a.length > 0) {
            v = a[0] & LONG_MASK;
        }
        if (a.length > 1) {
            v |= (long) a[1] << 32;
        }
        return v;
    }

    public BigInteger abs() {
        return signum >= 0 ? this : negate();
    }

    public BigInteger negate() {
        return signum == 0 ? this : new BigInteger(-signum, mag);
    }

    public int signum() {
        return signum;
    }

    public BigInteger modPow(BigInteger exponent, BigInteger m) {
        if (m.signum <= 0) {
            throw arithmetic(MODULUS_NOT_POSITIVE);
        }
        boolean isOne = m.mag.length == 1 && m.mag[0] == 1;
        if (exponent.signum == 0) {
            return isOne ? ZERO : ONE;
        }
        if (signum == 1 && mag.length == 1 && mag[0] == 1) {
            return isOne ? ZERO : ONE;
        }
        if (signum == 0 && exponent.signum > 0) {
            return ZERO;
        }
        if (isOne) {
            return ZERO;
        }
        boolean invert = exponent.signum < 0;
        BigInteger base = this;
        if (base.signum < 0 || base.compareTo(m) >= 0) {
            base = base.mod(m);
        }
        if (invert) {
            base = base.modInverse(m);
        }
        return of(1, powMod(base.mag, exponent.mag, m.mag));
    }

    /** base^exp mod m for magnitudes, base < m, exp > 0, m > 1. Sliding windows. */
    private static int[] powMod(int[] base, int[] exp, int[] m) {
        if (base.length == 0) {
            return NO_WORDS;
        }
        int ebits = bitLengthMag(exp);
        int wbits = ebits <= 8 ? 1 : ebits <= 64 ? 3 : ebits <= 512 ? 4 : 5;
        int[][] table = new int[1 << (wbits - 1)][];
        table[0] = base;
        if (wbits > 1) {
            int[] b2 = mulModMag(base, base, m);
            for (int i = 1; i < table.length; i++) {
                table[i] = mulModMag(table[i - 1], b2, m);
            }
        }
        int[] result = null; // null stands for 1
        int i = ebits - 1;
        while (i >= 0) {
            if (!testBitMag(exp, i)) {
                if (result != null) {
                    result = mulModMag(result, result, m);
                }
                i--;
                continue;
            }
            // The longest window [j, i] of at most wbits bits ending in a one bit.
            int j = Math.max(i - wbits + 1, 0);
            while (!testBitMag(exp, j)) {
                j++;
            }
            int value = 0;
            for (int k = i; k >= j; k--) {
                value = (value << 1) | (testBitMag(exp, k) ? 1 : 0);
                if (result != null) {
                    result = mulModMag(result, result, m);
                }
            }
            int[] t = table[value >>> 1];
            result = result == null ? t : mulModMag(result, t, m);
            i = j - 1;
        }
        return result;
    }

    private static boolean testBitMag(int[] a, int n) {
        int w = n >>> 5;
        return w < a.length && ((a[w] >>> (n & 31)) & 1) != 0;
    }

    private static int[] mulModMag(int[] a, int[] b, int[] m) {
        int[] p = a == b ? squareMag(a) : mulMag(a, b);
        return divRemMag(p, m, false, true)[1];
    }

    public BigInteger modInverse(BigInteger m) {
        if (m.signum <= 0) {
            throw arithmetic(MODULUS_NOT_POSITIVE);
        }
        if (m.mag.length == 1 && m.mag[0] == 1) {
            return ZERO;
        }
        BigInteger a = mod(m);
        // Extended Euclid: keep oldS * a == oldR (mod m).
        BigInteger oldR = a;
        BigInteger r = m;
        BigInteger oldS = ONE;
        BigInteger s = ZERO;
        while (r.signum != 0) {
            BigInteger[] qr = oldR.divideAndRemainder(r);
            BigInteger nextS = oldS.subtract(qr[0].multiply(s));
            oldR = r;
            r = qr[1];
            oldS = s;
            s = nextS;
        }
        if (!(oldR.mag.length == 1 && oldR.mag[0] == 1)) {
            throw arithmetic(NOT_INVERTIBLE);
        }
        return oldS.mod(m);
    }

    public BigInteger sqrt() {
        if (signum < 0) {
            throw arithmetic(NEGATIVE_SQRT);
        }
        if (signum == 0) {
            return ZERO;
        }
        int bl = bitLength();
        if (bl <= 62) {
            long v = longValue();
            long s = (long) Math.sqrt((double) v);
            while (s * s > v) {
                s--;
            }
            while ((s + 1) * (s + 1) <= v) {
                s++;
            }
            return valueOf(s);
        }
        return sqrtLarge(this);
    }

    /**
     * floor(sqrt(n)) for n of more than 62 bits: from the root of n's top half (found the
     * same way), which gives a start just above the root, Newton's iteration from above
     * needs only a step or two at full size.
     */
    private static BigInteger sqrtLarge(BigInteger n) {
        int bl = n.bitLength();
        int k = bl / 4;
        BigInteger top = n.shiftRight(2 * k);
        BigInteger x = (top.bitLength() <= 62 ? top.sqrt() : sqrtLarge(top)).add(ONE).shiftLeft(k);
        while (true) {
            BigInteger y = x.add(n.divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) {
                return x;
            }
            x = y;
        }
    }

    public BigInteger[] sqrtAndRemainder() {
        BigInteger s = sqrt();
        return new BigInteger[] {s, subtract(s.multiply(s))};
    }

    // ------------------------------------------------------------------ comparison

    public int compareTo(BigInteger val) {
        if (signum != val.signum) {
            return signum > val.signum ? 1 : -1;
        }
        int c = compareMag(mag, val.mag);
        return signum >= 0 ? c : -c;
    }

    public boolean equals(Object x) {
        if (x == this) {
            return true;
        }
        if (!(x instanceof BigInteger)) {
            return false;
        }
        BigInteger v = (BigInteger) x;
        if (v.signum != signum || v.mag.length != mag.length) {
            return false;
        }
        for (int i = 0; i < mag.length; i++) {
            if (mag[i] != v.mag[i]) {
                return false;
            }
        }
        return true;
    }

    public int hashCode() {
        int h = 0;
        for (int i = mag.length - 1; i >= 0; i--) {
            h = 31 * h + mag[i];
        }
        return h * signum;
    }

    public BigInteger min(BigInteger val) {
        return compareTo(val) < 0 ? this : val;
    }

    public BigInteger max(BigInteger val) {
        return compareTo(val) > 0 ? this : val;
    }

    // ------------------------------------------------------------------ bits

    public BigInteger shiftLeft(int n) {
        if (signum == 0 || n == 0) {
            return this;
        }
        if (n < 0) {
            if (n == Integer.MIN_VALUE) {
                // A shift right by 2^31 bits: more than any magnitude has.
                return signum < 0 ? NEGATIVE_ONE : ZERO;
            }
            return shiftRightImpl(-n);
        }
        checkShift((long) bitLengthMag(mag) + n);
        return new BigInteger(signum, shiftLeftMag(mag, n));
    }

    public BigInteger shiftRight(int n) {
        if (signum == 0 || n == 0) {
            return this;
        }
        if (n < 0) {
            if (n == Integer.MIN_VALUE) {
                throw arithmetic(OVERFLOW);
            }
            return shiftLeft(-n);
        }
        return shiftRightImpl(n);
    }

    private BigInteger shiftRightImpl(int n) {
        int words = n >>> 5;
        if (words >= mag.length) {
            return signum < 0 ? NEGATIVE_ONE : ZERO;
        }
        int[] r = shiftRightMag(mag, n);
        if (signum < 0) {
            // Rounds toward negative infinity: one more if one bits were shifted out.
            boolean lost = false;
            for (int i = 0; i < words && !lost; i++) {
                lost = mag[i] != 0;
            }
            if (!lost && (n & 31) != 0) {
                lost = (mag[words] << (32 - (n & 31))) != 0;
            }
            if (lost) {
                r = incrementMag(r);
            }
        }
        return of(signum, r);
    }

    public BigInteger and(BigInteger val) {
        int n = (mag.length > val.mag.length ? mag.length : val.mag.length) + 1;
        int[] a = twos(n);
        int[] b = val.twos(n);
        for (int i = 0; i < n; i++) {
            a[i] &= b[i];
        }
        return fromTwos(a);
    }

    public BigInteger or(BigInteger val) {
        int n = (mag.length > val.mag.length ? mag.length : val.mag.length) + 1;
        int[] a = twos(n);
        int[] b = val.twos(n);
        for (int i = 0; i < n; i++) {
            a[i] |= b[i];
        }
        return fromTwos(a);
    }

    public BigInteger xor(BigInteger val) {
        int n = (mag.length > val.mag.length ? mag.length : val.mag.length) + 1;
        int[] a = twos(n);
        int[] b = val.twos(n);
        for (int i = 0; i < n; i++) {
            a[i] ^= b[i];
        }
        return fromTwos(a);
    }

    public BigInteger not() {
        // ~x == -x - 1
        if (signum >= 0) {
            return signum == 0 ? NEGATIVE_ONE : new BigInteger(-1, incrementMag(mag));
        }
        return of(1, subMag(mag, new int[] {1}));
    }

    public BigInteger andNot(BigInteger val) {
        int n = (mag.length > val.mag.length ? mag.length : val.mag.length) + 1;
        int[] a = twos(n);
        int[] b = val.twos(n);
        for (int i = 0; i < n; i++) {
            a[i] &= ~b[i];
        }
        return fromTwos(a);
    }

    private static void checkBitAddress(int n) {
        if (n < 0) {
            throw arithmetic(NEGATIVE_BIT);
        }
    }

    public boolean testBit(int n) {
        checkBitAddress(n);
        return ((twosWord(n >>> 5) >>> (n & 31)) & 1) != 0;
    }

    private BigInteger changeBit(int n, int op) {
        checkBitAddress(n);
        int w = n >>> 5;
        if (w >= (Integer.MAX_VALUE >>> 5)) {
            throw arithmetic(OVERFLOW);
        }
        int[] t = twos((mag.length > w + 1 ? mag.length : w + 1) + 1);
        int bit = 1 << (n & 31);
        if (op == 0) {
            t[w] |= bit;
        } else if (op == 1) {
            t[w] &= ~bit;
        } else {
            t[w] ^= bit;
        }
        return fromTwos(t);
    }

    public BigInteger setBit(int n) {
        return changeBit(n, 0);
    }

    public BigInteger clearBit(int n) {
        return changeBit(n, 1);
    }

    public BigInteger flipBit(int n) {
        return changeBit(n, 2);
    }

    public int getLowestSetBit() {
        if (signum == 0) {
            return -1;
        }
        int w = lowestWord();
        return 32 * w + Integer.numberOfTrailingZeros(mag[w]);
    }

    public int bitLength() {
        int bl = bitLengthMag(mag);
        if (signum < 0) {
            // -2^k needs one bit less than 2^k.
            int w = lowestWord();
            if (w == mag.length - 1 && (mag[w] & (mag[w] - 1)) == 0) {
                bl--;
            }
        }
        return bl;
    }

    public int bitCount() {
        int c = 0;
        for (int w : mag) {
            c += Integer.bitCount(w);
        }
        if (signum < 0) {
            // The bits of -x that differ from the sign are the one bits of x - 1.
            c += getLowestSetBit() - 1;
        }
        return c;
    }

    public byte[] toByteArray() {
        int byteLen = bitLength() / 8 + 1;
        byte[] out = new byte[byteLen];
        int[] t = twos((byteLen + 3) >>> 2);
        for (int j = 0; j < byteLen; j++) {
            out[byteLen - 1 - j] = (byte) (t[j >>> 2] >>> ((j & 3) << 3));
        }
        return out;
    }

    // ------------------------------------------------------------------ conversions

    public int intValue() {
        return twosWord(0);
    }

    public long longValue() {
        return ((long) twosWord(1) << 32) | (twosWord(0) & LONG_MASK);
    }

    public int intValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            return intValue();
        }
        throw arithmetic(INT_RANGE);
    }

    public long longValueExact() {
        if (mag.length <= 2 && bitLength() <= 63) {
            return longValue();
        }
        throw arithmetic(LONG_RANGE);
    }

    public short shortValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            int v = intValue();
            if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
                return (short) v;
            }
        }
        throw arithmetic(SHORT_RANGE);
    }

    public byte byteValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            int v = intValue();
            if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
                return (byte) v;
            }
        }
        throw arithmetic(BYTE_RANGE);
    }

    /** 64 bits of the magnitude from bit position shift upward. */
    private long magBitsAt(int shift) {
        int w = shift >>> 5;
        int b = shift & 31;
        long lo = w < mag.length ? mag[w] & LONG_MASK : 0;
        long mid = w + 1 < mag.length ? mag[w + 1] & LONG_MASK : 0;
        long hi = w + 2 < mag.length ? mag[w + 2] & LONG_MASK : 0;
        long x = lo | (mid << 32);
        return b == 0 ? x : (x >>> b) | (hi << (64 - b));
    }

    /** Whether the magnitude has a one bit below position n. */
    private boolean magHasBitsBelow(int n) {
        int w = n >>> 5;
        for (int i = 0; i < w && i < mag.length; i++) {
            if (mag[i] != 0) {
                return true;
            }
        }
        int b = n & 31;
        return b != 0 && w < mag.length && (mag[w] << (32 - b)) != 0;
    }

    public double doubleValue() {
        if (signum == 0) {
            return 0.0;
        }
        int bl = bitLengthMag(mag);
        if (bl <= 63) {
            long v = magToLong(mag);
            return signum * (double) v;
        }
        if (bl > 1024) {
            return signum > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        // 54 bits: the 53 of the significand and the rounding bit; the rest is sticky.
        int shift = bl - 54;
        long top = magBitsAt(shift) & ((1L << 54) - 1);
        long mant = top >>> 1;
        if ((top & 1) != 0 && ((mant & 1) != 0 || magHasBitsBelow(shift))) {
            mant++;
        }
        int exp = bl - 1;
        if (mant == (1L << 53)) {
            mant >>>= 1;
            exp++;
        }
        if (exp > 1023) {
            return signum > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        long bits = ((long) (exp + 1023) << 52) | (mant & ((1L << 52) - 1));
        if (signum < 0) {
            bits |= Long.MIN_VALUE;
        }
        return Double.longBitsToDouble(bits);
    }

    public float floatValue() {
        if (signum == 0) {
            return 0.0f;
        }
        int bl = bitLengthMag(mag);
        if (bl <= 63) {
            long v = magToLong(mag);
            return signum * (float) v;
        }
        if (bl > 128) {
            return signum > 0 ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
        }
        int shift = bl - 25;
        long top = magBitsAt(shift) & ((1L << 25) - 1);
        long mant = top >>> 1;
        if ((top & 1) != 0 && ((mant & 1) != 0 || magHasBitsBelow(shift))) {
            mant++;
        }
        int exp = bl - 1;
        if (mant == (1L << 24)) {
            mant >>>= 1;
            exp++;
        }
        if (exp > 127) {
            return signum > 0 ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
        }
        int bits = ((exp + 127) << 23) | (int) (mant & ((1 << 23) - 1));
        if (signum < 0) {
            bits |= Integer.MIN_VALUE;
        }
        return Float.intBitsToFloat(bits);
    }

    public String toString() {
        return toString(10);
    }

    public String toString(int radix) {
        if (signum == 0) {
            return "0";
        }
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        if (bitLengthMag(mag) <= 63) {
            return Long.toString(signum * magToLong(mag), radix);
        }
        return new String(digits(mag, signum < 0, radix));
    }

    /** Below this many words, toString peels off chunks with single-word divisions. */
    private static final int TO_STRING_THRESHOLD = 40;

    /**
     * The digits of a magnitude (more than 63 bits) in the given radix, after a '-' if
     * negative. Large values are split in two by a power of the radix (divide and conquer),
     * small ones by repeated division by CHUNK[radix].
     */
    private static char[] digits(int[] mag, boolean negative, int radix) {
        // An upper bound of the digit count; the zeros in front are dropped at the end.
        int bound = (int) (bitLengthMag(mag) * (Math.log(2.0) / Math.log(radix))) + 2;
        char[] buf = new char[bound];
        int[][] powers = null;
        if (mag.length >= TO_STRING_THRESHOLD) {
            // powers[k] = radix^(DIGITS_PER_INT[radix] * 2^k), up to about half the value.
            int count = 1;
            while ((DIGITS_PER_INT[radix] << count) < bound / 2 + 1) {
                count++;
            }
            powers = new int[count][];
            powers[0] = new int[] {CHUNK[radix]};
            for (int k = 1; k < count; k++) {
                powers[k] = squareMag(powers[k - 1]);
            }
        }
        writeDigits(mag, radix, buf, bound, bound, powers);
        int first = 0;
        while (first < bound - 1 && buf[first] == '0') {
            first++;
        }
        int sign = negative ? 1 : 0;
        char[] out = new char[sign + bound - first];
        if (negative) {
            out[0] = '-';
        }
        System.arraycopy(buf, first, out, sign, bound - first);
        return out;
    }

    /** Writes mag (below radix^count) as exactly count digits ending before buf[end]. */
    private static void writeDigits(int[] mag, int radix, char[] buf, int end, int count, int[][] powers) {
        int per = DIGITS_PER_INT[radix];
        if (mag.length < TO_STRING_THRESHOLD || powers == null) {
            int[] work = mag.clone();
            int len = work.length;
            int pos = end;
            int stop = end - count;
            while (len > 0) {
                int v = divWord(work, len, work, CHUNK[radix]);
                while (len > 0 && work[len - 1] == 0) {
                    len--;
                }
                for (int k = 0; k < per && pos > stop; k++) {
                    int d = v % radix;
                    v /= radix;
                    buf[--pos] = (char) (d < 10 ? '0' + d : 'a' - 10 + d);
                }
            }
            while (pos > stop) {
                buf[--pos] = '0';
            }
            return;
        }
        // Split at the largest power with at most half the digits (at least per digits).
        int k = 0;
        while (k + 1 < powers.length && (per << (k + 1)) <= count / 2) {
            k++;
        }
        int low = per << k;
        int[][] qr = divRemMag(mag, powers[k], true, true);
        writeDigits(qr[1], radix, buf, end, low, powers);
        writeDigits(qr[0], radix, buf, end - low, count - low, powers);
    }

    // ------------------------------------------------------------------ primes

    private static final int[] SMALL_PRIMES = {
        3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97,
        101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191,
        193, 197, 199, 211, 223, 227, 229, 233, 239, 241, 251
    };

    /** Products of consecutive SMALL_PRIMES below 2^31; group g ends before PRIME_GROUP_ENDS[g]. */
    private static final int[] PRIME_PRODUCTS;
    private static final int[] PRIME_GROUP_ENDS;

    static {
        int[] products = new int[SMALL_PRIMES.length];
        int[] ends = new int[SMALL_PRIMES.length];
        int groups = 0;
        long product = 1;
        for (int i = 0; i < SMALL_PRIMES.length; i++) {
            if (product * SMALL_PRIMES[i] > Integer.MAX_VALUE) {
                products[groups] = (int) product;
                ends[groups++] = i;
                product = 1;
            }
            product *= SMALL_PRIMES[i];
        }
        products[groups] = (int) product;
        ends[groups++] = SMALL_PRIMES.length;
        PRIME_PRODUCTS = copyOf(products, groups);
        PRIME_GROUP_ENDS = copyOf(ends, groups);
    }

    /** Bases that decide primality exactly for every n below 3.3 * 10^24. */
    private static final int[] FIXED_BASES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41};

    public boolean isProbablePrime(int certainty) {
        if (certainty <= 0) {
            return true;
        }
        BigInteger w = abs();
        if (w.signum == 0) {
            return false;
        }
        if (w.mag.length == 1 && w.mag[0] == 2) {
            return true;
        }
        if ((w.mag[0] & 1) == 0 || (w.mag.length == 1 && w.mag[0] == 1)) {
            return false;
        }
        // Trial division by the small odd primes, a group of them (with a product below
        // 2^31) per pass over the magnitude.
        boolean small = w.mag.length == 1 && w.mag[0] > 0 && w.mag[0] <= 251 * 251;
        int next = 0;
        for (int g = 0; g < PRIME_PRODUCTS.length; g++) {
            int r = w.remainderWord(PRIME_PRODUCTS[g]);
            for (int end = PRIME_GROUP_ENDS[g]; next < end; next++) {
                int p = SMALL_PRIMES[next];
                if (r % p == 0) {
                    return small && w.mag[0] == p;
                }
            }
        }
        if (small) {
            return true;
        }
        int bits = w.bitLength();
        BigInteger nMinusOne = w.subtract(ONE);
        if (bits <= 81) {
            for (int b : FIXED_BASES) {
                if (!w.millerRabin(valueOf(b), nMinusOne)) {
                    return false;
                }
            }
            return true;
        }
        int rounds = bits < 256 ? 27 : bits < 512 ? 15 : bits < 768 ? 8 : bits < 1024 ? 4 : 2;
        rounds = Math.max(1, Math.min(rounds, (certainty + 1) / 2));
        if (!w.millerRabin(TWO, nMinusOne)) {
            return false;
        }
        // Further bases from a fixed seed, so that the answer never varies between runs.
        Random rnd = new Random(0x5DEECE66DL ^ bits);
        BigInteger range = w.subtract(valueOf(3));
        for (int i = 1; i < rounds; i++) {
            BigInteger b = new BigInteger(bits, rnd).mod(range).add(TWO);
            if (!w.millerRabin(b, nMinusOne)) {
                return false;
            }
        }
        return w.lucasTest();
    }

    /** this mod d for a positive int d, on the magnitude. */
    private int remainderWord(int d) {
        long dl = d;
        long rem = 0;
        for (int i = mag.length - 1; i >= 0; i--) {
            rem = ((rem << 32) | (mag[i] & LONG_MASK)) % dl;
        }
        return (int) rem;
    }

    /** One Miller-Rabin round on this odd n > 3, for a base in [2, n - 2] (or any base). */
    private boolean millerRabin(BigInteger base, BigInteger nMinusOne) {
        int s = nMinusOne.getLowestSetBit();
        BigInteger d = nMinusOne.shiftRight(s);
        BigInteger x = base.modPow(d, this);
        if (x.equals(ONE) || x.equals(nMinusOne) || x.signum == 0) {
            return true;
        }
        for (int r = 1; r < s; r++) {
            x = x.multiply(x).mod(this);
            if (x.equals(nMinusOne)) {
                return true;
            }
            if (x.equals(ONE)) {
                return false;
            }
        }
        return false;
    }

    /** The Lucas probable-prime test with Selfridge's parameters, for an odd n > 251. */
    private boolean lucasTest() {
        int d = 5;
        int tries = 0;
        while (true) {
            int j = jacobi(d, this);
            if (j == -1) {
                break;
            }
            if (j == 0) {
                return false; // |d| < n shares a factor with n
            }
            d = d > 0 ? -(d + 2) : -(d - 2);
            if (++tries == 10) {
                BigInteger r = sqrt();
                if (r.multiply(r).equals(this)) {
                    return false;
                }
            }
        }
        // P = 1, Q = (1 - d) / 4; U(n + 1) must be 0 mod n.
        BigInteger n = this;
        BigInteger bigD = valueOf(d);
        BigInteger k = n.add(ONE);
        BigInteger u = ONE;
        BigInteger v = ONE;
        for (int i = k.bitLength() - 2; i >= 0; i--) {
            BigInteger u2 = u.multiply(v).mod(n);
            BigInteger v2 = half(v.multiply(v).add(bigD.multiply(u.multiply(u))).mod(n), n);
            u = u2;
            v = v2;
            if (k.testBit(i)) {
                u2 = half(u.add(v).mod(n), n);
                v2 = half(bigD.multiply(u).add(v).mod(n), n);
                u = u2;
                v = v2;
            }
        }
        return u.signum == 0;
    }

    /** x / 2 mod the odd n, for 0 <= x < n. */
    private static BigInteger half(BigInteger x, BigInteger n) {
        if (x.testBit(0)) {
            x = x.add(n);
        }
        return x.shiftRight(1);
    }

    /** The Jacobi symbol (a / n) for an odd positive n. */
    private static int jacobi(int a, BigInteger n) {
        int n8 = n.mag[0] & 7;
        int j = 1;
        if (a < 0) {
            a = -a;
            if ((n8 & 3) == 3) {
                j = -j;
            }
        }
        while (a != 0 && (a & 1) == 0) {
            a >>>= 1;
            if (n8 == 3 || n8 == 5) {
                j = -j;
            }
        }
        if (a == 0) {
            return 0;
        }
        if (a == 1) {
            return j;
        }
        // Reciprocity: (a / n) = (n / a), negated when both are 3 mod 4.
        if ((a & 3) == 3 && (n8 & 3) == 3) {
            j = -j;
        }
        int x = n.remainderWord(a);
        int y = a;
        // (x / y) for odd y > 0.
        while (x != 0) {
            while ((x & 1) == 0) {
                x >>>= 1;
                int y8 = y & 7;
                if (y8 == 3 || y8 == 5) {
                    j = -j;
                }
            }
            int t = x;
            x = y;
            y = t;
            if ((x & 3) == 3 && (y & 3) == 3) {
                j = -j;
            }
            x %= y;
        }
        return y == 1 ? j : 0;
    }

    public BigInteger nextProbablePrime() {
        if (signum < 0) {
            throw new ArithmeticException("start < 0: " + this);
        }
        if (signum == 0 || (mag.length == 1 && mag[0] == 1)) {
            return TWO;
        }
        BigInteger c = add(ONE);
        if (!c.testBit(0)) {
            c = c.add(ONE);
        }
        while (true) {
            if (c.isProbablePrime(100)) {
                return c;
            }
            c = c.add(TWO);
        }
    }
}
