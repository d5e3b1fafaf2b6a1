package java.lang;

/**
 * Parsing of Java's floating-point literals for Double.parseDouble and Float.parseFloat.
 * This class checks the syntax, and handles signs, NaN, Infinity and hexadecimal forms
 * itself; a decimal number is handed to a native, which rounds it correctly.
 */
final class FloatingDecimal {
    private FloatingDecimal() {
    }

    /**
     * Returns the double, or the float widened to double when {@code isFloat}. Malformed
     * input gives JDK 17's messages: "empty String" (nothing but white space), "multiple
     * points" (a second '.' among the digits before any exponent), else
     * {@code For input string: "<the trimmed input>"}.
     */
    static double parse(String in, boolean isFloat) {
        if (in == null) {
            // What HotSpot says for the JDK's own in.trim() (its java.base has local variable names).
            throw new NullPointerException("Cannot invoke \"String.trim()\" because \"in\" is null");
        }
        String s = in.trim();
        int len = s.length();
        if (len == 0) {
            throw new NumberFormatException("empty String");
        }
        int i = 0;
        boolean negative = false;
        char c = s.charAt(0);
        if (c == '+' || c == '-') {
            negative = c == '-';
            i++;
            if (i == len) {
                throw invalid(s);
            }
            c = s.charAt(i);
        }
        if (c == 'N') {
            if (len - i == 3 && s.startsWith("NaN", i)) {
                return Double.NaN;
            }
            throw invalid(s);
        }
        if (c == 'I') {
            if (len - i == 8 && s.startsWith("Infinity", i)) {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            throw invalid(s);
        }
        if (c == '0' && i + 1 < len && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            double v = parseHex(s, i + 2, isFloat);
            return negative ? -v : v;
        }
        // Mantissa: digits with at most one '.', at least one digit.
        int j = i;
        int mantissaDigits = 0;
        boolean pointSeen = false;
        while (j < len) {
            c = s.charAt(j);
            if (isDigit(c)) {
                mantissaDigits++;
            } else if (c == '.') {
                if (pointSeen) {
                    throw new NumberFormatException("multiple points");
                }
                pointSeen = true;
            } else {
                break;
            }
            j++;
        }
        if (mantissaDigits == 0) {
            throw invalid(s);
        }
        // Exponent: (e|E)[sign]digits.
        if (j < len && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            j++;
            if (j < len && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expDigits = 0;
            while (j < len && isDigit(s.charAt(j))) {
                j++;
                expDigits++;
            }
            if (expDigits == 0) {
                throw invalid(s);
            }
        }
        // At most one type suffix, as the last character.
        int end = len;
        if (j < len) {
            c = s.charAt(j);
            if (j != len - 1 || (c != 'f' && c != 'F' && c != 'd' && c != 'D')) {
                throw invalid(s);
            }
            end = j;
        }
        String decimal = s.substring(0, end);
        return isFloat ? (double) Float.parseFloat0(decimal) : Double.parseDouble0(decimal);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static NumberFormatException invalid(String s) {
        return new NumberFormatException("For input string: \"" + s + "\"");
    }

    /**
     * Parses "h.hhhp[sign]ddd[fFdD]" starting just after "0x"; returns a non-negative value
     * rounded to nearest-even in the target format.
     */
    private static double parseHex(String s, int start, boolean isFloat) {
        int len = s.length();
        int end = len;
        char last = s.charAt(len - 1);
        if (last == 'f' || last == 'F' || last == 'd' || last == 'D') {
            end--;
        }
        long mantissa = 0; // at most 60 significant bits are kept
        boolean sticky = false; // a non-zero bit was dropped
        int binaryExponent = 0; // value = mantissa * 2^binaryExponent
        boolean seenDigit = false;
        boolean seenPoint = false;
        int i = start;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (seenPoint) {
                    throw invalid(s);
                }
                seenPoint = true;
                continue;
            }
            int d = Character.digit(c, 16);
            if (d < 0 || c > 'f') {
                break;
            }
            seenDigit = true;
            if ((mantissa >>> 56) == 0) {
                mantissa = (mantissa << 4) | d;
                if (seenPoint) {
                    binaryExponent -= 4;
                }
            } else {
                if (d != 0) {
                    sticky = true;
                }
                if (!seenPoint) {
                    binaryExponent += 4;
                }
            }
        }
        if (!seenDigit || i >= end || (s.charAt(i) != 'p' && s.charAt(i) != 'P')) {
            throw invalid(s);
        }
        i++;
        boolean expNegative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            expNegative = s.charAt(i) == '-';
            i++;
        }
        if (i >= end) {
            throw invalid(s);
        }
        long exp = 0;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                throw invalid(s);
            }
            if (exp < 100000) {
                exp = exp * 10 + (c - '0');
            }
        }
        if (mantissa == 0) {
            return 0.0;
        }
        long e = binaryExponent + (expNegative ? -exp : exp);
        if (sticky) {
            mantissa = (mantissa << 1) | 1;
            e--;
        }
        return isFloat ? (double) Float.intBitsToFloat((int) round(mantissa, e, 23, 127))
                : Double.longBitsToDouble(round(mantissa, e, 52, 1023));
    }

    /**
     * The IEEE bits (without sign) nearest to mantissa * 2^exponent in a format with
     * {@code fractionBits} fraction bits and exponent bias {@code bias}.
     */
    private static long round(long mantissa, long exponent, int fractionBits, int bias) {
        // Normalize so that bit 62 is the leading one: value = m * 2^(e), m in [2^62, 2^63).
        int shiftUp = Long.numberOfLeadingZeros(mantissa) - 1;
        long m = mantissa << shiftUp;
        long e = exponent - shiftUp;
        long unbiased = e + 62; // the exponent of the leading bit
        if (unbiased > bias) {
            return (long) (2 * bias + 1) << fractionBits; // infinity
        }
        int drop;
        long minExponent = 1 - bias;
        if (unbiased >= minExponent) {
            drop = 62 - fractionBits;
        } else {
            long extra = minExponent - unbiased; // subnormal: fewer bits are kept
            if (extra > 62) {
                return 0;
            }
            drop = (int) (62 - fractionBits + extra);
            if (drop > 63) {
                return 0;
            }
        }
        long kept = drop == 64 ? 0 : m >>> drop;
        long rest = m & ((1L << drop) - 1);
        long half = 1L << (drop - 1);
        if (rest > half || (rest == half && (kept & 1) != 0)) {
            kept++; // a carry into the exponent field is what IEEE wants
        }
        if (unbiased >= minExponent) {
            return ((unbiased + bias - 1) << fractionBits) + kept;
        }
        return kept;
    }
}
