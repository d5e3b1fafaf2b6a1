package java.util;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UnsupportedEncodingException;
import java.nio.CharBuffer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks text into tokens separated by a delimiter (white space by default) and reads them
 * as strings, numbers and booleans, as the JDK's Scanner does: the same token rules
 * (locale-style integers with group separators, the float syntax including NaN, Infinity
 * and hexadecimal floats), the same exceptions (InputMismatchException leaves the token
 * unread, NoSuchElementException at the end, "No line found" from nextLine,
 * IllegalStateException("Scanner closed")). Input is read 1024 chars at a time.
 *
 * With the default delimiter and the number/boolean reads, tokens are recognized by hand;
 * custom delimiters and patterns go through java.util.regex.
 */
public final class Scanner implements Iterator<String>, Closeable {
    private static final int BUFFER_SIZE = 1024;

    private static Pattern whitespacePattern;
    private static Pattern linePattern;
    private static Pattern separatorPattern;
    private static Pattern boolPattern;

    private static Pattern whitespace() {
        if (whitespacePattern == null) {
            whitespacePattern = Pattern.compile("\\p{javaWhitespace}+");
        }
        return whitespacePattern;
    }

    private static Pattern linePattern() {
        if (linePattern == null) {
            linePattern = Pattern.compile(".*(\r\n|[\n\r\u2028\u2029\u0085])|.+$");
        }
        return linePattern;
    }

    private static Pattern separatorPattern() {
        if (separatorPattern == null) {
            separatorPattern = Pattern.compile("\r\n|[\n\r\u2028\u2029\u0085]");
        }
        return separatorPattern;
    }

    private static Pattern boolPattern() {
        if (boolPattern == null) {
            boolPattern = Pattern.compile("true|false", Pattern.CASE_INSENSITIVE);
        }
        return boolPattern;
    }

    // The source.
    private Reader reader; // when the source is a Reader
    private Readable readable; // any other Readable
    private char[] buf = new char[BUFFER_SIZE];
    private int limit; // chars in buf
    private int position; // the next char to read
    private int savedPosition = -1;
    private boolean sourceClosed;
    private boolean needInput;
    private boolean skipped;
    private boolean closed;
    private IOException lastException;

    private Pattern delimPattern;
    private final BufView view = new BufView();
    private Matcher matcher;
    private boolean matchValid;
    /** The last match when it came from a recognizer rather than the matcher. */
    private TokenResult tokenResult;

    private Locale locale;
    private char groupSeparator;
    private char decimalSeparator;
    private int radix = 10; // the radix of the last integer read
    private int defaultRadix = 10; // useRadix's

    // hasNextXxx caches: the token and where it ends, for the next nextXxx with the same type.
    private Object hasNextType;
    private String hasNextResult;
    private int hasNextPosition;
    private int hasNextStart;
    private Object typeCache;

    private int modCount;

    // ---------------------------------------------------------------- construction

    public Scanner(Readable source) {
        this(Objects.requireNonNull(source, "source"), true);
    }

    private Scanner(Readable source, boolean unused) {
        if (source instanceof Reader) {
            reader = (Reader) source;
        } else {
            readable = source;
        }
        delimPattern = whitespace();
        matcher = delimPattern.matcher(view);
        matcher.useTransparentBounds(true);
        matcher.useAnchoringBounds(false);
        useLocale(Locale.getDefault(Locale.Category.FORMAT));
    }

    public Scanner(InputStream source) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source")), true);
    }

    public Scanner(InputStream source, String charsetName) {
        this(reader(Objects.requireNonNull(source, "source"), charsetName), true);
    }

    private static Reader reader(InputStream source, String charsetName) {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        try {
            return new InputStreamReader(source, charsetName);
        } catch (UnsupportedEncodingException e) {
            IllegalArgumentException iae = new IllegalArgumentException(charsetName);
            iae.initCause(e);
            throw iae;
        }
    }

    public Scanner(InputStream source, java.nio.charset.Charset charset) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source"),
                Objects.requireNonNull(charset, "charset")), true);
    }

    public Scanner(String source) {
        this(new StringReader(source), true);
    }

    /** A CharSequence over buf[0, limit), for the matcher. */
    private final class BufView implements CharSequence {
        public int length() {
            return limit;
        }

        public char charAt(int index) {
            if (index >= limit) {
                throw new IndexOutOfBoundsException(Integer.toString(index));
            }
            return buf[index];
        }

        public CharSequence subSequence(int start, int end) {
            return new String(buf, start, end - start);
        }

        @Override
        public String toString() {
            return new String(buf, 0, limit);
        }
    }

    // ---------------------------------------------------------------- state

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Scanner closed");
        }
    }

    private void saveState() {
        savedPosition = position;
    }

    private boolean revertState(boolean b) {
        position = savedPosition;
        savedPosition = -1;
        skipped = false;
        return b;
    }

    private void revertState() {
        position = savedPosition;
        savedPosition = -1;
        skipped = false;
    }

    private void clearCaches() {
        hasNextType = null;
        typeCache = null;
    }

    private String getCachedResult() {
        position = hasNextPosition;
        hasNextType = null;
        typeCache = null;
        return hasNextResult;
    }

    private void cacheResult(Object type, String result, int start, int end) {
        hasNextResult = result;
        hasNextPosition = end;
        hasNextStart = start;
        hasNextType = type;
    }

    private void useTypeCache() {
        if (closed) {
            throw new IllegalStateException("Scanner closed");
        }
        position = hasNextPosition;
        hasNextType = null;
        typeCache = null;
    }

    /** Reads more input into the buffer; at the end of the source marks it closed. */
    private void readInput() {
        if (limit == buf.length) {
            makeSpace();
        }
        int n = 0;
        try {
            if (reader != null) {
                n = reader.read(buf, limit, buf.length - limit);
            } else {
                CharBuffer cb = CharBuffer.wrap(buf, limit, buf.length - limit);
                n = readable.read(cb);
            }
        } catch (IOException ioe) {
            lastException = ioe;
            n = -1;
        }
        if (n == -1) {
            sourceClosed = true;
            needInput = false;
        }
        if (n > 0) {
            limit += n;
            needInput = false;
        }
    }

    /** Drops the consumed chars (keeping a saved position), or grows the buffer. */
    private void makeSpace() {
        clearCaches();
        int offset = savedPosition == -1 ? position : savedPosition;
        if (offset > 0) {
            System.arraycopy(buf, offset, buf, 0, limit - offset);
            limit -= offset;
            position -= offset;
            if (savedPosition != -1) {
                savedPosition -= offset;
            }
            matcher.reset(view);
            return;
        }
        char[] grown = new char[buf.length * 2];
        System.arraycopy(buf, 0, grown, 0, limit);
        buf = grown;
        matcher.reset(view);
    }

    private void throwFor() {
        skipped = false;
        if (sourceClosed && position == limit) {
            throw new NoSuchElementException();
        }
        throw new InputMismatchException();
    }

    // ---------------------------------------------------------------- delimiters

    private boolean defaultDelimiter() {
        return delimPattern == whitespacePattern;
    }

    /**
     * Skips delimiters at the position. Returns false when more input is needed to know
     * where they end (needInput is then set).
     */
    private boolean skipDelimiters() {
        if (defaultDelimiter()) {
            int i = position;
            while (i < limit && Character.isWhitespace(buf[i])) {
                i++;
            }
            if (i > position) {
                if (i == limit && !sourceClosed) {
                    needInput = true;
                    return false;
                }
                position = i;
            }
            return true;
        }
        matcher.usePattern(delimPattern);
        matcher.region(position, limit);
        if (matcher.lookingAt()) {
            if (matcher.hitEnd() && !sourceClosed) {
                needInput = true;
                return false;
            }
            position = matcher.end();
        }
        return true;
    }

    /**
     * Where the next delimiter starts at or after from (a delimiter that matches empty at
     * from does not count): its start, -1 when there is none in the buffer, or -2 when more
     * input is needed to be sure.
     */
    private int nextDelimiter(int from) {
        if (defaultDelimiter()) {
            for (int i = from; i < limit; i++) {
                if (Character.isWhitespace(buf[i])) {
                    return i;
                }
            }
            return -1;
        }
        matcher.usePattern(delimPattern);
        matcher.region(from, limit);
        boolean found = matcher.find();
        if (found && matcher.end() == from) {
            found = matcher.find();
        }
        if (!found) {
            return -1;
        }
        if (matcher.requireEnd() && !sourceClosed) {
            return -2;
        }
        return matcher.start();
    }

    // ---------------------------------------------------------------- tokens

    /** What a token must look like: a regex or one of the built-in number syntaxes. */
    private abstract static class TokenType {
        /** Whether buf[start, end) is such a token. */
        abstract boolean accepts(Scanner s, int start, int end);
    }

    private static final class PatternType extends TokenType {
        final Pattern pattern;

        PatternType(Pattern pattern) {
            this.pattern = pattern;
        }

        boolean accepts(Scanner s, int start, int end) {
            s.matcher.usePattern(pattern);
            s.matcher.region(start, end);
            return s.matcher.matches();
        }
    }

    private static final TokenType ANY = new TokenType() {
        boolean accepts(Scanner s, int start, int end) {
            return true;
        }
    };

    private static final TokenType INTEGER = new TokenType() {
        boolean accepts(Scanner s, int start, int end) {
            return s.isInteger(start, end);
        }
    };

    private static final TokenType FLOAT = new TokenType() {
        boolean accepts(Scanner s, int start, int end) {
            return s.isFloat(start, end);
        }
    };

    /** Start of the token that getCompleteToken returned last. */
    private int tokenStart;

    /**
     * The next complete token if it is of the given type (consumed), or null: then either
     * needInput is set, or the token is not of that type, or there is none.
     */
    private String getCompleteToken(TokenType type) {
        matchValid = false;
        if (!skipped) {
            if (!skipDelimiters()) {
                return null;
            }
            skipped = true;
        }
        if (position == limit) {
            if (!sourceClosed) {
                needInput = true;
            }
            return null;
        }
        int end = nextDelimiter(position);
        if (end == -2) {
            needInput = true;
            return null;
        }
        if (end == -1) {
            if (!sourceClosed) {
                needInput = true;
                return null;
            }
            end = limit;
        }
        if (!type.accepts(this, position, end)) {
            return null;
        }
        String token = new String(buf, position, end - position);
        tokenStart = position;
        if (type instanceof PatternType) {
            tokenResult = null;
        } else {
            tokenResult = new TokenResult(token, position, end);
        }
        position = end;
        return token;
    }

    /** Whether there is another token (delimiters skipped, nothing consumed). */
    private boolean hasTokenInBuffer() {
        matchValid = false;
        if (!skipDelimiters()) {
            return false;
        }
        return position != limit;
    }

    public boolean hasNext() {
        ensureOpen();
        saveState();
        modCount++;
        while (!sourceClosed) {
            if (hasTokenInBuffer()) {
                return revertState(true);
            }
            readInput();
        }
        boolean result = hasTokenInBuffer();
        return revertState(result);
    }

    public String next() {
        ensureOpen();
        clearCaches();
        modCount++;
        while (true) {
            String token = getCompleteToken(ANY);
            if (token != null) {
                matchValid = true;
                skipped = false;
                return token;
            }
            if (needInput) {
                readInput();
            } else {
                throwFor();
            }
        }
    }

    public void remove() {
        throw new UnsupportedOperationException();
    }

    private boolean hasNext(TokenType type, Object key) {
        ensureOpen();
        hasNextType = null;
        saveState();
        modCount++;
        while (true) {
            String token = getCompleteToken(type);
            if (token != null) {
                matchValid = true;
                cacheResult(key, token, tokenStart, position);
                return revertState(true);
            }
            if (needInput) {
                readInput();
            } else {
                return revertState(false);
            }
        }
    }

    private String next(TokenType type, Object key) {
        ensureOpen();
        modCount++;
        if (hasNextType == key && key != null) {
            return getCachedResult();
        }
        clearCaches();
        while (true) {
            String token = getCompleteToken(type);
            if (token != null) {
                matchValid = true;
                skipped = false;
                return token;
            }
            if (needInput) {
                readInput();
            } else {
                throwFor();
            }
        }
    }

    public boolean hasNext(String pattern) {
        return hasNext(Pattern.compile(pattern));
    }

    public String next(String pattern) {
        return next(Pattern.compile(pattern));
    }

    public boolean hasNext(Pattern pattern) {
        if (pattern == null) {
            throw new NullPointerException();
        }
        return hasNext(new PatternType(pattern), pattern);
    }

    public String next(Pattern pattern) {
        if (pattern == null) {
            throw new NullPointerException();
        }
        ensureOpen();
        return next(new PatternType(pattern), pattern);
    }

    // ---------------------------------------------------------------- lines and finding

    /** Searches buf from the position (up to horizon chars, 0: no limit) for the pattern. */
    private boolean findPatternInBuffer(Pattern pattern, int horizon) {
        matchValid = false;
        tokenResult = null;
        matcher.usePattern(pattern);
        int horizonLimit = -1;
        int searchLimit = limit;
        if (horizon > 0) {
            horizonLimit = position + horizon;
            if (horizonLimit < limit) {
                searchLimit = horizonLimit;
            }
        }
        matcher.region(position, searchLimit);
        if (matcher.find()) {
            if (matcher.hitEnd() && !sourceClosed) {
                if (searchLimit != horizonLimit) {
                    needInput = true;
                    return false;
                }
                if (matcher.requireEnd()) {
                    needInput = true;
                    return false;
                }
            }
            position = matcher.end();
            return true;
        }
        if (sourceClosed) {
            return false;
        }
        if (horizon == 0 || searchLimit != horizonLimit) {
            needInput = true;
        }
        return false;
    }

    /** Matches the pattern at the position. */
    private boolean matchPatternInBuffer(Pattern pattern) {
        matchValid = false;
        tokenResult = null;
        matcher.usePattern(pattern);
        matcher.region(position, limit);
        if (matcher.lookingAt()) {
            if (matcher.hitEnd() && !sourceClosed) {
                needInput = true;
                return false;
            }
            position = matcher.end();
            return true;
        }
        if (sourceClosed) {
            return false;
        }
        needInput = true;
        return false;
    }

    public boolean hasNextLine() {
        saveState();
        modCount++;
        String result = findWithinHorizon(linePattern(), 0);
        if (result != null) {
            String separator = matcher.group(1);
            if (separator != null) {
                result = result.substring(0, result.length() - separator.length());
            }
            cacheResult(linePattern(), result, matcher.start(), matcher.end());
        }
        revertState();
        return result != null;
    }

    public String nextLine() {
        modCount++;
        if (hasNextType == linePattern()) {
            return getCachedResult();
        }
        clearCaches();
        String result = findWithinHorizon(linePattern(), 0);
        if (result == null) {
            throw new NoSuchElementException("No line found");
        }
        String separator = matcher.group(1);
        if (separator != null) {
            result = result.substring(0, result.length() - separator.length());
        }
        return result;
    }

    public String findInLine(String pattern) {
        return findInLine(Pattern.compile(pattern));
    }

    public String findInLine(Pattern pattern) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        clearCaches();
        modCount++;
        int endPosition;
        saveState();
        while (true) {
            if (findPatternInBuffer(separatorPattern(), 0)) {
                endPosition = matcher.start();
                break;
            }
            if (needInput) {
                readInput();
            } else {
                endPosition = limit;
                break;
            }
        }
        revertState();
        int horizonForLine = endPosition - position;
        if (horizonForLine == 0) {
            return null;
        }
        return findWithinHorizon(pattern, horizonForLine);
    }

    public String findWithinHorizon(String pattern, int horizon) {
        return findWithinHorizon(Pattern.compile(pattern), horizon);
    }

    public String findWithinHorizon(Pattern pattern, int horizon) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        if (horizon < 0) {
            throw new IllegalArgumentException("horizon < 0");
        }
        clearCaches();
        modCount++;
        while (true) {
            if (findPatternInBuffer(pattern, horizon)) {
                matchValid = true;
                return matcher.group();
            }
            if (needInput) {
                readInput();
            } else {
                break;
            }
        }
        return null;
    }

    public Scanner skip(Pattern pattern) {
        ensureOpen();
        if (pattern == null) {
            throw new NullPointerException();
        }
        clearCaches();
        modCount++;
        while (true) {
            if (matchPatternInBuffer(pattern)) {
                matchValid = true;
                return this;
            }
            if (needInput) {
                readInput();
            } else {
                throw new NoSuchElementException();
            }
        }
    }

    public Scanner skip(String pattern) {
        return skip(Pattern.compile(pattern));
    }

    // ---------------------------------------------------------------- numbers

    /** A digit in the current radix, or any Unicode decimal digit. */
    private boolean isDigit(char c) {
        if (c < 128) {
            int d = Character.digit(c, radix);
            return d >= 0;
        }
        return Character.isDigit(c);
    }

    private boolean isNonZeroDigit(char c) {
        return isDigit(c) && Character.digit(c, radix) != 0;
    }

    /** Digit+ or a grouped numeral (1-3 digits, then groups of separator and 3 digits). */
    private boolean isNumeral(int start, int end) {
        if (start >= end) {
            return false;
        }
        boolean plain = true;
        for (int i = start; i < end; i++) {
            if (!isDigit(buf[i])) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return true;
        }
        if (!isNonZeroDigit(buf[start])) {
            return false;
        }
        int i = start + 1;
        int lead = 1;
        while (i < end && lead < 3 && isDigit(buf[i])) {
            i++;
            lead++;
        }
        int groups = 0;
        while (i < end) {
            if (end - i < 4 || buf[i] != groupSeparator) {
                return false;
            }
            if (!isDigit(buf[i + 1]) || !isDigit(buf[i + 2]) || !isDigit(buf[i + 3])) {
                return false;
            }
            i += 4;
            groups++;
        }
        return groups > 0;
    }

    /** [-+]? Numeral (the locale's prefixes and suffixes are '-' and nothing, as for English). */
    boolean isInteger(int start, int end) {
        int i = start;
        if (i < end && (buf[i] == '-' || buf[i] == '+')) {
            i++;
        }
        return isNumeral(i, end);
    }

    /** Numeral | Numeral . Digit* | . Digit+ */
    private boolean isDecimalNumeral(int start, int end) {
        int dot = -1;
        for (int i = start; i < end; i++) {
            if (buf[i] == decimalSeparator) {
                dot = i;
                break;
            }
        }
        if (dot < 0) {
            return isNumeral(start, end);
        }
        for (int i = dot + 1; i < end; i++) {
            if (!isDigit(buf[i])) {
                return false;
            }
        }
        if (dot == start) {
            return end > dot + 1;
        }
        return isNumeral(start, dot);
    }

    /** Decimal | HexFloat | SignedNonNumber, in radix 10. */
    boolean isFloat(int start, int end) {
        int i = start;
        if (i < end && (buf[i] == '-' || buf[i] == '+')) {
            i++;
        }
        if (regionEquals(i, end, "NaN") || regionEquals(i, end, "Infinity")) {
            return true;
        }
        if (isHexFloat(i, end)) {
            return true;
        }
        // DecimalNumeral Exponent?
        int e = -1;
        for (int k = i; k < end; k++) {
            if (buf[k] == 'e' || buf[k] == 'E') {
                e = k;
                break;
            }
        }
        if (e < 0) {
            return isDecimalNumeral(i, end);
        }
        int k = e + 1;
        if (k < end && (buf[k] == '+' || buf[k] == '-')) {
            k++;
        }
        if (k >= end) {
            return false;
        }
        for (int m = k; m < end; m++) {
            if (!isDigit(buf[m])) {
                return false;
            }
        }
        return isDecimalNumeral(i, e);
    }

    private boolean regionEquals(int start, int end, String s) {
        if (end - start != s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[start + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** 0[xX][0-9a-fA-F]*\.[0-9a-fA-F]+([pP][-+]?[0-9]+)? (after the sign). */
    private boolean isHexFloat(int start, int end) {
        if (end - start < 4 || buf[start] != '0' || (buf[start + 1] != 'x' && buf[start + 1] != 'X')) {
            return false;
        }
        int i = start + 2;
        while (i < end && isHex(buf[i])) {
            i++;
        }
        if (i >= end || buf[i] != '.') {
            return false;
        }
        i++;
        int fracStart = i;
        while (i < end && isHex(buf[i])) {
            i++;
        }
        if (i == fracStart) {
            return false;
        }
        if (i == end) {
            return true;
        }
        if (buf[i] != 'p' && buf[i] != 'P') {
            return false;
        }
        i++;
        if (i < end && (buf[i] == '+' || buf[i] == '-')) {
            i++;
        }
        if (i >= end) {
            return false;
        }
        for (; i < end; i++) {
            if (buf[i] < '0' || buf[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /** Removes group separators; non-ASCII digits become ASCII ones. */
    private String processIntegerToken(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == groupSeparator) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private String processFloatToken(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == groupSeparator) {
                continue;
            }
            if (c == decimalSeparator) {
                sb.append('.');
                continue;
            }
            if (c >= 128 && Character.isDigit(c)) {
                int d = Character.digit(c, 10);
                if (d >= 0) {
                    sb.append((char) ('0' + d));
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private void setRadix(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new IllegalArgumentException("radix:" + radix);
        }
        if (this.radix != radix) {
            this.radix = radix;
            clearCaches();
        }
    }

    public int radix() {
        return defaultRadix;
    }

    public Scanner useRadix(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new IllegalArgumentException("radix:" + radix);
        }
        if (defaultRadix != radix) {
            modCount++;
            defaultRadix = radix;
        }
        return this;
    }

    private static final Object INTEGER_KEY = new Object();
    private static final Object FLOAT_KEY = new Object();
    private static final Object BOOLEAN_KEY = new Object();

    /** The integer token parsed with the given parser kind: 0 int, 1 long, 2 short, 3 byte. */
    private static Object parse(String s, int radix, int kind) {
        switch (kind) {
            case 0:
                return Integer.valueOf(Integer.parseInt(s, radix));
            case 1:
                return Long.valueOf(Long.parseLong(s, radix));
            case 2:
                return Short.valueOf(Short.parseShort(s, radix));
            default:
                return Byte.valueOf(Byte.parseByte(s, radix));
        }
    }

    private static boolean isKind(Object cached, int kind) {
        switch (kind) {
            case 0:
                return cached instanceof Integer;
            case 1:
                return cached instanceof Long;
            case 2:
                return cached instanceof Short;
            default:
                return cached instanceof Byte;
        }
    }

    private boolean hasNextIntegral(int radix, int kind) {
        setRadix(radix);
        boolean result = hasNext(INTEGER, INTEGER_KEY);
        if (result) {
            try {
                typeCache = parse(processIntegerToken(hasNextResult), radix, kind);
            } catch (NumberFormatException nfe) {
                result = false;
            }
        }
        return result;
    }

    private Object nextIntegral(int radix, int kind) {
        if (typeCache != null && isKind(typeCache, kind) && this.radix == radix) {
            Object value = typeCache;
            useTypeCache();
            return value;
        }
        setRadix(radix);
        clearCaches();
        String s = next(INTEGER, INTEGER_KEY);
        try {
            return parse(processIntegerToken(s), radix, kind);
        } catch (NumberFormatException nfe) {
            position = tokenStart;
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public boolean hasNextInt() {
        return hasNextInt(defaultRadix);
    }

    public boolean hasNextInt(int radix) {
        return hasNextIntegral(radix, 0);
    }

    public int nextInt() {
        return nextInt(defaultRadix);
    }

    public int nextInt(int radix) {
        return ((Integer) nextIntegral(radix, 0)).intValue();
    }

    public boolean hasNextLong() {
        return hasNextLong(defaultRadix);
    }

    public boolean hasNextLong(int radix) {
        return hasNextIntegral(radix, 1);
    }

    public long nextLong() {
        return nextLong(defaultRadix);
    }

    public long nextLong(int radix) {
        return ((Long) nextIntegral(radix, 1)).longValue();
    }

    public boolean hasNextShort() {
        return hasNextShort(defaultRadix);
    }

    public boolean hasNextShort(int radix) {
        return hasNextIntegral(radix, 2);
    }

    public short nextShort() {
        return nextShort(defaultRadix);
    }

    public short nextShort(int radix) {
        return ((Short) nextIntegral(radix, 2)).shortValue();
    }

    public boolean hasNextByte() {
        return hasNextByte(defaultRadix);
    }

    public boolean hasNextByte(int radix) {
        return hasNextIntegral(radix, 3);
    }

    public byte nextByte() {
        return nextByte(defaultRadix);
    }

    public byte nextByte(int radix) {
        return ((Byte) nextIntegral(radix, 3)).byteValue();
    }

    public boolean hasNextDouble() {
        setRadix(10);
        boolean result = hasNext(FLOAT, FLOAT_KEY);
        if (result) {
            try {
                typeCache = Double.valueOf(Double.parseDouble(processFloatToken(hasNextResult)));
            } catch (NumberFormatException nfe) {
                result = false;
            }
        }
        return result;
    }

    public double nextDouble() {
        if (typeCache instanceof Double) {
            double v = ((Double) typeCache).doubleValue();
            useTypeCache();
            return v;
        }
        setRadix(10);
        clearCaches();
        String s = next(FLOAT, FLOAT_KEY);
        try {
            return Double.parseDouble(processFloatToken(s));
        } catch (NumberFormatException nfe) {
            position = tokenStart;
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public boolean hasNextFloat() {
        setRadix(10);
        boolean result = hasNext(FLOAT, FLOAT_KEY);
        if (result) {
            try {
                typeCache = Float.valueOf(Float.parseFloat(processFloatToken(hasNextResult)));
            } catch (NumberFormatException nfe) {
                result = false;
            }
        }
        return result;
    }

    public float nextFloat() {
        if (typeCache instanceof Float) {
            float v = ((Float) typeCache).floatValue();
            useTypeCache();
            return v;
        }
        setRadix(10);
        clearCaches();
        String s = next(FLOAT, FLOAT_KEY);
        try {
            return Float.parseFloat(processFloatToken(s));
        } catch (NumberFormatException nfe) {
            position = tokenStart;
            throw new InputMismatchException(nfe.getMessage());
        }
    }

    public boolean hasNextBoolean() {
        return hasNext(boolPattern());
    }

    public boolean nextBoolean() {
        clearCaches();
        return Boolean.parseBoolean(next(boolPattern()));
    }

    // ---------------------------------------------------------------- settings

    public Pattern delimiter() {
        return delimPattern;
    }

    public Scanner useDelimiter(Pattern pattern) {
        modCount++;
        delimPattern = pattern;
        return this;
    }

    public Scanner useDelimiter(String pattern) {
        modCount++;
        delimPattern = Pattern.compile(pattern);
        return this;
    }

    public Locale locale() {
        return locale;
    }

    public Scanner useLocale(Locale locale) {
        if (locale == this.locale) {
            return this;
        }
        modCount++;
        this.locale = locale;
        groupSeparator = locale.groupingSeparator();
        decimalSeparator = locale.decimalSeparator();
        clearCaches();
        return this;
    }

    public Scanner reset() {
        delimPattern = whitespace();
        useLocale(Locale.getDefault(Locale.Category.FORMAT));
        useRadix(10);
        clearCaches();
        modCount++;
        return this;
    }

    public MatchResult match() {
        if (!matchValid) {
            throw new IllegalStateException("No match result available");
        }
        if (tokenResult != null) {
            return tokenResult;
        }
        return matcher.toMatchResult();
    }

    /** The match result of a token recognized without the matcher: the token, no groups. */
    private static final class TokenResult implements MatchResult {
        private final String token;
        private final int start;
        private final int end;

        TokenResult(String token, int start, int end) {
            this.token = token;
            this.start = start;
            this.end = end;
        }

        public int start() {
            return start;
        }

        public int start(int group) {
            check(group);
            return start;
        }

        public int end() {
            return end;
        }

        public int end(int group) {
            check(group);
            return end;
        }

        public String group() {
            return token;
        }

        public String group(int group) {
            check(group);
            return token;
        }

        public int groupCount() {
            return 0;
        }

        private void check(int group) {
            if (group != 0) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
        }
    }

    /** The remaining tokens, as next() returns them; closing the stream closes the scanner. */
    public java.util.stream.Stream<String> tokens() {
        ensureOpen();
        Iterator<String> iter = new Iterator<String>() {
            public boolean hasNext() {
                return Scanner.this.hasNext();
            }

            public String next() {
                return Scanner.this.next();
            }
        };
        return streamOf(iter);
    }

    public java.util.stream.Stream<MatchResult> findAll(String patString) {
        return findAll(Pattern.compile(patString));
    }

    /** The matches of the pattern in the remaining input, as findWithinHorizon(pattern, 0) finds them. */
    public java.util.stream.Stream<MatchResult> findAll(final Pattern pattern) {
        Objects.requireNonNull(pattern);
        ensureOpen();
        Iterator<MatchResult> iter = new Iterator<MatchResult>() {
            private MatchResult nextResult;
            private boolean done;

            public boolean hasNext() {
                if (nextResult != null) {
                    return true;
                }
                if (done) {
                    return false;
                }
                if (findWithinHorizon(pattern, 0) == null) {
                    done = true;
                    return false;
                }
                nextResult = match();
                return true;
            }

            public MatchResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                MatchResult r = nextResult;
                nextResult = null;
                return r;
            }
        };
        return streamOf(iter);
    }

    private <T> java.util.stream.Stream<T> streamOf(Iterator<T> iter) {
        final Scanner self = this;
        java.util.stream.Stream<T> s = java.util.stream.StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iter, Spliterator.ORDERED | Spliterator.NONNULL), false);
        return s.onClose(new Runnable() {
            public void run() {
                self.close();
            }
        });
    }

    public IOException ioException() {
        return lastException;
    }

    public void close() {
        if (closed) {
            return;
        }
        Object source = reader != null ? (Object) reader : readable;
        if (source instanceof Closeable) {
            try {
                ((Closeable) source).close();
            } catch (IOException ioe) {
                lastException = ioe;
            }
        }
        sourceClosed = true;
        reader = null;
        readable = null;
        closed = true;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("java.util.Scanner");
        sb.append("[delimiters=").append(delimPattern).append(']');
        sb.append("[position=").append(position).append(']');
        sb.append("[match valid=").append(matchValid).append(']');
        sb.append("[need input=").append(needInput).append(']');
        sb.append("[source closed=").append(sourceClosed).append(']');
        sb.append("[skipped=").append(skipped).append(']');
        sb.append("[group separator=\\x{").append(Integer.toHexString(groupSeparator)).append("}]");
        sb.append("[decimal separator=\\x{").append(Integer.toHexString(decimalSeparator)).append("}]");
        sb.append("[positive prefix=]");
        sb.append("[negative prefix=\\Q-\\E]");
        sb.append("[positive suffix=]");
        sb.append("[negative suffix=]");
        sb.append("[NaN string=\\QNaN\\E]");
        sb.append("[infinity string=\\Q\u221e\\E]");
        return sb.toString();
    }
}
