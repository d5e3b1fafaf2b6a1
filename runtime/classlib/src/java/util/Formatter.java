package java.util;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.BufferedWriter;
import java.io.PrintStream;

/**
 * printf-style formatting (String.format, PrintStream.printf). Written to give the JDK's
 * results: the same text, the same exception classes and messages, checked in the same
 * order (the whole format string is parsed and checked before anything is written; the
 * checks that depend on an argument's type happen when that argument is printed, after the
 * text before it was written to the destination).
 *
 * Supported: %b %h %s %c %d %o %x %e %f %g %a %% %n and their upper-case forms, with argument
 * indexes (%2$s, %<s), flags - # + space 0 , (, width and precision, on the boxed primitive
 * types, Formattable and null. Floating-point values are printed from the shortest decimal
 * digits that identify them (Double.toString's), rounded half-up, as the JDK does. Date and
 * time conversions (%t) are parsed and checked but throw UnsupportedOperationException when
 * printed.
 */
public final class Formatter implements Closeable, Flushable {
    // Flags, as bits.
    private static final int LEFT = 1; // '-'
    private static final int ALT = 2; // '#'
    private static final int PLUS = 4; // '+'
    private static final int SPACE = 8; // ' '
    private static final int ZERO = 16; // '0'
    private static final int GROUP = 32; // ','
    private static final int PAREN = 64; // '('
    private static final int PREVIOUS = 128; // '<'
    private static final int UPPER = 256; // an upper-case conversion

    private static final String FLAG_CHARS = "-#+ 0,(<";

    private Appendable a;
    private final Locale l;
    private IOException lastException;

    public Formatter() {
        this(Locale.getDefault(Locale.Category.FORMAT), new StringBuilder());
    }

    public Formatter(Appendable a) {
        this(Locale.getDefault(Locale.Category.FORMAT), nonNullAppendable(a));
    }

    public Formatter(Locale l) {
        this(l, new StringBuilder());
    }

    public Formatter(Appendable a, Locale l) {
        this(l, nonNullAppendable(a));
    }

    public Formatter(PrintStream ps) {
        this(Locale.getDefault(Locale.Category.FORMAT), (Appendable) Objects.requireNonNull(ps));
    }

    public Formatter(OutputStream os) {
        this(Locale.getDefault(Locale.Category.FORMAT),
                new BufferedWriter(new OutputStreamWriter(os)));
    }

    private Formatter(Locale l, Appendable a) {
        this.a = a;
        this.l = l;
    }

    private static Appendable nonNullAppendable(Appendable a) {
        return a == null ? new StringBuilder() : a;
    }

    private void ensureOpen() {
        if (a == null) {
            throw new FormatterClosedException();
        }
    }

    public Locale locale() {
        ensureOpen();
        return l;
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    @Override
    public String toString() {
        ensureOpen();
        return a.toString();
    }

    @Override
    public void flush() {
        ensureOpen();
        if (a instanceof Flushable) {
            try {
                ((Flushable) a).flush();
            } catch (IOException e) {
                lastException = e;
            }
        }
    }

    @Override
    public void close() {
        if (a == null) {
            return;
        }
        try {
            if (a instanceof Closeable) {
                ((Closeable) a).close();
            }
        } catch (IOException e) {
            lastException = e;
        } finally {
            a = null;
        }
    }

    public IOException ioException() {
        return lastException;
    }

    public Formatter format(String format, Object... args) {
        return format(l, format, args);
    }

    public Formatter format(Locale l, String format, Object... args) {
        ensureOpen();
        Spec[] specs = parse(format);
        int last = -1; // the argument the previous specifier used
        int lastOrdinary = -1; // the last argument used by a specifier without an index
        try {
            for (int k = 0; k < specs.length; k++) {
                Spec s = specs[k];
                if (s.conversion == 0) {
                    a.append(format, s.textStart, s.textEnd);
                    continue;
                }
                if (s.conversion == '%' || s.conversion == 'n') {
                    s.print(this, null, l);
                    continue;
                }
                int argIndex;
                if (s.index == -1) {
                    argIndex = last;
                    if (last < 0 || (args != null && last > args.length - 1)) {
                        throw new MissingFormatArgumentException(s.toString());
                    }
                } else if (s.index == 0) {
                    lastOrdinary++;
                    argIndex = lastOrdinary;
                    last = lastOrdinary;
                    if (args != null && argIndex > args.length - 1) {
                        throw new MissingFormatArgumentException(s.toString());
                    }
                } else {
                    argIndex = s.index - 1;
                    last = argIndex;
                    if (args != null && argIndex > args.length - 1) {
                        throw new MissingFormatArgumentException(s.toString());
                    }
                }
                s.print(this, args == null ? null : args[argIndex], l);
            }
        } catch (IOException e) {
            lastException = e;
        }
        return this;
    }

    // ---------------------------------------------------------------- parsing

    private static boolean isConversion(char c) {
        switch (c) {
            case 'b': case 'B': case 'h': case 'H': case 's': case 'S':
            case 'c': case 'C': case 'd': case 'o': case 'x': case 'X':
            case 'e': case 'E': case 'f': case 'g': case 'G': case 'a': case 'A':
            case '%': case 'n':
                return true;
            default:
                return false;
        }
    }

    private static boolean isDateTimeConversion(char c) {
        return "HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc".indexOf(c) >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isConversionChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%';
    }

    private static Spec[] parse(String s) {
        Spec[] list = new Spec[8];
        int size = 0;
        int i = 0;
        int max = s.length();
        while (i < max) {
            int n = s.indexOf('%', i);
            if (n < 0) {
                list = add(list, size++, Spec.text(i, max));
                break;
            }
            if (i != n) {
                list = add(list, size++, Spec.text(i, n));
            }
            i = n + 1;
            if (i >= max) {
                throw new UnknownFormatConversionException("%");
            }
            char c = s.charAt(i);
            if (isConversion(c)) {
                list = add(list, size++, new Spec(null, null, null, null, (char) 0, c));
                i++;
                continue;
            }
            // %[index$][flags][width][.precision][t]conversion
            int p = i;
            String index = null;
            while (p < max && isDigit(s.charAt(p))) {
                p++;
            }
            if (p > i && p < max && s.charAt(p) == '$') {
                index = s.substring(i, p);
                p++;
            } else {
                p = i;
            }
            int flagsStart = p;
            while (p < max && FLAG_CHARS.indexOf(s.charAt(p)) >= 0) {
                p++;
            }
            String flags = s.substring(flagsStart, p);
            int widthStart = p;
            while (p < max && isDigit(s.charAt(p))) {
                p++;
            }
            String width = p > widthStart ? s.substring(widthStart, p) : null;
            String precision = null;
            if (p + 1 < max && s.charAt(p) == '.' && isDigit(s.charAt(p + 1))) {
                int precisionStart = p + 1;
                p = precisionStart;
                while (p < max && isDigit(s.charAt(p))) {
                    p++;
                }
                precision = s.substring(precisionStart, p);
            }
            char dateTime = 0;
            if (p + 1 < max && (s.charAt(p) == 't' || s.charAt(p) == 'T')
                    && isConversionChar(s.charAt(p + 1))) {
                dateTime = s.charAt(p);
                p++;
            }
            if (p >= max || !isConversionChar(s.charAt(p))) {
                throw new UnknownFormatConversionException(String.valueOf(c));
            }
            list = add(list, size++, new Spec(index, flags, width, precision, dateTime, s.charAt(p)));
            i = p + 1;
        }
        Spec[] result = new Spec[size];
        System.arraycopy(list, 0, result, 0, size);
        return result;
    }

    private static Spec[] add(Spec[] list, int at, Spec s) {
        if (at == list.length) {
            Spec[] grown = new Spec[list.length * 2];
            System.arraycopy(list, 0, grown, 0, at);
            list = grown;
        }
        list[at] = s;
        return list;
    }

    private static String flagsToString(int f) {
        StringBuilder sb = new StringBuilder();
        if ((f & LEFT) != 0) {
            sb.append('-');
        }
        if ((f & UPPER) != 0) {
            sb.append('^');
        }
        if ((f & ALT) != 0) {
            sb.append('#');
        }
        if ((f & PLUS) != 0) {
            sb.append('+');
        }
        if ((f & SPACE) != 0) {
            sb.append(' ');
        }
        if ((f & ZERO) != 0) {
            sb.append('0');
        }
        if ((f & GROUP) != 0) {
            sb.append(',');
        }
        if ((f & PAREN) != 0) {
            sb.append('(');
        }
        if ((f & PREVIOUS) != 0) {
            sb.append('<');
        }
        return sb.toString();
    }

    private static int flagBit(char c) {
        switch (c) {
            case '-':
                return LEFT;
            case '#':
                return ALT;
            case '+':
                return PLUS;
            case ' ':
                return SPACE;
            case '0':
                return ZERO;
            case ',':
                return GROUP;
            case '(':
                return PAREN;
            case '<':
                return PREVIOUS;
            default:
                throw new UnknownFormatFlagsException(String.valueOf(c));
        }
    }

    /** One piece of a format string: fixed text (conversion 0) or a format specifier. */
    private static final class Spec {
        int textStart;
        int textEnd;
        /** -2: none (%n, %%); -1: the previous argument (<); 0: the next one; else 1-based. */
        int index;
        int flags;
        int width = -1;
        int precision = -1;
        boolean dateTime;
        /** The conversion in lower case (0 for fixed text); UPPER is in flags. */
        char conversion;

        private Spec() {
        }

        static Spec text(int start, int end) {
            Spec s = new Spec();
            s.textStart = start;
            s.textEnd = end;
            return s;
        }

        Spec(String index, String flagChars, String width, String precision, char dateTime, char conv) {
            if (index != null) {
                int value;
                try {
                    value = Integer.parseInt(index);
                } catch (NumberFormatException e) {
                    value = Integer.MIN_VALUE;
                }
                if (value <= 0) {
                    throw new IllegalFormatArgumentIndexException(value);
                }
                this.index = value;
            }
            if (flagChars != null) {
                for (int i = 0; i < flagChars.length(); i++) {
                    int bit = flagBit(flagChars.charAt(i));
                    if ((flags & bit) != 0) {
                        throw new DuplicateFormatFlagsException(flagsToString(bit));
                    }
                    flags |= bit;
                }
                if ((flags & PREVIOUS) != 0) {
                    this.index = -1;
                }
            }
            if (width != null) {
                try {
                    this.width = Integer.parseInt(width);
                } catch (NumberFormatException e) {
                    throw new IllegalFormatWidthException(Integer.MIN_VALUE);
                }
            }
            if (precision != null) {
                try {
                    this.precision = Integer.parseInt(precision);
                } catch (NumberFormatException e) {
                    throw new IllegalFormatPrecisionException(Integer.MIN_VALUE);
                }
            }
            if (dateTime != 0) {
                this.dateTime = true;
                if (dateTime == 'T') {
                    flags |= UPPER;
                }
                if (this.precision != -1) {
                    throw new IllegalFormatPrecisionException(this.precision);
                }
                if (!isDateTimeConversion(conv)) {
                    throw new UnknownFormatConversionException("t" + conv);
                }
                this.conversion = conv;
                checkDateTime();
                return;
            }
            if (!isConversion(conv)) {
                throw new UnknownFormatConversionException(String.valueOf(conv));
            }
            if (conv >= 'A' && conv <= 'Z') {
                flags |= UPPER;
                conv = (char) (conv + ('a' - 'A'));
            }
            this.conversion = conv;
            switch (conv) {
                case 'b':
                case 'h':
                case 's':
                    checkGeneral();
                    break;
                case 'c':
                    checkCharacter();
                    break;
                case 'd':
                case 'o':
                case 'x':
                    checkInteger();
                    break;
                case 'e':
                case 'f':
                case 'g':
                case 'a':
                    checkFloat();
                    break;
                case '%':
                    this.index = -2;
                    if (this.precision != -1) {
                        throw new IllegalFormatPrecisionException(this.precision);
                    }
                    if (flags != LEFT && flags != 0) {
                        throw new IllegalFormatFlagsException(flagsToString(flags));
                    }
                    if (this.width == -1 && (flags & LEFT) != 0) {
                        throw new MissingFormatWidthException(toString());
                    }
                    break;
                default: // 'n'
                    this.index = -2;
                    if (this.precision != -1) {
                        throw new IllegalFormatPrecisionException(this.precision);
                    }
                    if (this.width != -1) {
                        throw new IllegalFormatWidthException(this.width);
                    }
                    if (flags != 0) {
                        throw new IllegalFormatFlagsException(flagsToString(flags));
                    }
                    break;
            }
        }

        private boolean has(int flag) {
            return (flags & flag) != 0;
        }

        /** Throws for the first of the given flags (in the given order) that is present. */
        private void rejectFlags(int... bad) {
            for (int i = 0; i < bad.length; i++) {
                if (has(bad[i])) {
                    throw new FormatFlagsConversionMismatchException(flagsToString(bad[i]), conversion);
                }
            }
        }

        private void checkGeneral() {
            if ((conversion == 'b' || conversion == 'h') && has(ALT)) {
                rejectFlags(ALT);
            }
            if (width == -1 && has(LEFT)) {
                throw new MissingFormatWidthException(toString());
            }
            rejectFlags(PLUS, SPACE, ZERO, GROUP, PAREN);
        }

        private void checkCharacter() {
            if (precision != -1) {
                throw new IllegalFormatPrecisionException(precision);
            }
            rejectFlags(ALT, PLUS, SPACE, ZERO, GROUP, PAREN);
            if (width == -1 && has(LEFT)) {
                throw new MissingFormatWidthException(toString());
            }
        }

        private void checkDateTime() {
            rejectFlags(ALT, PLUS, SPACE, ZERO, GROUP, PAREN);
            if (width == -1 && has(LEFT)) {
                throw new MissingFormatWidthException(toString());
            }
        }

        private void checkNumeric() {
            if (width == -1 && (has(LEFT) || has(ZERO))) {
                throw new MissingFormatWidthException(toString());
            }
            if ((has(PLUS) && has(SPACE)) || (has(LEFT) && has(ZERO))) {
                throw new IllegalFormatFlagsException(flagsToString(flags));
            }
        }

        private void checkInteger() {
            checkNumeric();
            if (precision != -1) {
                throw new IllegalFormatPrecisionException(precision);
            }
            rejectFlags(conversion == 'd' ? ALT : GROUP);
        }

        private void checkFloat() {
            checkNumeric();
            switch (conversion) {
                case 'a':
                    rejectFlags(PAREN, GROUP);
                    break;
                case 'e':
                    rejectFlags(GROUP);
                    break;
                case 'g':
                    rejectFlags(ALT);
                    break;
                default:
                    break;
            }
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("%");
            sb.append(flagsToString(flags & ~UPPER));
            if (index > 0) {
                sb.append(index).append('$');
            }
            if (width != -1) {
                sb.append(width);
            }
            if (precision != -1) {
                sb.append('.').append(precision);
            }
            boolean upper = has(UPPER);
            if (dateTime) {
                sb.append(upper ? 'T' : 't');
                sb.append(conversion);
            } else {
                sb.append(upper ? Character.toUpperCase(conversion) : conversion);
            }
            return sb.toString();
        }

        // ------------------------------------------------------------ printing

        void print(Formatter fmt, Object arg, Locale l) throws IOException {
            if (dateTime) {
                if (arg == null) {
                    printString(fmt, "null", l);
                    return;
                }
                if (!(arg instanceof Long)) {
                    throw mismatch(arg);
                }
                throw new UnsupportedOperationException(
                        "date/time conversions (%t) are not supported by rjava's class library yet");
            }
            switch (conversion) {
                case 'b':
                    printString(fmt, arg == null ? "false"
                            : (arg instanceof Boolean ? arg.toString() : "true"), l);
                    break;
                case 'h':
                    printString(fmt, arg == null ? "null" : Integer.toHexString(arg.hashCode()), l);
                    break;
                case 's':
                    if (arg instanceof Formattable) {
                        int f = 0;
                        if (has(LEFT)) {
                            f |= FormattableFlags.LEFT_JUSTIFY;
                        }
                        if (has(UPPER)) {
                            f |= FormattableFlags.UPPERCASE;
                        }
                        if (has(ALT)) {
                            f |= FormattableFlags.ALTERNATE;
                        }
                        Formatter target = fmt;
                        if (fmt.l != l) {
                            target = new Formatter(l, fmt.a);
                        }
                        ((Formattable) arg).formatTo(target, f, width, precision);
                    } else {
                        if (has(ALT)) {
                            rejectFlags(ALT);
                        }
                        printString(fmt, arg == null ? "null" : arg.toString(), l);
                    }
                    break;
                case 'c':
                    printCharacter(fmt, arg, l);
                    break;
                case 'd':
                case 'o':
                case 'x':
                    printInteger(fmt, arg, l);
                    break;
                case 'e':
                case 'f':
                case 'g':
                case 'a':
                    printFloat(fmt, arg, l);
                    break;
                case '%':
                    appendJustified(fmt.a, "%");
                    break;
                default: // 'n'
                    fmt.a.append(System.lineSeparator());
                    break;
            }
        }

        private void printString(Formatter fmt, String s, Locale l) throws IOException {
            if (precision != -1 && precision < s.length()) {
                s = s.substring(0, precision);
            }
            if (has(UPPER)) {
                s = s.toUpperCase();
            }
            appendJustified(fmt.a, s);
        }

        private void appendJustified(Appendable a, CharSequence cs) throws IOException {
            if (width == -1) {
                a.append(cs);
                return;
            }
            int pad = width - cs.length();
            if (pad <= 0) {
                a.append(cs);
                return;
            }
            StringBuilder sb = new StringBuilder(width);
            if (has(LEFT)) {
                sb.append(cs);
            }
            for (int i = 0; i < pad; i++) {
                sb.append(' ');
            }
            if (!has(LEFT)) {
                sb.append(cs);
            }
            a.append(sb);
        }

        private IllegalFormatConversionException mismatch(Object arg) {
            return new IllegalFormatConversionException(conversion, arg.getClass());
        }

        private void printCharacter(Formatter fmt, Object arg, Locale l) throws IOException {
            if (arg == null) {
                printString(fmt, "null", l);
                return;
            }
            int cp;
            if (arg instanceof Character) {
                printString(fmt, String.valueOf(((Character) arg).charValue()), l);
                return;
            } else if (arg instanceof Byte) {
                cp = ((Byte) arg).byteValue();
            } else if (arg instanceof Short) {
                cp = ((Short) arg).shortValue();
            } else if (arg instanceof Integer) {
                cp = ((Integer) arg).intValue();
            } else {
                throw mismatch(arg);
            }
            if (!Character.isValidCodePoint(cp)) {
                throw new IllegalFormatCodePointException(cp);
            }
            printString(fmt, new String(Character.toChars(cp)), l);
        }

        private void printInteger(Formatter fmt, Object arg, Locale l) throws IOException {
            if (arg == null) {
                printString(fmt, "null", l);
                return;
            }
            long v;
            int bits;
            if (arg instanceof Integer) {
                v = ((Integer) arg).intValue();
                bits = 32;
            } else if (arg instanceof Long) {
                v = ((Long) arg).longValue();
                bits = 64;
            } else if (arg instanceof Short) {
                v = ((Short) arg).shortValue();
                bits = 16;
            } else if (arg instanceof Byte) {
                v = ((Byte) arg).byteValue();
                bits = 8;
            } else {
                throw mismatch(arg);
            }
            StringBuilder sb = new StringBuilder();
            if (conversion == 'd') {
                boolean neg = v < 0;
                String digits = Long.toString(v);
                if (neg) {
                    digits = digits.substring(1);
                }
                String sign = signPrefix(neg);
                String magnitude = localize(digits, l);
                String suffix = neg && has(PAREN) ? ")" : "";
                sb.append(sign);
                appendZeros(sb, sign.length() + magnitude.length() + suffix.length());
                sb.append(magnitude).append(suffix);
            } else {
                rejectFlags(PAREN, SPACE, PLUS);
                if (v < 0 && bits < 64) {
                    v += 1L << bits;
                }
                String digits;
                String prefix = "";
                if (conversion == 'o') {
                    digits = Long.toOctalString(v);
                    if (has(ALT)) {
                        prefix = "0";
                    }
                } else {
                    digits = Long.toHexString(v);
                    if (has(ALT)) {
                        prefix = has(UPPER) ? "0X" : "0x";
                    }
                    if (has(UPPER)) {
                        digits = digits.toUpperCase();
                    }
                }
                sb.append(prefix);
                appendZeros(sb, prefix.length() + digits.length());
                sb.append(digits);
            }
            appendJustified(fmt.a, sb);
        }

        /** With the '0' flag, the zeros that bring a field of {@code length} chars to the width. */
        private void appendZeros(StringBuilder sb, int length) {
            if (has(ZERO) && width != -1) {
                for (int i = length; i < width; i++) {
                    sb.append('0');
                }
            }
        }

        private String signPrefix(boolean neg) {
            if (neg) {
                return has(PAREN) ? "(" : "-";
            }
            if (has(PLUS)) {
                return "+";
            }
            if (has(SPACE)) {
                return " ";
            }
            return "";
        }

        /**
         * ASCII digits with an optional '.' as the locale writes them: grouped (',' flag)
         * in the integer part, the locale's decimal separator.
         */
        private String localize(String value, Locale l) {
            char groupSep = l == null ? ',' : l.groupingSeparator();
            char decimalSep = l == null ? '.' : l.decimalSeparator();
            int dot = value.indexOf('.');
            int intLen = dot < 0 ? value.length() : dot;
            StringBuilder sb = new StringBuilder(value.length() + intLen / 3 + 1);
            for (int i = 0; i < intLen; i++) {
                sb.append(value.charAt(i));
                int remaining = intLen - 1 - i;
                if (has(GROUP) && remaining > 0 && remaining % 3 == 0) {
                    sb.append(groupSep);
                }
            }
            if (dot >= 0) {
                sb.append(decimalSep);
                sb.append(value, dot + 1, value.length());
            }
            return sb.toString();
        }

        private void printFloat(Formatter fmt, Object arg, Locale l) throws IOException {
            if (arg == null) {
                printString(fmt, "null", l);
                return;
            }
            double v;
            if (arg instanceof Double) {
                v = ((Double) arg).doubleValue();
            } else if (arg instanceof Float) {
                v = ((Float) arg).floatValue();
            } else {
                throw mismatch(arg);
            }
            StringBuilder sb = new StringBuilder();
            if (Double.isNaN(v)) {
                sb.append(has(UPPER) ? "NAN" : "NaN");
                appendJustified(fmt.a, sb);
                return;
            }
            boolean neg = Double.compare(v, 0.0) < 0;
            double abs = Math.abs(v);
            String sign = signPrefix(neg);
            String suffix = neg && has(PAREN) ? ")" : "";
            sb.append(sign);
            if (Double.isInfinite(abs)) {
                sb.append(has(UPPER) ? "INFINITY" : "Infinity");
            } else if (conversion == 'a') {
                printHex(sb, abs);
            } else {
                String mantissa;
                String exponent = "";
                Decimal d = new Decimal(abs);
                if (conversion == 'f') {
                    mantissa = d.fixed(precision == -1 ? 6 : precision, has(ALT));
                } else if (conversion == 'e') {
                    int prec = precision == -1 ? 6 : precision;
                    d.roundSignificant(prec + 1);
                    mantissa = d.scientificMantissa(prec, has(ALT));
                    exponent = d.exponentString(has(UPPER));
                } else {
                    int prec = precision == -1 ? 6 : (precision == 0 ? 1 : precision);
                    if (d.isZero()) {
                        mantissa = d.fixed(prec - 1, false);
                    } else {
                        d.roundSignificant(prec);
                        int exp = d.decExp - 1;
                        if (exp >= -4 && exp < prec) {
                            mantissa = d.fixed(prec - 1 - exp, false);
                        } else {
                            mantissa = d.scientificMantissa(prec - 1, false);
                            exponent = d.exponentString(has(UPPER));
                        }
                    }
                }
                String magnitude = localize(mantissa, l);
                appendZeros(sb, sign.length() + magnitude.length() + exponent.length() + suffix.length());
                sb.append(magnitude).append(exponent);
            }
            sb.append(suffix);
            appendJustified(fmt.a, sb);
        }

        /** %a of a finite non-negative value. */
        private void printHex(StringBuilder sb, double v) {
            String s = hexDigits(v, precision == -1 ? 0 : (precision == 0 ? 1 : precision));
            boolean upper = has(UPPER);
            int used = sb.length() + 2 + s.length(); // sign, "0x" and the digits before padding
            sb.append(upper ? "0X" : "0x");
            if (has(ZERO) && width != -1) {
                for (int i = used; i < width; i++) {
                    sb.append('0');
                }
            }
            int p = s.indexOf('p');
            String mantissa = s.substring(0, p);
            if (precision > 0) {
                int dot = mantissa.indexOf('.');
                int have = mantissa.length() - dot - 1;
                StringBuilder m = new StringBuilder(mantissa);
                for (int i = have; i < precision; i++) {
                    m.append('0');
                }
                mantissa = m.toString();
            }
            sb.append(upper ? mantissa.toUpperCase() : mantissa);
            sb.append(upper ? 'P' : 'p');
            sb.append(s, p + 1, s.length());
        }

        /**
         * Double.toHexString's form of v without "0x", with at most {@code prec} hex digits
         * after the point (0: all of them), rounded half-even.
         */
        private static String hexDigits(double v, int prec) {
            if (prec == 0 || prec >= 13) {
                return Double.toHexString(v).substring(2);
            }
            long bits = Double.doubleToRawLongBits(v);
            int biased = (int) ((bits >>> 52) & 0x7ff);
            long fraction = bits & 0x000fffffffffffffL;
            if (biased == 0) {
                if (fraction == 0) {
                    return "0.0p0";
                }
                // Subnormal: normalize, so that the result has a leading 1.
                int shift = Long.numberOfLeadingZeros(fraction) - 11;
                fraction = (fraction << shift) & 0x000fffffffffffffL;
                biased = 1 - shift;
            }
            int exponent = biased - 1023;
            long significand = fraction | (1L << 52);
            int drop = 4 * (13 - prec);
            long kept = significand >>> drop;
            long rest = significand & ((1L << drop) - 1);
            long half = 1L << (drop - 1);
            if (rest > half || (rest == half && (kept & 1) != 0)) {
                kept++;
            }
            if ((kept >>> (4 * prec)) >= 2) {
                // 1.fff... rounded up to 2.000...: 1.000... times the next power of two
                kept >>>= 1;
                exponent++;
            }
            StringBuilder sb = new StringBuilder();
            sb.append('1').append('.');
            String hex = Long.toHexString(kept & ((1L << (4 * prec)) - 1));
            for (int i = hex.length(); i < prec; i++) {
                sb.append('0');
            }
            sb.append(hex);
            // drop trailing zeros but keep one digit
            int end = sb.length();
            while (end > 3 && sb.charAt(end - 1) == '0') {
                end--;
            }
            sb.setLength(end);
            sb.append('p').append(exponent);
            return sb.toString();
        }
    }

    /**
     * A non-negative finite double as decimal digits: value = 0.d1d2d3... x 10^decExp, with
     * the digits Double.toString gives (no leading or trailing zeros; none for zero).
     */
    private static final class Decimal {
        char[] digits;
        int count;
        int decExp;

        Decimal(double v) {
            String s = Double.toString(v);
            int e = s.indexOf('E');
            int exp = 0;
            int end = s.length();
            if (e >= 0) {
                exp = Integer.parseInt(s.substring(e + 1));
                end = e;
            }
            // s[0, end) is "I.F": the value is 0.IF x 10^(len(I) + exp)
            digits = new char[end];
            int dot = s.indexOf('.');
            decExp = dot + exp;
            for (int i = 0; i < end; i++) {
                char c = s.charAt(i);
                if (c == '.') {
                    continue;
                }
                if (count == 0 && c == '0') {
                    decExp--; // a leading zero
                    continue;
                }
                digits[count++] = c;
            }
            while (count > 0 && digits[count - 1] == '0') {
                count--;
            }
            if (count == 0) {
                decExp = 0;
            }
        }

        boolean isZero() {
            return count == 0;
        }

        /** Rounds half-up to n significant digits (n may be 0 or negative). */
        void roundSignificant(int n) {
            if (n >= count) {
                return;
            }
            if (n < 0) {
                count = 0;
                decExp = 0;
                return;
            }
            boolean up = digits[n] >= '5';
            count = n;
            if (up) {
                int i = n - 1;
                while (i >= 0 && digits[i] == '9') {
                    i--;
                }
                if (i < 0) {
                    digits[0] = '1';
                    count = 1;
                    decExp++;
                    return;
                }
                digits[i]++;
                count = i + 1;
            }
            while (count > 0 && digits[count - 1] == '0') {
                count--;
            }
            if (count == 0) {
                decExp = 0;
            }
        }

        /** Plain notation with exactly prec digits after the point (a point only if prec > 0 or alt). */
        String fixed(int prec, boolean alt) {
            if (count > 0) {
                roundSignificant(decExp + prec);
            }
            StringBuilder sb = new StringBuilder();
            if (count == 0 || decExp <= 0) {
                sb.append('0');
            } else {
                for (int i = 0; i < decExp; i++) {
                    sb.append(i < count ? digits[i] : '0');
                }
            }
            if (prec > 0 || alt) {
                sb.append('.');
            }
            for (int k = 0; k < prec; k++) {
                int i = decExp + k; // index into digits of this fraction position
                sb.append(count > 0 && i >= 0 && i < count ? digits[i] : '0');
            }
            return sb.toString();
        }

        /** d.ddd with prec digits after the point, of the already rounded digits. */
        String scientificMantissa(int prec, boolean alt) {
            StringBuilder sb = new StringBuilder();
            sb.append(count == 0 ? '0' : digits[0]);
            if (prec > 0 || alt) {
                sb.append('.');
            }
            for (int i = 1; i <= prec; i++) {
                sb.append(i < count ? digits[i] : '0');
            }
            return sb.toString();
        }

        String exponentString(boolean upper) {
            int e = count == 0 ? 0 : decExp - 1;
            StringBuilder sb = new StringBuilder();
            sb.append(upper ? 'E' : 'e');
            sb.append(e < 0 ? '-' : '+');
            int abs = Math.abs(e);
            if (abs < 10) {
                sb.append('0');
            }
            sb.append(abs);
            return sb.toString();
        }
    }
}
