package java.lang;

public final class Double extends Number implements Comparable<Double> {
    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    public static final double NaN = 0.0d / 0.0;
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    public static final double MIN_NORMAL = 0x1.0p-1022;
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    public static final int MAX_EXPONENT = 1023;
    public static final int MIN_EXPONENT = -1022;
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    @SuppressWarnings("unchecked")
    public static final Class<Double> TYPE = (Class<Double>) Class.getPrimitiveClass("double");

    private final double value;

    @Deprecated
    public Double(double value) {
        this.value = value;
    }

    @Deprecated
    public Double(String s) throws NumberFormatException {
        value = parseDouble(s);
    }

    /**
     * The shortest decimal that rounds to {@code d}, laid out as Java does: "1.0", "0.001",
     * "1.0E7", "1.0E-4", "NaN", "-Infinity", "-0.0".
     */
    public static native String toString(double d);

    /**
     * The hexadecimal form of {@code d}: "0x1.0p0", "-0x1.8p1", "0x0.0p0", subnormals as
     * "0x0.0000000000001p-1022"; NaN and the infinities as toString writes them.
     */
    public static String toHexString(double d) {
        if (!isFinite(d)) {
            return toString(d);
        }
        long bits = doubleToRawLongBits(d);
        StringBuilder sb = new StringBuilder(24);
        if (bits < 0) {
            sb.append('-');
        }
        sb.append("0x");
        long fraction = bits & 0x000fffffffffffffL;
        int biased = (int) ((bits >>> 52) & 0x7ff);
        if (biased == 0 && fraction == 0) {
            return sb.append("0.0p0").toString();
        }
        sb.append(biased == 0 ? "0." : "1.");
        // 13 hex digits of fraction, trailing zeros dropped (at least one digit kept).
        int digits = 13;
        while (digits > 1 && ((fraction >>> (4 * (13 - digits))) & 0xf) == 0) {
            digits--;
        }
        for (int i = 0; i < digits; i++) {
            int nibble = (int) ((fraction >>> (4 * (12 - i))) & 0xf);
            sb.append((char) (nibble < 10 ? '0' + nibble : 'a' + nibble - 10));
        }
        sb.append('p');
        sb.append(biased == 0 ? MIN_EXPONENT : biased - 1023);
        return sb.toString();
    }

    public static Double valueOf(String s) throws NumberFormatException {
        return new Double(parseDouble(s));
    }

    public static Double valueOf(double d) {
        return new Double(d);
    }

    public static double parseDouble(String s) throws NumberFormatException {
        return FloatingDecimal.parse(s, false);
    }

    /** Correctly rounds a decimal already checked to match [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?. */
    static native double parseDouble0(String decimal);

    public static boolean isNaN(double v) {
        return (v != v);
    }

    public static boolean isInfinite(double v) {
        return (v == POSITIVE_INFINITY) || (v == NEGATIVE_INFINITY);
    }

    public static boolean isFinite(double d) {
        return Math.abs(d) <= Double.MAX_VALUE;
    }

    public boolean isNaN() {
        return isNaN(value);
    }

    public boolean isInfinite() {
        return isInfinite(value);
    }

    public String toString() {
        return toString(value);
    }

    public byte byteValue() {
        return (byte) value;
    }

    public short shortValue() {
        return (short) value;
    }

    public int intValue() {
        return (int) value;
    }

    public long longValue() {
        return (long) value;
    }

    public float floatValue() {
        return (float) value;
    }

    public double doubleValue() {
        return value;
    }

    public int hashCode() {
        return Double.hashCode(value);
    }

    public static int hashCode(double value) {
        long bits = doubleToLongBits(value);
        return (int) (bits ^ (bits >>> 32));
    }

    public boolean equals(Object obj) {
        return (obj instanceof Double)
                && (doubleToLongBits(((Double) obj).value) == doubleToLongBits(value));
    }

    /** Like doubleToRawLongBits, but every NaN has the canonical bits 0x7ff8000000000000L. */
    public static long doubleToLongBits(double value) {
        if (value != value) {
            return 0x7ff8000000000000L;
        }
        return doubleToRawLongBits(value);
    }

    public static native long doubleToRawLongBits(double value);

    public static native double longBitsToDouble(long bits);

    public int compareTo(Double anotherDouble) {
        return Double.compare(value, anotherDouble.value);
    }

    public static int compare(double d1, double d2) {
        if (d1 < d2) {
            return -1;
        }
        if (d1 > d2) {
            return 1;
        }
        // Equal, or NaN involved, or -0.0 against 0.0: order by bits.
        long thisBits = Double.doubleToLongBits(d1);
        long anotherBits = Double.doubleToLongBits(d2);
        return (thisBits == anotherBits ? 0 : (thisBits < anotherBits ? -1 : 1));
    }

    public static double sum(double a, double b) {
        return a + b;
    }

    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    public static double min(double a, double b) {
        return Math.min(a, b);
    }
}
