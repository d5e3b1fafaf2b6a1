package java.text;

import java.math.RoundingMode;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decimal number formatting and parsing with patterns, as JDK 17's DecimalFormat: the
 * pattern syntax (prefix/suffix with quotes, '#', '0', ',', '.', '%', '‰', '¤', 'E',
 * a negative subpattern after ';') and its errors, the digit limits the pattern sets,
 * the setters, toPattern, format and parse.
 *
 * Doubles are formatted from the digits of Double.toString (the shortest that identify
 * the value), as the JDK does, and rounded with the rounding mode (HALF_EVEN by default)
 * applied to the exact binary value where those digits end in a tie. No BigDecimal or
 * BigInteger support (other Numbers are formatted through doubleValue()), no
 * formatToCharacterIterator, and only the INTEGER_FIELD/FRACTION_FIELD field positions.
 */
public class DecimalFormat extends NumberFormat {
    static final int DOUBLE_INTEGER_DIGITS = 309;
    static final int DOUBLE_FRACTION_DIGITS = 340;
    static final int MAXIMUM_INTEGER_DIGITS = Integer.MAX_VALUE;
    static final int MAXIMUM_FRACTION_DIGITS = Integer.MAX_VALUE;

    private static final char PATTERN_ZERO_DIGIT = '0';
    private static final char PATTERN_GROUPING_SEPARATOR = ',';
    private static final char PATTERN_DECIMAL_SEPARATOR = '.';
    private static final char PATTERN_PER_MILLE = '\u2030';
    private static final char PATTERN_PERCENT = '%';
    private static final char PATTERN_DIGIT = '#';
    private static final char PATTERN_SEPARATOR = ';';
    private static final String PATTERN_EXPONENT = "E";
    private static final char PATTERN_MINUS = '-';
    private static final char CURRENCY_SIGN = '\u00A4';
    private static final char QUOTE = '\'';

    private static final int STATUS_INFINITE = 0;
    private static final int STATUS_POSITIVE = 1;
    private static final int STATUS_LENGTH = 2;

    private transient DigitList digitList = new DigitList();

    private String positivePrefix = "";
    private String positiveSuffix = "";
    private String negativePrefix = "-";
    private String negativeSuffix = "";
    private String posPrefixPattern;
    private String posSuffixPattern;
    private String negPrefixPattern;
    private String negSuffixPattern;
    private int multiplier = 1;
    private byte groupingSize = 3;
    private boolean decimalSeparatorAlwaysShown = false;
    private boolean parseBigDecimal = false;
    private transient boolean isCurrencyFormat = false;
    private DecimalFormatSymbols symbols = null;
    private boolean useExponentialNotation;
    private byte minExponentDigits;
    private int maximumIntegerDigits = super.getMaximumIntegerDigits();
    private int minimumIntegerDigits = super.getMinimumIntegerDigits();
    private int maximumFractionDigits = super.getMaximumFractionDigits();
    private int minimumFractionDigits = super.getMinimumFractionDigits();
    private RoundingMode roundingMode = RoundingMode.HALF_EVEN;

    public DecimalFormat() {
        this.symbols = DecimalFormatSymbols.getInstance(Locale.getDefault(Locale.Category.FORMAT));
        applyPattern("#,##0.###", false);
    }

    public DecimalFormat(String pattern) {
        this.symbols = DecimalFormatSymbols.getInstance(Locale.getDefault(Locale.Category.FORMAT));
        applyPattern(pattern, false);
    }

    public DecimalFormat(String pattern, DecimalFormatSymbols symbols) {
        this.symbols = (DecimalFormatSymbols) symbols.clone();
        applyPattern(pattern, false);
    }

    // ---- formatting ----

    @Override
    public final StringBuffer format(Object number, StringBuffer toAppendTo, FieldPosition pos) {
        if (number instanceof Long || number instanceof Integer
                || number instanceof Short || number instanceof Byte
                || number instanceof AtomicInteger || number instanceof AtomicLong) {
            return format(((Number) number).longValue(), toAppendTo, pos);
        } else if (number instanceof Number) {
            return format(((Number) number).doubleValue(), toAppendTo, pos);
        } else {
            throw new IllegalArgumentException("Cannot format given Object as a Number");
        }
    }

    @Override
    public StringBuffer format(double number, StringBuffer result, FieldPosition fieldPosition) {
        fieldPosition.setBeginIndex(0);
        fieldPosition.setEndIndex(0);
        if (Double.isNaN(number) || (Double.isInfinite(number) && multiplier == 0)) {
            if (fieldPosition.getField() == INTEGER_FIELD) {
                fieldPosition.setBeginIndex(result.length());
            }
            result.append(symbols.getNaN());
            if (fieldPosition.getField() == INTEGER_FIELD) {
                fieldPosition.setEndIndex(result.length());
            }
            return result;
        }

        // -0.0 is negative too (1/-0.0 is -Infinity)
        boolean isNegative = ((number < 0.0) || (number == 0.0 && 1 / number < 0.0)) ^ (multiplier < 0);

        if (multiplier != 1) {
            number *= multiplier;
        }

        if (Double.isInfinite(number)) {
            if (isNegative) {
                result.append(negativePrefix);
            } else {
                result.append(positivePrefix);
            }
            if (fieldPosition.getField() == INTEGER_FIELD) {
                fieldPosition.setBeginIndex(result.length());
            }
            result.append(symbols.getInfinity());
            if (fieldPosition.getField() == INTEGER_FIELD) {
                fieldPosition.setEndIndex(result.length());
            }
            if (isNegative) {
                result.append(negativeSuffix);
            } else {
                result.append(positiveSuffix);
            }
            return result;
        }

        if (isNegative) {
            number = -number;
        }

        synchronized (digitList) {
            int maxIntDigits = super.getMaximumIntegerDigits();
            int minIntDigits = super.getMinimumIntegerDigits();
            int maxFraDigits = super.getMaximumFractionDigits();
            int minFraDigits = super.getMinimumFractionDigits();
            digitList.set(isNegative, number,
                    useExponentialNotation ? maxIntDigits + maxFraDigits : maxFraDigits,
                    !useExponentialNotation, roundingMode);
            return subformat(result, fieldPosition, isNegative, false,
                    maxIntDigits, minIntDigits, maxFraDigits, minFraDigits);
        }
    }

    @Override
    public StringBuffer format(long number, StringBuffer result, FieldPosition fieldPosition) {
        fieldPosition.setBeginIndex(0);
        fieldPosition.setEndIndex(0);
        boolean isNegative = (number < 0);
        if (isNegative) {
            number = -number;
        }
        // Long.MIN_VALUE stays negative; a multiplier that overflows is done in decimal
        boolean big = false;
        if (number < 0) {
            if (multiplier != 0) {
                big = true;
            }
        } else if (multiplier != 1 && multiplier != 0) {
            long cutoff = Long.MAX_VALUE / multiplier;
            if (cutoff < 0) {
                cutoff = -cutoff;
            }
            big = (number > cutoff);
        }
        if (big) {
            if (isNegative) {
                number = -number;
            }
            return formatBigLong(number, result, fieldPosition);
        }

        number *= multiplier;
        if (number == 0) {
            isNegative = false;
        } else {
            if (multiplier < 0) {
                number = -number;
                isNegative = !isNegative;
            }
        }

        synchronized (digitList) {
            int maxIntDigits = super.getMaximumIntegerDigits();
            int minIntDigits = super.getMinimumIntegerDigits();
            int maxFraDigits = super.getMaximumFractionDigits();
            int minFraDigits = super.getMinimumFractionDigits();
            digitList.set(isNegative, number, useExponentialNotation ? maxIntDigits + maxFraDigits : 0, roundingMode);
            return subformat(result, fieldPosition, isNegative, true,
                    maxIntDigits, minIntDigits, maxFraDigits, minFraDigits);
        }
    }

    /** value * multiplier, where that overflows a long: the product's digits in decimal. */
    private StringBuffer formatBigLong(long value, StringBuffer result, FieldPosition fieldPosition) {
        boolean isNegative = (value < 0) ^ (multiplier < 0);
        String a = Long.toString(value);
        if (a.charAt(0) == '-') {
            a = a.substring(1);
        }
        String b = Long.toString(multiplier);
        if (b.charAt(0) == '-') {
            b = b.substring(1);
        }
        int[] prod = new int[a.length() + b.length()];
        for (int i = a.length() - 1; i >= 0; i--) {
            for (int j = b.length() - 1; j >= 0; j--) {
                prod[i + j + 1] += (a.charAt(i) - '0') * (b.charAt(j) - '0');
            }
        }
        for (int k = prod.length - 1; k > 0; k--) {
            prod[k - 1] += prod[k] / 10;
            prod[k] %= 10;
        }
        StringBuilder digits = new StringBuilder();
        for (int k = 0; k < prod.length; k++) {
            if (digits.length() > 0 || prod[k] != 0) {
                digits.append((char) ('0' + prod[k]));
            }
        }
        synchronized (digitList) {
            int maxIntDigits = super.getMaximumIntegerDigits();
            int minIntDigits = super.getMinimumIntegerDigits();
            int maxFraDigits = super.getMaximumFractionDigits();
            int minFraDigits = super.getMinimumFractionDigits();
            digitList.setIntegerDigits(isNegative, digits.toString(),
                    useExponentialNotation ? maxIntDigits + maxFraDigits : 0, roundingMode);
            return subformat(result, fieldPosition, isNegative, true,
                    maxIntDigits, minIntDigits, maxFraDigits, minFraDigits);
        }
    }

    private StringBuffer subformat(StringBuffer result, FieldPosition fieldPosition, boolean isNegative,
            boolean isInteger, int maxIntDigits, int minIntDigits, int maxFraDigits, int minFraDigits) {
        char zero = symbols.getZeroDigit();
        int zeroDelta = zero - '0';
        char grouping = (isCurrencyFormat) ? symbols.getMonetaryGroupingSeparator() : symbols.getGroupingSeparator();
        char decimal = isCurrencyFormat ? symbols.getMonetaryDecimalSeparator() : symbols.getDecimalSeparator();
        int field = fieldPosition.getField();
        int i;

        if (digitList.isZero()) {
            digitList.decimalAt = 0;
        }

        if (isNegative) {
            result.append(negativePrefix);
        } else {
            result.append(positivePrefix);
        }

        if (useExponentialNotation) {
            int iFieldStart = result.length();
            int iFieldEnd = -1;
            int fFieldStart = -1;

            // Minimum integer digits shift the exponent; maximum integer digits greater
            // than the minimum (and than 1) make the exponent a multiple of them.
            int exponent = digitList.decimalAt;
            int repeat = maxIntDigits;
            int minimumIntegerDigits = minIntDigits;
            if (repeat > 1 && repeat > minIntDigits) {
                if (exponent >= 1) {
                    exponent = ((exponent - 1) / repeat) * repeat;
                } else {
                    exponent = ((exponent - repeat) / repeat) * repeat;
                }
                minimumIntegerDigits = 1;
            } else {
                exponent -= minimumIntegerDigits;
            }

            int minimumDigits = minIntDigits + minFraDigits;
            if (minimumDigits < 0) {
                minimumDigits = Integer.MAX_VALUE;
            }
            int integerDigits = digitList.isZero() ? minimumIntegerDigits : digitList.decimalAt - exponent;
            if (minimumDigits < integerDigits) {
                minimumDigits = integerDigits;
            }
            int totalDigits = digitList.count;
            if (minimumDigits > totalDigits) {
                totalDigits = minimumDigits;
            }
            for (i = 0; i < totalDigits; ++i) {
                if (i == integerDigits) {
                    iFieldEnd = result.length();
                    result.append(decimal);
                    fFieldStart = result.length();
                }
                result.append((i < digitList.count) ? (char) (digitList.digits[i] + zeroDelta) : zero);
            }
            if (decimalSeparatorAlwaysShown && totalDigits == integerDigits) {
                iFieldEnd = result.length();
                result.append(decimal);
                fFieldStart = result.length();
            }
            if (iFieldEnd == -1) {
                iFieldEnd = result.length();
            }
            if (field == INTEGER_FIELD) {
                fieldPosition.setBeginIndex(iFieldStart);
                fieldPosition.setEndIndex(iFieldEnd);
            }
            if (fFieldStart == -1) {
                fFieldStart = result.length();
            }
            if (field == FRACTION_FIELD) {
                fieldPosition.setBeginIndex(fFieldStart);
                fieldPosition.setEndIndex(result.length());
            }

            result.append(symbols.getExponentSeparator());
            if (digitList.isZero()) {
                exponent = 0;
            }
            boolean negativeExponent = exponent < 0;
            if (negativeExponent) {
                exponent = -exponent;
                result.append(symbols.getMinusSign());
            }
            String exp = Integer.toString(exponent);
            for (i = exp.length(); i < minExponentDigits; ++i) {
                result.append(zero);
            }
            for (i = 0; i < exp.length(); ++i) {
                result.append((char) (exp.charAt(i) + zeroDelta));
            }
        } else {
            int iFieldStart = result.length();

            // Integer digits: at least the minimum, at most the maximum (the least
            // significant ones are kept: 1997 with two integer digits is "97").
            int count = minIntDigits;
            int digitIndex = 0;
            if (digitList.decimalAt > 0 && count < digitList.decimalAt) {
                count = digitList.decimalAt;
            }
            if (count > maxIntDigits) {
                count = maxIntDigits;
                digitIndex = digitList.decimalAt - count;
            }

            int sizeBeforeIntegerPart = result.length();
            for (i = count - 1; i >= 0; --i) {
                if (i < digitList.decimalAt && digitIndex < digitList.count) {
                    result.append((char) (digitList.digits[digitIndex++] + zeroDelta));
                } else {
                    result.append(zero);
                }
                if (isGroupingUsed() && i > 0 && (groupingSize != 0) && (i % groupingSize == 0)) {
                    result.append(grouping);
                }
            }

            boolean fractionPresent = (minFraDigits > 0) || (!isInteger && digitIndex < digitList.count);

            // no digits at all would not parse back: write a zero
            if (!fractionPresent && result.length() == sizeBeforeIntegerPart) {
                result.append(zero);
            }

            if (field == INTEGER_FIELD) {
                fieldPosition.setBeginIndex(iFieldStart);
                fieldPosition.setEndIndex(result.length());
            }

            if (decimalSeparatorAlwaysShown || fractionPresent) {
                result.append(decimal);
            }

            int fFieldStart = result.length();
            for (i = 0; i < maxFraDigits; ++i) {
                if (i >= minFraDigits && (isInteger || digitIndex >= digitList.count)) {
                    break;
                }
                // zeros between the decimal separator and the first significant digit
                if (-1 - i > (digitList.decimalAt - 1)) {
                    result.append(zero);
                    continue;
                }
                if (!isInteger && digitIndex < digitList.count) {
                    result.append((char) (digitList.digits[digitIndex++] + zeroDelta));
                } else {
                    result.append(zero);
                }
            }
            if (field == FRACTION_FIELD) {
                fieldPosition.setBeginIndex(fFieldStart);
                fieldPosition.setEndIndex(result.length());
            }
        }

        if (isNegative) {
            result.append(negativeSuffix);
        } else {
            result.append(positiveSuffix);
        }
        return result;
    }

    // ---- parsing ----

    @Override
    public Number parse(String text, ParsePosition pos) {
        if (text.regionMatches(pos.index, symbols.getNaN(), 0, symbols.getNaN().length())) {
            pos.index = pos.index + symbols.getNaN().length();
            return Double.valueOf(Double.NaN);
        }

        boolean[] status = new boolean[STATUS_LENGTH];
        if (!subparse(text, pos, positivePrefix, negativePrefix, digitList, false, status)) {
            return null;
        }

        if (status[STATUS_INFINITE]) {
            if (status[STATUS_POSITIVE] == (multiplier >= 0)) {
                return Double.valueOf(Double.POSITIVE_INFINITY);
            } else {
                return Double.valueOf(Double.NEGATIVE_INFINITY);
            }
        }

        if (multiplier == 0) {
            if (digitList.isZero()) {
                return Double.valueOf(Double.NaN);
            } else if (!status[STATUS_POSITIVE]) {
                return Double.valueOf(Double.NEGATIVE_INFINITY);
            } else {
                return Double.valueOf(Double.POSITIVE_INFINITY);
            }
        }

        boolean gotDouble = true;
        boolean gotLongMinimum = false;
        double doubleResult = 0.0;
        long longResult = 0;

        if (digitList.fitsIntoLong(status[STATUS_POSITIVE], isParseIntegerOnly())) {
            gotDouble = false;
            longResult = digitList.getLong();
            if (longResult < 0) {
                gotLongMinimum = true;
            }
        } else {
            doubleResult = digitList.getDouble();
        }

        if (multiplier != 1) {
            if (gotDouble) {
                doubleResult /= multiplier;
            } else {
                if (longResult % multiplier == 0) {
                    longResult /= multiplier;
                } else {
                    doubleResult = ((double) longResult) / multiplier;
                    gotDouble = true;
                }
            }
        }

        if (!status[STATUS_POSITIVE] && !gotLongMinimum) {
            doubleResult = -doubleResult;
            longResult = -longResult;
        }

        // after the division the result may fit a long again (but -0.0 stays a double)
        if (multiplier != 1 && gotDouble) {
            longResult = (long) doubleResult;
            gotDouble = ((doubleResult != (double) longResult)
                    || (doubleResult == 0.0 && 1 / doubleResult < 0.0))
                    && !isParseIntegerOnly();
        }

        return gotDouble ? (Number) Double.valueOf(doubleResult) : (Number) Long.valueOf(longResult);
    }

    private boolean subparse(String text, ParsePosition parsePosition, String positivePrefix,
            String negativePrefix, DigitList digits, boolean isExponent, boolean[] status) {
        int position = parsePosition.index;
        int oldStart = parsePosition.index;
        boolean gotPositive;
        boolean gotNegative;

        // the longest matching prefix wins
        gotPositive = text.regionMatches(position, positivePrefix, 0, positivePrefix.length());
        gotNegative = text.regionMatches(position, negativePrefix, 0, negativePrefix.length());
        if (gotPositive && gotNegative) {
            if (positivePrefix.length() > negativePrefix.length()) {
                gotNegative = false;
            } else if (positivePrefix.length() < negativePrefix.length()) {
                gotPositive = false;
            }
        }
        if (gotPositive) {
            position += positivePrefix.length();
        } else if (gotNegative) {
            position += negativePrefix.length();
        } else {
            parsePosition.errorIndex = position;
            return false;
        }

        position = subparseNumber(text, position, digits, true, isExponent, status);
        if (position == -1) {
            parsePosition.index = oldStart;
            parsePosition.errorIndex = oldStart;
            return false;
        }

        if (!isExponent) {
            if (gotPositive) {
                gotPositive = text.regionMatches(position, positiveSuffix, 0, positiveSuffix.length());
            }
            if (gotNegative) {
                gotNegative = text.regionMatches(position, negativeSuffix, 0, negativeSuffix.length());
            }
            if (gotPositive && gotNegative) {
                if (positiveSuffix.length() > negativeSuffix.length()) {
                    gotNegative = false;
                } else if (positiveSuffix.length() < negativeSuffix.length()) {
                    gotPositive = false;
                }
            }
            if (gotPositive == gotNegative) {
                parsePosition.errorIndex = position;
                return false;
            }
            parsePosition.index = position + (gotPositive ? positiveSuffix.length() : negativeSuffix.length());
        } else {
            parsePosition.index = position;
        }

        status[STATUS_POSITIVE] = gotPositive;
        if (parsePosition.index == oldStart) {
            parsePosition.errorIndex = position;
            return false;
        }
        return true;
    }

    private int subparseNumber(String text, int position, DigitList digits, boolean checkExponent,
            boolean isExponent, boolean[] status) {
        status[STATUS_INFINITE] = false;
        if (!isExponent && text.regionMatches(position, symbols.getInfinity(), 0, symbols.getInfinity().length())) {
            position += symbols.getInfinity().length();
            status[STATUS_INFINITE] = true;
        } else {
            // Only significant digits go into the digit list; decimalAt tracks the point.
            digits.decimalAt = digits.count = 0;
            char zero = symbols.getZeroDigit();
            char decimal = isCurrencyFormat ? symbols.getMonetaryDecimalSeparator() : symbols.getDecimalSeparator();
            char grouping = isCurrencyFormat ? symbols.getMonetaryGroupingSeparator() : symbols.getGroupingSeparator();
            String exponentString = symbols.getExponentSeparator();
            boolean sawDecimal = false;
            boolean sawExponent = false;
            boolean sawDigit = false;
            int exponent = 0;
            int digitCount = 0;
            int backup = -1;
            for (; position < text.length(); ++position) {
                char ch = text.charAt(position);
                int digit = ch - zero;
                if (digit < 0 || digit > 9) {
                    digit = Character.digit(ch, 10);
                }
                if (digit == 0) {
                    backup = -1;
                    sawDigit = true;
                    if (digits.count == 0) {
                        if (!sawDecimal) {
                            continue;
                        }
                        --digits.decimalAt;
                    } else {
                        ++digitCount;
                        digits.append((char) (digit + '0'));
                    }
                } else if (digit > 0 && digit <= 9) {
                    sawDigit = true;
                    ++digitCount;
                    digits.append((char) (digit + '0'));
                    backup = -1;
                } else if (!isExponent && ch == decimal) {
                    if (isParseIntegerOnly() || sawDecimal) {
                        break;
                    }
                    digits.decimalAt = digitCount;
                    sawDecimal = true;
                } else if (!isExponent && ch == grouping && isGroupingUsed()) {
                    if (sawDecimal) {
                        break;
                    }
                    // a grouping separator must be followed by a digit
                    backup = position;
                } else if (checkExponent && !isExponent
                        && text.regionMatches(position, exponentString, 0, exponentString.length())
                        && !sawExponent) {
                    ParsePosition pos = new ParsePosition(position + exponentString.length());
                    boolean[] stat = new boolean[STATUS_LENGTH];
                    DigitList exponentDigits = new DigitList();
                    if (subparse(text, pos, "", String.valueOf(symbols.getMinusSign()), exponentDigits, true, stat)
                            && exponentDigits.fitsIntoLong(stat[STATUS_POSITIVE], true)) {
                        position = pos.index;
                        exponent = (int) exponentDigits.getLong();
                        if (!stat[STATUS_POSITIVE]) {
                            exponent = -exponent;
                        }
                        sawExponent = true;
                    }
                    break;
                } else {
                    break;
                }
            }
            if (backup != -1) {
                position = backup;
            }
            if (!sawDecimal) {
                digits.decimalAt = digitCount;
            }
            digits.decimalAt += exponent;
            if (!sawDigit && digitCount == 0) {
                return -1;
            }
        }
        return position;
    }

    // ---- properties ----

    public DecimalFormatSymbols getDecimalFormatSymbols() {
        return (DecimalFormatSymbols) symbols.clone();
    }

    public void setDecimalFormatSymbols(DecimalFormatSymbols newSymbols) {
        symbols = (DecimalFormatSymbols) newSymbols.clone();
        expandAffixes();
    }

    public String getPositivePrefix() {
        return positivePrefix;
    }

    public void setPositivePrefix(String newValue) {
        positivePrefix = newValue;
        posPrefixPattern = null;
    }

    public String getNegativePrefix() {
        return negativePrefix;
    }

    public void setNegativePrefix(String newValue) {
        negativePrefix = newValue;
        negPrefixPattern = null;
    }

    public String getPositiveSuffix() {
        return positiveSuffix;
    }

    public void setPositiveSuffix(String newValue) {
        positiveSuffix = newValue;
        posSuffixPattern = null;
    }

    public String getNegativeSuffix() {
        return negativeSuffix;
    }

    public void setNegativeSuffix(String newValue) {
        negativeSuffix = newValue;
        negSuffixPattern = null;
    }

    public int getMultiplier() {
        return multiplier;
    }

    public void setMultiplier(int newValue) {
        multiplier = newValue;
    }

    public void setGroupingUsed(boolean newValue) {
        super.setGroupingUsed(newValue);
    }

    public int getGroupingSize() {
        return groupingSize;
    }

    public void setGroupingSize(int newValue) {
        if (newValue < 0) {
            throw new IllegalArgumentException("newValue is negative");
        }
        if (newValue > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("newValue exceeds Byte.MAX_VALUE");
        }
        groupingSize = (byte) newValue;
    }

    public boolean isDecimalSeparatorAlwaysShown() {
        return decimalSeparatorAlwaysShown;
    }

    public void setDecimalSeparatorAlwaysShown(boolean newValue) {
        decimalSeparatorAlwaysShown = newValue;
    }

    public boolean isParseBigDecimal() {
        return parseBigDecimal;
    }

    public void setParseBigDecimal(boolean newValue) {
        parseBigDecimal = newValue;
    }

    @Override
    public Object clone() {
        DecimalFormat other = (DecimalFormat) super.clone();
        other.symbols = (DecimalFormatSymbols) symbols.clone();
        other.digitList = new DigitList();
        return other;
    }

    @Override
    public boolean equals(Object obj) {
        if (obj == null) {
            return false;
        }
        if (!super.equals(obj)) {
            return false;
        }
        DecimalFormat other = (DecimalFormat) obj;
        return ((posPrefixPattern == other.posPrefixPattern && positivePrefix.equals(other.positivePrefix))
                || (posPrefixPattern != null && posPrefixPattern.equals(other.posPrefixPattern)))
                && ((posSuffixPattern == other.posSuffixPattern && positiveSuffix.equals(other.positiveSuffix))
                || (posSuffixPattern != null && posSuffixPattern.equals(other.posSuffixPattern)))
                && ((negPrefixPattern == other.negPrefixPattern && negativePrefix.equals(other.negativePrefix))
                || (negPrefixPattern != null && negPrefixPattern.equals(other.negPrefixPattern)))
                && ((negSuffixPattern == other.negSuffixPattern && negativeSuffix.equals(other.negativeSuffix))
                || (negSuffixPattern != null && negSuffixPattern.equals(other.negSuffixPattern)))
                && multiplier == other.multiplier
                && groupingSize == other.groupingSize
                && decimalSeparatorAlwaysShown == other.decimalSeparatorAlwaysShown
                && parseBigDecimal == other.parseBigDecimal
                && useExponentialNotation == other.useExponentialNotation
                && (!useExponentialNotation || minExponentDigits == other.minExponentDigits)
                && maximumIntegerDigits == other.maximumIntegerDigits
                && minimumIntegerDigits == other.minimumIntegerDigits
                && maximumFractionDigits == other.maximumFractionDigits
                && minimumFractionDigits == other.minimumFractionDigits
                && roundingMode == other.roundingMode
                && symbols.equals(other.symbols);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 37 + positivePrefix.hashCode();
    }

    public String toPattern() {
        return toPattern(false);
    }

    public String toLocalizedPattern() {
        return toPattern(true);
    }

    public void applyPattern(String pattern) {
        applyPattern(pattern, false);
    }

    public void applyLocalizedPattern(String pattern) {
        applyPattern(pattern, true);
    }

    @Override
    public void setMaximumIntegerDigits(int newValue) {
        maximumIntegerDigits = Math.min(Math.max(0, newValue), MAXIMUM_INTEGER_DIGITS);
        super.setMaximumIntegerDigits((maximumIntegerDigits > DOUBLE_INTEGER_DIGITS)
                ? DOUBLE_INTEGER_DIGITS : maximumIntegerDigits);
        if (minimumIntegerDigits > maximumIntegerDigits) {
            minimumIntegerDigits = maximumIntegerDigits;
            super.setMinimumIntegerDigits((minimumIntegerDigits > DOUBLE_INTEGER_DIGITS)
                    ? DOUBLE_INTEGER_DIGITS : minimumIntegerDigits);
        }
    }

    @Override
    public void setMinimumIntegerDigits(int newValue) {
        minimumIntegerDigits = Math.min(Math.max(0, newValue), MAXIMUM_INTEGER_DIGITS);
        super.setMinimumIntegerDigits((minimumIntegerDigits > DOUBLE_INTEGER_DIGITS)
                ? DOUBLE_INTEGER_DIGITS : minimumIntegerDigits);
        if (minimumIntegerDigits > maximumIntegerDigits) {
            maximumIntegerDigits = minimumIntegerDigits;
            super.setMaximumIntegerDigits((maximumIntegerDigits > DOUBLE_INTEGER_DIGITS)
                    ? DOUBLE_INTEGER_DIGITS : maximumIntegerDigits);
        }
    }

    @Override
    public void setMaximumFractionDigits(int newValue) {
        maximumFractionDigits = Math.min(Math.max(0, newValue), MAXIMUM_FRACTION_DIGITS);
        super.setMaximumFractionDigits((maximumFractionDigits > DOUBLE_FRACTION_DIGITS)
                ? DOUBLE_FRACTION_DIGITS : maximumFractionDigits);
        if (minimumFractionDigits > maximumFractionDigits) {
            minimumFractionDigits = maximumFractionDigits;
            super.setMinimumFractionDigits((minimumFractionDigits > DOUBLE_FRACTION_DIGITS)
                    ? DOUBLE_FRACTION_DIGITS : minimumFractionDigits);
        }
    }

    @Override
    public void setMinimumFractionDigits(int newValue) {
        minimumFractionDigits = Math.min(Math.max(0, newValue), MAXIMUM_FRACTION_DIGITS);
        super.setMinimumFractionDigits((minimumFractionDigits > DOUBLE_FRACTION_DIGITS)
                ? DOUBLE_FRACTION_DIGITS : minimumFractionDigits);
        if (minimumFractionDigits > maximumFractionDigits) {
            maximumFractionDigits = minimumFractionDigits;
            super.setMaximumFractionDigits((maximumFractionDigits > DOUBLE_FRACTION_DIGITS)
                    ? DOUBLE_FRACTION_DIGITS : maximumFractionDigits);
        }
    }

    @Override
    public int getMaximumIntegerDigits() {
        return maximumIntegerDigits;
    }

    @Override
    public int getMinimumIntegerDigits() {
        return minimumIntegerDigits;
    }

    @Override
    public int getMaximumFractionDigits() {
        return maximumFractionDigits;
    }

    @Override
    public int getMinimumFractionDigits() {
        return minimumFractionDigits;
    }

    @Override
    public RoundingMode getRoundingMode() {
        return roundingMode;
    }

    @Override
    public void setRoundingMode(RoundingMode roundingMode) {
        if (roundingMode == null) {
            throw new NullPointerException();
        }
        this.roundingMode = roundingMode;
    }

    // ---- patterns ----

    private void expandAffixes() {
        StringBuilder buffer = new StringBuilder();
        if (posPrefixPattern != null) {
            positivePrefix = expandAffix(posPrefixPattern, buffer);
        }
        if (posSuffixPattern != null) {
            positiveSuffix = expandAffix(posSuffixPattern, buffer);
        }
        if (negPrefixPattern != null) {
            negativePrefix = expandAffix(negPrefixPattern, buffer);
        }
        if (negSuffixPattern != null) {
            negativeSuffix = expandAffix(negSuffixPattern, buffer);
        }
    }

    /** An affix pattern with its quoted specials ('%, '‰, '-, '¤, '¤¤, '') as text. */
    private String expandAffix(String pattern, StringBuilder buffer) {
        buffer.setLength(0);
        for (int i = 0; i < pattern.length(); ) {
            char c = pattern.charAt(i++);
            if (c == QUOTE) {
                c = pattern.charAt(i++);
                switch (c) {
                    case CURRENCY_SIGN:
                        if (i < pattern.length() && pattern.charAt(i) == CURRENCY_SIGN) {
                            ++i;
                            buffer.append(symbols.getInternationalCurrencySymbol());
                        } else {
                            buffer.append(symbols.getCurrencySymbol());
                        }
                        continue;
                    case PATTERN_PERCENT:
                        buffer.append(symbols.getPercent());
                        continue;
                    case PATTERN_PER_MILLE:
                        buffer.append(symbols.getPerMill());
                        continue;
                    case PATTERN_MINUS:
                        buffer.append(symbols.getMinusSign());
                        continue;
                    default:
                        break;
                }
            }
            buffer.append(c);
        }
        return buffer.toString();
    }

    private void appendAffix(StringBuilder buffer, String affixPattern, String expAffix, boolean localized) {
        if (affixPattern == null) {
            appendAffix(buffer, expAffix, localized);
        } else {
            int i;
            for (int pos = 0; pos < affixPattern.length(); pos = i) {
                i = affixPattern.indexOf(QUOTE, pos);
                if (i < 0) {
                    appendAffix(buffer, affixPattern.substring(pos), localized);
                    break;
                }
                if (i > pos) {
                    appendAffix(buffer, affixPattern.substring(pos, i), localized);
                }
                char c = affixPattern.charAt(++i);
                ++i;
                if (c == QUOTE) {
                    buffer.append(c);
                } else if (c == CURRENCY_SIGN && i < affixPattern.length()
                        && affixPattern.charAt(i) == CURRENCY_SIGN) {
                    ++i;
                    buffer.append(c);
                } else if (localized) {
                    switch (c) {
                        case PATTERN_PERCENT:
                            buffer.append(symbols.getPercent());
                            continue;
                        case PATTERN_PER_MILLE:
                            buffer.append(symbols.getPerMill());
                            continue;
                        case PATTERN_MINUS:
                            buffer.append(symbols.getMinusSign());
                            continue;
                        default:
                            break;
                    }
                }
                buffer.append(c);
            }
        }
    }

    private void appendAffix(StringBuilder buffer, String affix, boolean localized) {
        boolean needQuote;
        if (localized) {
            needQuote = affix.indexOf(symbols.getZeroDigit()) >= 0
                    || affix.indexOf(symbols.getGroupingSeparator()) >= 0
                    || affix.indexOf(symbols.getDecimalSeparator()) >= 0
                    || affix.indexOf(symbols.getPercent()) >= 0
                    || affix.indexOf(symbols.getPerMill()) >= 0
                    || affix.indexOf(symbols.getDigit()) >= 0
                    || affix.indexOf(symbols.getPatternSeparator()) >= 0
                    || affix.indexOf(symbols.getMinusSign()) >= 0
                    || affix.indexOf(CURRENCY_SIGN) >= 0;
        } else {
            needQuote = affix.indexOf(PATTERN_ZERO_DIGIT) >= 0
                    || affix.indexOf(PATTERN_GROUPING_SEPARATOR) >= 0
                    || affix.indexOf(PATTERN_DECIMAL_SEPARATOR) >= 0
                    || affix.indexOf(PATTERN_PERCENT) >= 0
                    || affix.indexOf(PATTERN_PER_MILLE) >= 0
                    || affix.indexOf(PATTERN_DIGIT) >= 0
                    || affix.indexOf(PATTERN_SEPARATOR) >= 0
                    || affix.indexOf(PATTERN_MINUS) >= 0
                    || affix.indexOf(CURRENCY_SIGN) >= 0;
        }
        if (needQuote) {
            buffer.append('\'');
        }
        if (affix.indexOf('\'') < 0) {
            buffer.append(affix);
        } else {
            for (int j = 0; j < affix.length(); ++j) {
                char c = affix.charAt(j);
                buffer.append(c);
                if (c == '\'') {
                    buffer.append(c);
                }
            }
        }
        if (needQuote) {
            buffer.append('\'');
        }
    }

    private String toPattern(boolean localized) {
        StringBuilder result = new StringBuilder();
        for (int j = 1; j >= 0; --j) {
            if (j == 1) {
                appendAffix(result, posPrefixPattern, positivePrefix, localized);
            } else {
                appendAffix(result, negPrefixPattern, negativePrefix, localized);
            }
            int i;
            int digitCount = useExponentialNotation
                    ? getMaximumIntegerDigits()
                    : Math.max(groupingSize, getMinimumIntegerDigits()) + 1;
            for (i = digitCount; i > 0; --i) {
                if (i != digitCount && isGroupingUsed() && groupingSize != 0 && i % groupingSize == 0) {
                    result.append(localized ? symbols.getGroupingSeparator() : PATTERN_GROUPING_SEPARATOR);
                }
                result.append(i <= getMinimumIntegerDigits()
                        ? (localized ? symbols.getZeroDigit() : PATTERN_ZERO_DIGIT)
                        : (localized ? symbols.getDigit() : PATTERN_DIGIT));
            }
            if (getMaximumFractionDigits() > 0 || decimalSeparatorAlwaysShown) {
                result.append(localized ? symbols.getDecimalSeparator() : PATTERN_DECIMAL_SEPARATOR);
            }
            for (i = 0; i < getMaximumFractionDigits(); ++i) {
                if (i < getMinimumFractionDigits()) {
                    result.append(localized ? symbols.getZeroDigit() : PATTERN_ZERO_DIGIT);
                } else {
                    result.append(localized ? symbols.getDigit() : PATTERN_DIGIT);
                }
            }
            if (useExponentialNotation) {
                result.append(localized ? symbols.getExponentSeparator() : PATTERN_EXPONENT);
                for (i = 0; i < minExponentDigits; ++i) {
                    result.append(localized ? symbols.getZeroDigit() : PATTERN_ZERO_DIGIT);
                }
            }
            if (j == 1) {
                appendAffix(result, posSuffixPattern, positiveSuffix, localized);
                if ((negSuffixPattern == posSuffixPattern && negativeSuffix.equals(positiveSuffix))
                        || (negSuffixPattern != null && negSuffixPattern.equals(posSuffixPattern))) {
                    if ((negPrefixPattern != null && posPrefixPattern != null
                            && negPrefixPattern.equals("'-" + posPrefixPattern))
                            || (negPrefixPattern == posPrefixPattern
                            && negativePrefix.equals(symbols.getMinusSign() + positivePrefix))) {
                        break;
                    }
                }
                result.append(localized ? symbols.getPatternSeparator() : PATTERN_SEPARATOR);
            } else {
                appendAffix(result, negSuffixPattern, negativeSuffix, localized);
            }
        }
        return result.toString();
    }

    private void applyPattern(String pattern, boolean localized) {
        char zeroDigit = PATTERN_ZERO_DIGIT;
        char groupingSeparator = PATTERN_GROUPING_SEPARATOR;
        char decimalSeparator = PATTERN_DECIMAL_SEPARATOR;
        char percent = PATTERN_PERCENT;
        char perMill = PATTERN_PER_MILLE;
        char digit = PATTERN_DIGIT;
        char separator = PATTERN_SEPARATOR;
        String exponent = PATTERN_EXPONENT;
        char minus = PATTERN_MINUS;
        if (localized) {
            zeroDigit = symbols.getZeroDigit();
            groupingSeparator = symbols.getGroupingSeparator();
            decimalSeparator = symbols.getDecimalSeparator();
            percent = symbols.getPercent();
            perMill = symbols.getPerMill();
            digit = symbols.getDigit();
            separator = symbols.getPatternSeparator();
            exponent = symbols.getExponentSeparator();
            minus = symbols.getMinusSign();
        }
        boolean gotNegative = false;
        decimalSeparatorAlwaysShown = false;
        isCurrencyFormat = false;
        useExponentialNotation = false;

        int start = 0;
        for (int j = 1; j >= 0 && start < pattern.length(); --j) {
            boolean inQuote = false;
            StringBuilder prefix = new StringBuilder();
            StringBuilder suffix = new StringBuilder();
            int decimalPos = -1;
            int multiplier = 1;
            int digitLeftCount = 0;
            int zeroDigitCount = 0;
            int digitRightCount = 0;
            byte groupingCount = -1;

            // phase 0: prefix; 1: digits, separators and exponent; 2: suffix
            int phase = 0;
            StringBuilder affix = prefix;

            for (int pos = start; pos < pattern.length(); ++pos) {
                char ch = pattern.charAt(pos);
                switch (phase) {
                    case 0:
                    case 2:
                        if (inQuote) {
                            // '' inside quotes is a quote; a single one closes them
                            if (ch == QUOTE) {
                                if ((pos + 1) < pattern.length() && pattern.charAt(pos + 1) == QUOTE) {
                                    ++pos;
                                    affix.append("''");
                                } else {
                                    inQuote = false;
                                }
                                continue;
                            }
                        } else {
                            if (ch == digit || ch == zeroDigit || ch == groupingSeparator || ch == decimalSeparator) {
                                phase = 1;
                                --pos;
                                continue;
                            } else if (ch == CURRENCY_SIGN) {
                                boolean doubled = (pos + 1) < pattern.length()
                                        && pattern.charAt(pos + 1) == CURRENCY_SIGN;
                                if (doubled) {
                                    ++pos;
                                }
                                isCurrencyFormat = true;
                                affix.append(doubled ? "'\u00A4\u00A4" : "'\u00A4");
                                continue;
                            } else if (ch == QUOTE) {
                                if ((pos + 1) < pattern.length() && pattern.charAt(pos + 1) == QUOTE) {
                                    ++pos;
                                    affix.append("''");
                                } else {
                                    inQuote = true;
                                }
                                continue;
                            } else if (ch == separator) {
                                // not before the digits, and not in the negative subpattern
                                if (phase == 0 || j == 0) {
                                    throw new IllegalArgumentException("Unquoted special character '"
                                            + ch + "' in pattern \"" + pattern + '"');
                                }
                                start = pos + 1;
                                pos = pattern.length();
                                continue;
                            } else if (ch == percent) {
                                if (multiplier != 1) {
                                    throw new IllegalArgumentException(
                                            "Too many percent/per mille characters in pattern \"" + pattern + '"');
                                }
                                multiplier = 100;
                                affix.append("'%");
                                continue;
                            } else if (ch == perMill) {
                                if (multiplier != 1) {
                                    throw new IllegalArgumentException(
                                            "Too many percent/per mille characters in pattern \"" + pattern + '"');
                                }
                                multiplier = 1000;
                                affix.append("'\u2030");
                                continue;
                            } else if (ch == minus) {
                                affix.append("'-");
                                continue;
                            }
                        }
                        affix.append(ch);
                        break;

                    case 1:
                        // the negative subpattern's digits only end its prefix
                        if (j == 0) {
                            while (pos < pattern.length()) {
                                char negPatternChar = pattern.charAt(pos);
                                if (negPatternChar == digit || negPatternChar == zeroDigit
                                        || negPatternChar == groupingSeparator
                                        || negPatternChar == decimalSeparator) {
                                    ++pos;
                                } else if (pattern.regionMatches(pos, exponent, 0, exponent.length())) {
                                    pos = pos + exponent.length();
                                } else {
                                    --pos;
                                    phase = 2;
                                    affix = suffix;
                                    break;
                                }
                            }
                            continue;
                        }

                        if (ch == digit) {
                            if (zeroDigitCount > 0) {
                                ++digitRightCount;
                            } else {
                                ++digitLeftCount;
                            }
                            if (groupingCount >= 0 && decimalPos < 0) {
                                ++groupingCount;
                            }
                        } else if (ch == zeroDigit) {
                            if (digitRightCount > 0) {
                                throw new IllegalArgumentException("Unexpected '0' in pattern \"" + pattern + '"');
                            }
                            ++zeroDigitCount;
                            if (groupingCount >= 0 && decimalPos < 0) {
                                ++groupingCount;
                            }
                        } else if (ch == groupingSeparator) {
                            groupingCount = 0;
                        } else if (ch == decimalSeparator) {
                            if (decimalPos >= 0) {
                                throw new IllegalArgumentException("Multiple decimal separators in pattern \""
                                        + pattern + '"');
                            }
                            decimalPos = digitLeftCount + zeroDigitCount + digitRightCount;
                        } else if (pattern.regionMatches(pos, exponent, 0, exponent.length())) {
                            if (useExponentialNotation) {
                                throw new IllegalArgumentException("Multiple exponential symbols in pattern \""
                                        + pattern + '"');
                            }
                            useExponentialNotation = true;
                            minExponentDigits = 0;
                            pos = pos + exponent.length();
                            while (pos < pattern.length() && pattern.charAt(pos) == zeroDigit) {
                                ++minExponentDigits;
                                ++pos;
                            }
                            if ((digitLeftCount + zeroDigitCount) < 1 || minExponentDigits < 1) {
                                throw new IllegalArgumentException("Malformed exponential pattern \""
                                        + pattern + '"');
                            }
                            phase = 2;
                            affix = suffix;
                            --pos;
                            continue;
                        } else {
                            phase = 2;
                            affix = suffix;
                            --pos;
                            continue;
                        }
                        break;
                    default:
                        break;
                }
            }

            // "##.###" means "#0.###", ".###" means ".0##"
            if (zeroDigitCount == 0 && digitLeftCount > 0 && decimalPos >= 0) {
                int n = decimalPos;
                if (n == 0) {
                    ++n;
                }
                digitRightCount = digitLeftCount - n;
                digitLeftCount = n - 1;
                zeroDigitCount = 1;
            }

            if ((decimalPos < 0 && digitRightCount > 0)
                    || (decimalPos >= 0 && (decimalPos < digitLeftCount
                    || decimalPos > (digitLeftCount + zeroDigitCount)))
                    || groupingCount == 0 || inQuote) {
                throw new IllegalArgumentException("Malformed pattern \"" + pattern + '"');
            }

            if (j == 1) {
                posPrefixPattern = prefix.toString();
                posSuffixPattern = suffix.toString();
                negPrefixPattern = posPrefixPattern;
                negSuffixPattern = posSuffixPattern;
                int digitTotalCount = digitLeftCount + zeroDigitCount + digitRightCount;
                int effectiveDecimalPos = decimalPos >= 0 ? decimalPos : digitTotalCount;
                setMinimumIntegerDigits(effectiveDecimalPos - digitLeftCount);
                setMaximumIntegerDigits(useExponentialNotation
                        ? digitLeftCount + getMinimumIntegerDigits() : MAXIMUM_INTEGER_DIGITS);
                setMaximumFractionDigits(decimalPos >= 0 ? (digitTotalCount - decimalPos) : 0);
                setMinimumFractionDigits(decimalPos >= 0
                        ? (digitLeftCount + zeroDigitCount - decimalPos) : 0);
                setGroupingUsed(groupingCount > 0);
                this.groupingSize = (groupingCount > 0) ? groupingCount : 0;
                this.multiplier = multiplier;
                setDecimalSeparatorAlwaysShown(decimalPos == 0 || decimalPos == digitTotalCount);
            } else {
                negPrefixPattern = prefix.toString();
                negSuffixPattern = suffix.toString();
                gotNegative = true;
            }
        }

        if (pattern.isEmpty()) {
            posPrefixPattern = posSuffixPattern = "";
            setMinimumIntegerDigits(0);
            setMaximumIntegerDigits(MAXIMUM_INTEGER_DIGITS);
            setMinimumFractionDigits(0);
            setMaximumFractionDigits(MAXIMUM_FRACTION_DIGITS);
        }

        // without a (distinct) negative subpattern, negatives get a minus before the prefix
        if (!gotNegative
                || (negPrefixPattern.equals(posPrefixPattern) && negSuffixPattern.equals(posSuffixPattern))) {
            negSuffixPattern = posSuffixPattern;
            negPrefixPattern = "'-" + posPrefixPattern;
        }

        expandAffixes();
    }
}
