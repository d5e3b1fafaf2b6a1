package java.text;

import java.math.RoundingMode;

/**
 * The decimal digits of a number for DecimalFormat, as JDK 17's DigitList: digits
 * '0'..'9' in digits[0..count) without trailing zeros, the value being
 * 0.digits × 10^decimalAt. Rounding follows the JDK's rules; where the digits of a double
 * end exactly at a tie, whether they are exact, above or below the binary value decides
 * (computed exactly here, where the JDK takes it from its binary-to-decimal conversion).
 */
final class DigitList {
    static final int MAX_COUNT = 19;

    int decimalAt = 0;
    int count = 0;
    char[] digits = new char[MAX_COUNT];

    private boolean isNegative = false;
    private RoundingMode roundingMode = RoundingMode.HALF_EVEN;

    /** The double whose shortest digits are in digits, for the exactness of ties; or NaN. */
    private double source = Double.NaN;
    private int flags = -1; // -1 unknown; else bit 0 exact, bit 1 digits above the value

    private static final char[] LONG_MIN_REP = "9223372036854775808".toCharArray();

    boolean isZero() {
        for (int i = 0; i < count; ++i) {
            if (digits[i] != '0') {
                return false;
            }
        }
        return true;
    }

    void clear() {
        decimalAt = 0;
        count = 0;
    }

    void append(char digit) {
        if (count == digits.length) {
            char[] data = new char[count + 100];
            System.arraycopy(digits, 0, data, 0, count);
            digits = data;
        }
        digits[count++] = digit;
    }

    double getDouble() {
        if (count == 0) {
            return 0.0;
        }
        StringBuilder temp = new StringBuilder();
        temp.append('.');
        temp.append(digits, 0, count);
        temp.append('E');
        temp.append(decimalAt);
        return Double.parseDouble(temp.toString());
    }

    long getLong() {
        if (count == 0) {
            return 0;
        }
        if (isLongMinValue()) {
            return Long.MIN_VALUE;
        }
        StringBuilder temp = new StringBuilder();
        temp.append(digits, 0, count);
        for (int i = count; i < decimalAt; ++i) {
            temp.append('0');
        }
        return Long.parseLong(temp.toString());
    }

    boolean fitsIntoLong(boolean isPositive, boolean ignoreNegativeZero) {
        while (count > 0 && digits[count - 1] == '0') {
            --count;
        }
        if (count == 0) {
            // negative zero is a double only
            return isPositive || ignoreNegativeZero;
        }
        if (decimalAt < count || decimalAt > MAX_COUNT) {
            return false;
        }
        if (decimalAt < MAX_COUNT) {
            return true;
        }
        for (int i = 0; i < count; ++i) {
            char dig = digits[i];
            char max = LONG_MIN_REP[i];
            if (dig > max) {
                return false;
            }
            if (dig < max) {
                return true;
            }
        }
        if (count < decimalAt) {
            return true;
        }
        // the digits of Long.MIN_VALUE: only a negative number fits
        return !isPositive;
    }

    private boolean isLongMinValue() {
        if (decimalAt != count || count != MAX_COUNT) {
            return false;
        }
        for (int i = 0; i < count; ++i) {
            if (digits[i] != LONG_MIN_REP[i]) {
                return false;
            }
        }
        return true;
    }

    /** A non-negative finite double, rounded to maximumDigits (fraction digits if fixedPoint). */
    void set(boolean isNegative, double value, int maximumDigits, boolean fixedPoint, RoundingMode mode) {
        this.isNegative = isNegative;
        this.roundingMode = mode;
        this.source = value;
        this.flags = -1;
        String s = Double.toString(value);
        int len = s.length();
        decimalAt = -1;
        count = 0;
        int exponent = 0;
        int leadingZerosAfterDecimal = 0;
        boolean nonZeroDigitSeen = false;
        for (int i = 0; i < len; ) {
            char c = s.charAt(i++);
            if (c == '.') {
                decimalAt = count;
            } else if (c == 'e' || c == 'E') {
                exponent = Integer.parseInt(s.substring(i));
                break;
            } else {
                if (!nonZeroDigitSeen) {
                    nonZeroDigitSeen = (c != '0');
                    if (!nonZeroDigitSeen && decimalAt != -1) {
                        ++leadingZerosAfterDecimal;
                    }
                }
                if (nonZeroDigitSeen) {
                    append(c);
                }
            }
        }
        if (decimalAt == -1) {
            decimalAt = count;
        }
        if (nonZeroDigitSeen) {
            decimalAt += exponent - leadingZerosAfterDecimal;
        }

        if (fixedPoint) {
            if (-decimalAt > maximumDigits) {
                // the first significant digit is beyond the last one shown: zero
                count = 0;
                source = Double.NaN;
                return;
            } else if (-decimalAt == maximumDigits) {
                // rounding may make a 1 in the last position shown
                if (shouldRoundUp(0)) {
                    count = 1;
                    ++decimalAt;
                    digits[0] = '1';
                } else {
                    count = 0;
                }
                source = Double.NaN;
                return;
            }
        }

        while (count > 1 && digits[count - 1] == '0') {
            --count;
        }

        round(fixedPoint ? (maximumDigits + decimalAt) : maximumDigits);
        source = Double.NaN;
    }

    /** A non-negative long (or Long.MIN_VALUE, meaning its magnitude), rounded to maximumDigits if > 0. */
    void set(boolean isNegative, long value, int maximumDigits, RoundingMode mode) {
        this.isNegative = isNegative;
        this.roundingMode = mode;
        this.source = Double.NaN;
        this.flags = -1;
        if (value <= 0) {
            if (value == Long.MIN_VALUE) {
                decimalAt = count = MAX_COUNT;
                System.arraycopy(LONG_MIN_REP, 0, digits, 0, count);
            } else {
                decimalAt = count = 0;
            }
        } else {
            char[] buf = new char[MAX_COUNT];
            int left = MAX_COUNT;
            while (value > 0) {
                buf[--left] = (char) ('0' + (value % 10));
                value /= 10;
            }
            decimalAt = MAX_COUNT - left;
            int right = MAX_COUNT - 1;
            while (buf[right] == '0') {
                --right;
            }
            count = right - left + 1;
            System.arraycopy(buf, left, digits, 0, count);
        }
        if (maximumDigits > 0) {
            round(maximumDigits);
        }
    }

    /** The decimal digits of a positive integer (no leading zeros), rounded to maximumDigits if > 0. */
    void setIntegerDigits(boolean isNegative, String s, int maximumDigits, RoundingMode mode) {
        this.isNegative = isNegative;
        this.roundingMode = mode;
        this.source = Double.NaN;
        this.flags = -1;
        count = 0;
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i));
        }
        decimalAt = count;
        while (count > 1 && digits[count - 1] == '0') {
            --count;
        }
        if (maximumDigits > 0) {
            round(maximumDigits);
        }
    }

    private void round(int maximumDigits) {
        if (maximumDigits >= 0 && maximumDigits < count) {
            if (shouldRoundUp(maximumDigits)) {
                // increment from the last digit kept; 99...9 becomes 1 with decimalAt + 1
                for (;;) {
                    --maximumDigits;
                    if (maximumDigits < 0) {
                        digits[0] = '1';
                        ++decimalAt;
                        maximumDigits = 0;
                        break;
                    }
                    ++digits[maximumDigits];
                    if (digits[maximumDigits] <= '9') {
                        break;
                    }
                }
                ++maximumDigits;
            }
            count = maximumDigits;
            while (count > 1 && digits[count - 1] == '0') {
                --count;
            }
        }
    }

    private boolean valueExactAsDecimal() {
        return (tieFlags() & 1) != 0;
    }

    private boolean alreadyRounded() {
        return (tieFlags() & 2) != 0;
    }

    /** Compares the digits with the double they came from (exact for longs and integers). */
    private int tieFlags() {
        if (flags < 0) {
            if (Double.isNaN(source)) {
                flags = 1;
            } else if (source >= 1.0 && source < 0x1p63 && source == Math.floor(source)) {
                // the JDK converts these integers on a fast path that reports its digits as
                // neither exact nor rounded up
                flags = 0;
            } else {
                int c = compareWithSource();
                flags = c == 0 ? 1 : c > 0 ? 2 : 0;
            }
        }
        return flags;
    }

    private boolean shouldRoundUp(int maximumDigits) {
        if (maximumDigits >= count) {
            return false;
        }
        RoundingMode mode = roundingMode;
        if (mode == RoundingMode.UP) {
            for (int i = maximumDigits; i < count; ++i) {
                if (digits[i] != '0') {
                    return true;
                }
            }
        } else if (mode == RoundingMode.CEILING) {
            for (int i = maximumDigits; i < count; ++i) {
                if (digits[i] != '0') {
                    return !isNegative;
                }
            }
        } else if (mode == RoundingMode.FLOOR) {
            for (int i = maximumDigits; i < count; ++i) {
                if (digits[i] != '0') {
                    return isNegative;
                }
            }
        } else if (mode == RoundingMode.HALF_UP || mode == RoundingMode.HALF_DOWN) {
            if (digits[maximumDigits] > '5') {
                return true;
            } else if (digits[maximumDigits] == '5') {
                if (maximumDigits != (count - 1)) {
                    return true;
                } else if (valueExactAsDecimal()) {
                    return mode == RoundingMode.HALF_UP;
                } else {
                    // digits rounded up from below the tie, or truncated from above it
                    return !alreadyRounded();
                }
            }
        } else if (mode == RoundingMode.HALF_EVEN) {
            if (digits[maximumDigits] > '5') {
                return true;
            } else if (digits[maximumDigits] == '5') {
                if (maximumDigits == (count - 1)) {
                    if (alreadyRounded()) {
                        return false;
                    }
                    if (!valueExactAsDecimal()) {
                        return true;
                    }
                    return (maximumDigits > 0) && (digits[maximumDigits - 1] % 2 != 0);
                } else {
                    for (int i = maximumDigits + 1; i < count; ++i) {
                        if (digits[i] != '0') {
                            return true;
                        }
                    }
                }
            }
        } else if (mode == RoundingMode.UNNECESSARY) {
            for (int i = maximumDigits; i < count; ++i) {
                if (digits[i] != '0') {
                    throw new ArithmeticException(
                            "Rounding needed with the rounding mode being set to RoundingMode.UNNECESSARY");
                }
            }
        }
        // DOWN never rounds up
        return false;
    }

    // ---- exact comparison of the digits with the binary value ----

    /** The sign of (0.digits × 10^decimalAt) − source, computed exactly. */
    private int compareWithSource() {
        long bits = Double.doubleToRawLongBits(source);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & 0xfffffffffffffL;
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        if (count == 0) {
            return m == 0 ? 0 : -1;
        }
        // left = N × 10^q, right = m × 2^e with N the digits as an integer
        int[] left = fromLong(0);
        for (int i = 0; i < count; i++) {
            left = mulAdd(left, 10, digits[i] - '0');
        }
        int q = decimalAt - count;
        int[] right = fromLong(m);
        for (int i = 0; i < q; i++) {
            left = mulAdd(left, 10, 0);
        }
        for (int i = 0; i < -q; i++) {
            right = mulAdd(right, 10, 0);
        }
        if (e > 0) {
            right = shiftLeft(right, e);
        } else if (e < 0) {
            left = shiftLeft(left, -e);
        }
        return compare(left, right);
    }

    // Magnitudes as little-endian arrays of 32-bit words.

    private static int[] fromLong(long v) {
        return new int[] {(int) v, (int) (v >>> 32)};
    }

    private static int[] mulAdd(int[] a, int mul, int add) {
        int[] r = new int[a.length + 1];
        long carry = add;
        for (int i = 0; i < a.length; i++) {
            long p = (a[i] & 0xffffffffL) * mul + carry;
            r[i] = (int) p;
            carry = p >>> 32;
        }
        r[a.length] = (int) carry;
        return r;
    }

    private static int[] shiftLeft(int[] a, int n) {
        int words = n >>> 5;
        int bits = n & 31;
        int[] r = new int[a.length + words + 1];
        for (int i = 0; i < a.length; i++) {
            long v = (a[i] & 0xffffffffL) << bits;
            r[i + words] |= (int) v;
            r[i + words + 1] |= (int) (v >>> 32);
        }
        return r;
    }

    private static int compare(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        for (int i = n - 1; i >= 0; i--) {
            long x = i < a.length ? a[i] & 0xffffffffL : 0;
            long y = i < b.length ? b[i] & 0xffffffffL : 0;
            if (x != y) {
                return x < y ? -1 : 1;
            }
        }
        return 0;
    }
}
