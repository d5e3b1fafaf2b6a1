package java.lang;

/**
 * Numeric functions. sin, cos, tan, exp, log, log10 and pow are natives of their own
 * (HotSpot computes them with its own intrinsics, not fdlibm); the other transcendental
 * functions are StrictMath's, as in the JDK.
 */
public final class Math {
    public static final double E = 2.7182818284590452354;
    public static final double PI = 3.14159265358979323846;
    public static final double TAU = 2.0 * PI;

    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
    private static final double RADIANS_TO_DEGREES = 57.29577951308232;
    /** 2^52: doubles at least this large are integers. */
    private static final double TWO_TO_THE_52 = 4503599627370496.0;

    private Math() {
    }

    public static native double sin(double a);

    public static native double cos(double a);

    public static native double tan(double a);

    public static double asin(double a) {
        return StrictMath.asin(a);
    }

    public static double acos(double a) {
        return StrictMath.acos(a);
    }

    public static double atan(double a) {
        return StrictMath.atan(a);
    }

    public static double toRadians(double angdeg) {
        return angdeg * DEGREES_TO_RADIANS;
    }

    public static double toDegrees(double angrad) {
        return angrad * RADIANS_TO_DEGREES;
    }

    public static native double exp(double a);

    public static native double log(double a);

    public static native double log10(double a);

    public static double sqrt(double a) {
        return StrictMath.sqrt(a);
    }

    public static double cbrt(double a) {
        return StrictMath.cbrt(a);
    }

    public static double IEEEremainder(double f1, double f2) {
        return StrictMath.IEEEremainder(f1, f2);
    }

    public static double atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    public static native double pow(double a, double b);

    public static double sinh(double x) {
        return StrictMath.sinh(x);
    }

    public static double cosh(double x) {
        return StrictMath.cosh(x);
    }

    public static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    public static double hypot(double x, double y) {
        return StrictMath.hypot(x, y);
    }

    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    // ---------------------------------------------------------------- rounding

    public static double floor(double a) {
        if (a != a || a == 0.0 || Math.abs(a) >= TWO_TO_THE_52) {
            return a; // NaN, zeros, infinities and large values are already integral
        }
        double t = (double) (long) a; // truncated towards zero, exactly
        if (t > a) {
            t -= 1.0;
        }
        if (t == 0.0 && a < 0.0) {
            return -0.0;
        }
        return t;
    }

    public static double ceil(double a) {
        if (a != a || a == 0.0 || Math.abs(a) >= TWO_TO_THE_52) {
            return a;
        }
        double t = (double) (long) a;
        if (t < a) {
            t += 1.0;
        }
        if (t == 0.0 && a < 0.0) {
            return -0.0; // ceil(-0.5) is -0.0
        }
        return t;
    }

    /** Rounds to the nearest integer, ties to even, keeping the sign of zero. */
    public static double rint(double a) {
        double sign = copySign(1.0, a);
        double m = abs(a);
        if (m < TWO_TO_THE_52) {
            // Adding 2^52 leaves no fraction bits, so the FPU rounds to even for us.
            m = (TWO_TO_THE_52 + m) - TWO_TO_THE_52;
        }
        return sign * m;
    }

    /** floor(a + 1/2) computed exactly; NaN is 0, and large values saturate. */
    public static long round(double a) {
        if (a != a) {
            return 0;
        }
        if (abs(a) >= TWO_TO_THE_52) {
            return (long) a;
        }
        double f = floor(a);
        // f + 0.5 is exact below 2^52, so this comparison has no rounding error.
        return (a >= f + 0.5) ? (long) f + 1 : (long) f;
    }

    public static int round(float a) {
        if (a != a) {
            return 0;
        }
        if (abs(a) >= 8388608.0f) { // 2^23
            return (int) a;
        }
        float f = (float) floor((double) a);
        return (a >= f + 0.5f) ? (int) f + 1 : (int) f;
    }

    private static long randomSeed = (System.nanoTime() ^ 0x5DEECE66DL) & ((1L << 48) - 1);

    /** A uniformly distributed double in [0, 1), from the same LCG as java.util.Random. */
    public static synchronized double random() {
        return (((long) nextBits(26) << 27) + nextBits(27)) * 0x1.0p-53;
    }

    private static int nextBits(int bits) {
        randomSeed = (randomSeed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
        return (int) (randomSeed >>> (48 - bits));
    }

    // ---------------------------------------------------------------- exact arithmetic

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        long ax = Math.abs(x);
        long ay = Math.abs(y);
        if (((ax | ay) >>> 31 != 0)) {
            if (((y != 0) && (r / y != x)) || (x == Long.MIN_VALUE && y == -1)) {
                throw new ArithmeticException("long overflow");
            }
        }
        return r;
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a + 1L;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a - 1L;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    public static long multiplyHigh(long x, long y) {
        // Split into 32-bit halves and add up the partial products.
        long x1 = x >> 32;
        long x2 = x & 0xFFFFFFFFL;
        long y1 = y >> 32;
        long y2 = y & 0xFFFFFFFFL;
        long z2 = x2 * y2;
        long t = x1 * y2 + (z2 >>> 32);
        long z1 = t & 0xFFFFFFFFL;
        long z0 = t >> 32;
        z1 += x2 * y1;
        return x1 * y1 + z0 + (z1 >> 32);
    }

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) {
            q--;
        }
        return q;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) {
            q--;
        }
        return q;
    }

    public static int floorMod(int x, int y) {
        int mod = x % y;
        if ((mod ^ y) < 0 && mod != 0) {
            mod += y;
        }
        return mod;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long mod = x % y;
        if ((mod ^ y) < 0 && mod != 0) {
            mod += y;
        }
        return mod;
    }

    // ---------------------------------------------------------------- abs, min, max

    public static int abs(int a) {
        return (a < 0) ? -a : a;
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    public static long abs(long a) {
        return (a < 0) ? -a : a;
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    public static float abs(float a) {
        return (a <= 0.0F) ? 0.0F - a : a;
    }

    public static double abs(double a) {
        return (a <= 0.0D) ? 0.0D - a : a;
    }

    public static int max(int a, int b) {
        return (a >= b) ? a : b;
    }

    public static long max(long a, long b) {
        return (a >= b) ? a : b;
    }

    public static float max(float a, float b) {
        if (a != a) {
            return a;
        }
        if ((a == 0.0f) && (b == 0.0f) && (Float.floatToRawIntBits(a) == 0x80000000)) {
            return b; // max(-0.0, 0.0) is 0.0
        }
        return (a >= b) ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if ((a == 0.0d) && (b == 0.0d) && (Double.doubleToRawLongBits(a) == 0x8000000000000000L)) {
            return b;
        }
        return (a >= b) ? a : b;
    }

    public static int min(int a, int b) {
        return (a <= b) ? a : b;
    }

    public static long min(long a, long b) {
        return (a <= b) ? a : b;
    }

    public static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if ((a == 0.0f) && (b == 0.0f) && (Float.floatToRawIntBits(b) == 0x80000000)) {
            return b; // min(0.0, -0.0) is -0.0
        }
        return (a <= b) ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if ((a == 0.0d) && (b == 0.0d) && (Double.doubleToRawLongBits(b) == 0x8000000000000000L)) {
            return b;
        }
        return (a <= b) ? a : b;
    }

    /** a * b + c with a single rounding (IEEE 754 fusedMultiplyAdd). */
    public static native double fma(double a, double b, double c);

    /** a * b + c with a single rounding, in float. */
    public static native float fma(float a, float b, float c);

    // ---------------------------------------------------------------- IEEE helpers

    public static double signum(double d) {
        return (d == 0.0 || d != d) ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
    }

    public static double copySign(double magnitude, double sign) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(sign) & 0x8000000000000000L)
                | (Double.doubleToRawLongBits(magnitude) & 0x7fffffffffffffffL));
    }

    public static float copySign(float magnitude, float sign) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(sign) & 0x80000000)
                | (Float.floatToRawIntBits(magnitude) & 0x7fffffff));
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) & 0x7f800000) >> 23) - 127;
    }

    public static int getExponent(double d) {
        return (int) (((Double.doubleToRawLongBits(d) & 0x7ff0000000000000L) >> 52) - 1023);
    }

    public static double ulp(double d) {
        int exp = getExponent(d);
        if (exp == 1024) { // NaN or infinity
            return Math.abs(d);
        }
        if (exp == -1023) { // zero or subnormal
            return Double.MIN_VALUE;
        }
        exp -= 52;
        if (exp >= -1022) {
            return Double.longBitsToDouble((long) (exp + 1023) << 52);
        }
        return Double.longBitsToDouble(1L << (exp - (-1022 - 52)));
    }

    public static float ulp(float f) {
        int exp = getExponent(f);
        if (exp == 128) {
            return Math.abs(f);
        }
        if (exp == -127) {
            return Float.MIN_VALUE;
        }
        exp -= 23;
        if (exp >= -126) {
            return Float.intBitsToFloat((exp + 127) << 23);
        }
        return Float.intBitsToFloat(1 << (exp - (-126 - 23)));
    }

    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY) {
            return d;
        }
        d += 0.0d; // turns -0.0 into +0.0
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + ((d >= 0.0d) ? +1L : -1L));
    }

    public static float nextUp(float f) {
        if (f != f || f == Float.POSITIVE_INFINITY) {
            return f;
        }
        f += 0.0f;
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f >= 0.0f) ? +1 : -1));
    }

    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        if (d == 0.0) {
            return -Double.MIN_VALUE;
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + ((d > 0.0d) ? -1L : +1L));
    }

    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) {
            return f;
        }
        if (f == 0.0f) {
            return -Float.MIN_VALUE;
        }
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + ((f > 0.0f) ? -1 : +1));
    }
    public static double nextAfter(double start, double direction) {
        if (start != start || direction != direction) {
            return start + direction; // NaN
        }
        if (start == direction) {
            return direction; // also picks the sign of a zero direction
        }
        if (start == 0.0d) {
            return direction > 0.0d ? Double.MIN_VALUE : -Double.MIN_VALUE;
        }
        long bits = Double.doubleToRawLongBits(start);
        // Moving away from zero increments the magnitude's bits, moving towards it decrements them.
        boolean awayFromZero = (direction > start) == (start > 0.0d);
        return Double.longBitsToDouble(awayFromZero ? bits + 1 : bits - 1);
    }

    public static float nextAfter(float start, double direction) {
        if (start != start || direction != direction) {
            return start + (float) direction; // NaN
        }
        if (start == direction) {
            return (float) direction;
        }
        if (start == 0.0f) {
            return direction > 0.0d ? Float.MIN_VALUE : -Float.MIN_VALUE;
        }
        int bits = Float.floatToRawIntBits(start);
        boolean awayFromZero = (direction > start) == (start > 0.0f);
        return Float.intBitsToFloat(awayFromZero ? bits + 1 : bits - 1);
    }

    /** 2^n as a double, for -1022 <= n <= 1023. */
    private static double powerOfTwo(int n) {
        return Double.longBitsToDouble((long) (n + 1023) << 52);
    }

    /**
     * d * 2^scaleFactor, rounded once (as if computed exactly, then rounded to double). The
     * factor is applied as a remainder step and then steps of 2^512 or 2^-512: every step is
     * exact except possibly the last one that reaches the subnormal range.
     */
    public static double scalb(double d, int scaleFactor) {
        // Beyond this, any finite non-zero double overflows or underflows anyway.
        int limit = 1023 + 1022 + 53 + 1;
        int n = scaleFactor > limit ? limit : (scaleFactor < -limit ? -limit : scaleFactor);
        int first = n % 512;
        d *= powerOfTwo(first);
        n -= first;
        double step = n > 0 ? powerOfTwo(512) : powerOfTwo(-512);
        int stepExponent = n > 0 ? 512 : -512;
        while (n != 0) {
            d *= step;
            n -= stepExponent;
        }
        return d;
    }

    /** f * 2^scaleFactor, rounded once to float. */
    public static float scalb(float f, int scaleFactor) {
        int limit = 127 + 126 + 24 + 1;
        int n = scaleFactor > limit ? limit : (scaleFactor < -limit ? -limit : scaleFactor);
        // Exact in double (2^±278 and the float's 24 bits fit), then one rounding to float.
        return (float) ((double) f * powerOfTwo(n));
    }
}
