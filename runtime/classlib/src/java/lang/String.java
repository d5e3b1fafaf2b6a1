package java.lang;

import java.io.Serializable;
import java.io.UnsupportedEncodingException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Objects;

/**
 * An immutable sequence of UTF-16 code units. The VM creates string constants and reads
 * strings through the two fields below, so their names and types are fixed: {@code value}
 * holds exactly the characters (no offset, no spare capacity), {@code hash} caches
 * hashCode() (0 = not yet computed).
 */
public final class String implements Serializable, Comparable<String>, CharSequence {
    private final char[] value;
    private int hash;

    private static final char[] EMPTY = new char[0];

    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    // ---------------------------------------------------------------- constructors

    public String() {
        this.value = EMPTY;
    }

    public String(String original) {
        this.value = original.value;
        this.hash = original.hash;
    }

    public String(char[] value) {
        this(value, 0, value.length);
    }

    public String(char[] value, int offset, int count) {
        checkBoundsOffCount(offset, count, value.length);
        this.value = copyOfRange(value, offset, offset + count);
    }

    public String(int[] codePoints, int offset, int count) {
        checkBoundsOffCount(offset, count, codePoints.length);
        int n = 0;
        for (int i = offset; i < offset + count; i++) {
            int cp = codePoints[i];
            if (Character.isBmpCodePoint(cp)) {
                n++;
            } else if (Character.isValidCodePoint(cp)) {
                n += 2;
            } else {
                throw new IllegalArgumentException(Integer.toString(cp));
            }
        }
        char[] v = new char[n];
        int j = 0;
        for (int i = offset; i < offset + count; i++) {
            int cp = codePoints[i];
            if (Character.isBmpCodePoint(cp)) {
                v[j++] = (char) cp;
            } else {
                v[j++] = Character.highSurrogate(cp);
                v[j++] = Character.lowSurrogate(cp);
            }
        }
        this.value = v;
    }

    /** Decodes UTF-8; malformed input becomes U+FFFD. */
    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(byte[] bytes, int offset, int length) {
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = decodeUtf8(bytes, offset, length);
    }

    public String(byte[] bytes, String charsetName) throws UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetName);
    }

    public String(byte[] bytes, int offset, int length, String charsetName)
            throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        checkBoundsOffCount(offset, length, bytes.length);
        int charset = lookupCharset(charsetName);
        if (charset == UTF_8) {
            this.value = decodeUtf8(bytes, offset, length);
        } else {
            char[] v = new char[length];
            for (int i = 0; i < length; i++) {
                int b = bytes[offset + i] & 0xff;
                v[i] = (charset == US_ASCII && b >= 0x80) ? '\uFFFD' : (char) b;
            }
            this.value = v;
        }
    }

    /** Each char is (hibyte & 0xff) << 8 | (the byte & 0xff). */
    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte, int offset, int count) {
        checkBoundsOffCount(offset, count, ascii.length);
        char[] v = new char[count];
        int high = (hibyte & 0xff) << 8;
        for (int i = 0; i < count; i++) {
            v[i] = (char) (high | (ascii[offset + i] & 0xff));
        }
        this.value = v;
    }

    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte) {
        this(ascii, hibyte, 0, ascii.length);
    }

    public String(StringBuffer buffer) {
        this(buffer.toString());
    }

    public String(StringBuilder builder) {
        this(builder.getValue(), 0, builder.length());
    }

    /** Takes ownership of {@code value}: for the class library only. */
    String(char[] value, boolean share) {
        this.value = value;
    }

    // ---------------------------------------------------------------- bounds checks

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
        }
    }

    static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + length);
        }
    }

    static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException(
                    "offset " + offset + ", count " + count + ", length " + length);
        }
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException(
                    "begin " + begin + ", end " + end + ", length " + length);
        }
    }

    static char[] copyOfRange(char[] src, int from, int to) {
        char[] copy = new char[to - from];
        System.arraycopy(src, from, copy, 0, to - from);
        return copy;
    }

    // ---------------------------------------------------------------- basic queries

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return value[index];
    }

    public int codePointAt(int index) {
        checkIndex(index, value.length);
        return Character.codePointAtImpl(value, index, value.length);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= value.length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return Character.codePointBeforeImpl(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.codePointCountImpl(value, beginIndex, endIndex - beginIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    /** Appends this string's characters to {@code dst} at {@code dstBegin}, unchecked. */
    void getChars(char[] dst, int dstBegin) {
        System.arraycopy(value, 0, dst, dstBegin, value.length);
    }

    /** Copies the low eight bits of each char of [srcBegin, srcEnd) into dst. */
    @Deprecated(since = "1.1")
    public void getBytes(int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        Objects.requireNonNull(dst);
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        for (int i = srcBegin; i < srcEnd; i++) {
            dst[dstBegin++] = (byte) value[i];
        }
    }

    public char[] toCharArray() {
        return copyOfRange(value, 0, value.length);
    }

    /** Encodes as UTF-8; an unpaired surrogate becomes '?'. */
    public byte[] getBytes() {
        return encodeUtf8(value, 0, value.length);
    }

    public String(byte[] bytes, java.nio.charset.Charset charset) {
        this(bytes, 0, bytes.length, charset);
    }

    public String(byte[] bytes, int offset, int length, java.nio.charset.Charset charset) {
        this(bytes, offset, length, supportedCharsetName(charset), 0);
    }

    /** For the Charset constructors: the name was checked already. */
    private String(byte[] bytes, int offset, int length, String checkedName, int unused) {
        this.value = decodeChecked(bytes, offset, length, checkedName);
    }

    private static char[] decodeChecked(byte[] bytes, int offset, int length, String charsetName) {
        try {
            return new String(bytes, offset, length, charsetName).value;
        } catch (UnsupportedEncodingException e) {
            throw new InternalError(e);
        }
    }

    /** The name of a charset String can encode and decode; UTF-16 is not supported yet. */
    private static String supportedCharsetName(java.nio.charset.Charset charset) {
        if (charset == null) {
            throw new NullPointerException("charset");
        }
        String name = charset.name();
        try {
            lookupCharset(name);
        } catch (UnsupportedEncodingException e) {
            throw new UnsupportedOperationException(
                    "charset " + name + " is not supported by rjava's class library yet");
        }
        return name;
    }

    public byte[] getBytes(java.nio.charset.Charset charset) {
        String name = supportedCharsetName(charset);
        try {
            return getBytes(name);
        } catch (UnsupportedEncodingException e) {
            throw new InternalError(e);
        }
    }

    public byte[] getBytes(String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException();
        }
        int charset = lookupCharset(charsetName);
        if (charset == UTF_8) {
            return getBytes();
        }
        int limit = charset == US_ASCII ? 0x80 : 0x100;
        byte[] bytes = new byte[value.length];
        int n = 0;
        for (int i = 0; i < value.length; i++) {
            char c = value[i];
            if (c < limit) {
                bytes[n++] = (byte) c;
            } else {
                if (Character.isHighSurrogate(c) && i + 1 < value.length
                        && Character.isLowSurrogate(value[i + 1])) {
                    i++; // one '?' for the whole pair
                }
                bytes[n++] = (byte) '?';
            }
        }
        if (n == bytes.length) {
            return bytes;
        }
        byte[] exact = new byte[n];
        System.arraycopy(bytes, 0, exact, 0, n);
        return exact;
    }

    // ---------------------------------------------------------------- charsets

    private static final int UTF_8 = 0;
    private static final int ISO_8859_1 = 1;
    private static final int US_ASCII = 2;

    private static int lookupCharset(String name) throws UnsupportedEncodingException {
        if (name.equalsIgnoreCase("UTF-8") || name.equalsIgnoreCase("UTF8")) {
            return UTF_8;
        }
        if (name.equalsIgnoreCase("ISO-8859-1") || name.equalsIgnoreCase("ISO8859_1")
                || name.equalsIgnoreCase("latin1") || name.equalsIgnoreCase("ISO-LATIN-1")) {
            return ISO_8859_1;
        }
        if (name.equalsIgnoreCase("US-ASCII") || name.equalsIgnoreCase("ASCII")) {
            return US_ASCII;
        }
        throw new UnsupportedEncodingException(name);
    }

    static byte[] encodeUtf8(char[] chars, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n += 1; // '?'
            } else {
                n += 3;
            }
        }
        byte[] out = new byte[n];
        int j = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[j++] = (byte) c;
            } else if (c < 0x800) {
                out[j++] = (byte) (0xc0 | (c >> 6));
                out[j++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[i + 1]);
                i++;
                out[j++] = (byte) (0xf0 | (cp >> 18));
                out[j++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                out[j++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                out[j++] = (byte) (0x80 | (cp & 0x3f));
            } else if (Character.isSurrogate(c)) {
                out[j++] = (byte) '?';
            } else {
                out[j++] = (byte) (0xe0 | (c >> 12));
                out[j++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                out[j++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return out;
    }

    private static boolean isContinuation(int b) {
        return (b & 0xc0) == 0x80;
    }

    /**
     * Decodes UTF-8 the way the JDK does: each maximal invalid prefix of a sequence becomes
     * one U+FFFD, and so does a well-formed encoding of a surrogate.
     */
    static char[] decodeUtf8(byte[] bytes, int offset, int length) {
        char[] out = new char[length];
        int j = 0;
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int b1 = bytes[i] & 0xff;
            if (b1 < 0x80) {
                out[j++] = (char) b1;
                i++;
            } else if (b1 >= 0xc2 && b1 <= 0xdf) {
                if (i + 1 < end && isContinuation(bytes[i + 1])) {
                    out[j++] = (char) (((b1 & 0x1f) << 6) | (bytes[i + 1] & 0x3f));
                    i += 2;
                } else {
                    out[j++] = '\uFFFD';
                    i++;
                }
            } else if (b1 >= 0xe0 && b1 <= 0xef) {
                int b2 = i + 1 < end ? bytes[i + 1] & 0xff : -1;
                boolean b2ok = b2 >= 0 && isContinuation(b2) && !(b1 == 0xe0 && b2 < 0xa0);
                if (!b2ok) {
                    out[j++] = '\uFFFD';
                    i++;
                    continue;
                }
                int b3 = i + 2 < end ? bytes[i + 2] & 0xff : -1;
                if (b3 < 0 || !isContinuation(b3)) {
                    out[j++] = '\uFFFD';
                    i += 2;
                    continue;
                }
                char c = (char) (((b1 & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f));
                out[j++] = Character.isSurrogate(c) ? '\uFFFD' : c;
                i += 3;
            } else if (b1 >= 0xf0 && b1 <= 0xf4) {
                int b2 = i + 1 < end ? bytes[i + 1] & 0xff : -1;
                boolean b2ok = b2 >= 0 && isContinuation(b2)
                        && !(b1 == 0xf0 && b2 < 0x90) && !(b1 == 0xf4 && b2 > 0x8f);
                if (!b2ok) {
                    out[j++] = '\uFFFD';
                    i++;
                    continue;
                }
                int b3 = i + 2 < end ? bytes[i + 2] & 0xff : -1;
                if (b3 < 0 || !isContinuation(b3)) {
                    out[j++] = '\uFFFD';
                    i += 2;
                    continue;
                }
                int b4 = i + 3 < end ? bytes[i + 3] & 0xff : -1;
                if (b4 < 0 || !isContinuation(b4)) {
                    out[j++] = '\uFFFD';
                    i += 3;
                    continue;
                }
                int cp = ((b1 & 0x07) << 18) | ((b2 & 0x3f) << 12) | ((b3 & 0x3f) << 6) | (b4 & 0x3f);
                out[j++] = Character.highSurrogate(cp);
                out[j++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                out[j++] = '\uFFFD';
                i++;
            }
        }
        return j == out.length ? out : copyOfRange(out, 0, j);
    }

    // ---------------------------------------------------------------- comparison

    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (anObject instanceof String) {
            char[] other = ((String) anObject).value;
            int n = value.length;
            if (n == other.length) {
                for (int i = 0; i < n; i++) {
                    if (value[i] != other[i]) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs instanceof String) {
            return equals(cs);
        }
        int n = value.length;
        if (n != cs.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (value[i] != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        return (this == anotherString) ? true
                : (anotherString != null)
                        && (anotherString.value.length == value.length)
                        && regionMatches(true, 0, anotherString, 0, value.length);
    }

    public int compareTo(String anotherString) {
        char[] v1 = value;
        char[] v2 = anotherString.value;
        int lim = Math.min(v1.length, v2.length);
        for (int k = 0; k < lim; k++) {
            if (v1[k] != v2[k]) {
                return v1[k] - v2[k];
            }
        }
        return v1.length - v2.length;
    }

    private static char foldCase(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static class CaseInsensitiveComparator implements Comparator<String>, Serializable {
        public int compare(String s1, String s2) {
            char[] v1 = s1.value;
            char[] v2 = s2.value;
            int n = Math.min(v1.length, v2.length);
            for (int i = 0; i < n; i++) {
                char c1 = v1[i];
                char c2 = v2[i];
                if (c1 != c2) {
                    c1 = foldCase(c1);
                    c2 = foldCase(c2);
                    if (c1 != c2) {
                        return c1 - c2;
                    }
                }
            }
            return v1.length - v2.length;
        }
    }

    public int compareToIgnoreCase(String str) {
        return CASE_INSENSITIVE_ORDER.compare(this, str);
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        char[] ta = value;
        char[] pa = other.value;
        if ((ooffset < 0) || (toffset < 0) || (toffset > (long) ta.length - len)
                || (ooffset > (long) pa.length - len)) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (ta[toffset + i] != pa[ooffset + i]) {
                return false;
            }
        }
        return true;
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (!ignoreCase) {
            return regionMatches(toffset, other, ooffset, len);
        }
        char[] ta = value;
        char[] pa = other.value;
        if ((ooffset < 0) || (toffset < 0) || (toffset > (long) ta.length - len)
                || (ooffset > (long) pa.length - len)) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            char c1 = ta[toffset + i];
            char c2 = pa[ooffset + i];
            if (c1 == c2) {
                continue;
            }
            char u1 = Character.toUpperCase(c1);
            char u2 = Character.toUpperCase(c2);
            if (u1 == u2) {
                continue;
            }
            if (Character.toLowerCase(u1) == Character.toLowerCase(u2)) {
                continue;
            }
            return false;
        }
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        if (toffset < 0 || toffset > value.length - prefix.value.length) {
            return false;
        }
        char[] pa = prefix.value;
        for (int i = 0; i < pa.length; i++) {
            if (value[toffset + i] != pa[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    public int hashCode() {
        int h = hash;
        if (h == 0) {
            char[] v = value;
            for (int i = 0; i < v.length; i++) {
                h = 31 * h + v[i];
            }
            hash = h;
        }
        return h;
    }

    // ---------------------------------------------------------------- searching

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        return indexOf(value, value.length, ch, fromIndex);
    }

    static int indexOf(char[] v, int count, int ch, int fromIndex) {
        if (fromIndex < 0) {
            fromIndex = 0;
        } else if (fromIndex >= count) {
            return -1;
        }
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = fromIndex; i < count; i++) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (Character.isValidCodePoint(ch)) {
            char hi = Character.highSurrogate(ch);
            char lo = Character.lowSurrogate(ch);
            for (int i = fromIndex; i < count - 1; i++) {
                if (v[i] == hi && v[i + 1] == lo) {
                    return i;
                }
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        return lastIndexOf(value, value.length, ch, fromIndex);
    }

    static int lastIndexOf(char[] v, int count, int ch, int fromIndex) {
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            int i = Math.min(fromIndex, count - 1);
            for (; i >= 0; i--) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (Character.isValidCodePoint(ch)) {
            char hi = Character.highSurrogate(ch);
            char lo = Character.lowSurrogate(ch);
            int i = Math.min(fromIndex, count - 2);
            for (; i >= 0; i--) {
                if (v[i] == hi && v[i + 1] == lo) {
                    return i;
                }
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(value, value.length, str.value, str.value.length, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return indexOf(value, value.length, str.value, str.value.length, fromIndex);
    }

    /** The first index >= fromIndex of tgt[0..tgtCount) in src[0..srcCount), or -1. */
    static int indexOf(char[] src, int srcCount, char[] tgt, int tgtCount, int fromIndex) {
        if (fromIndex >= srcCount) {
            return (tgtCount == 0 ? srcCount : -1);
        }
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        if (tgtCount == 0) {
            return fromIndex;
        }
        char first = tgt[0];
        int max = srcCount - tgtCount;
        for (int i = fromIndex; i <= max; i++) {
            if (src[i] != first) {
                continue;
            }
            int k = 1;
            while (k < tgtCount && src[i + k] == tgt[k]) {
                k++;
            }
            if (k == tgtCount) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(value, value.length, str.value, str.value.length, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(value, value.length, str.value, str.value.length, fromIndex);
    }

    /** The last index <= fromIndex of tgt[0..tgtCount) in src[0..srcCount), or -1. */
    static int lastIndexOf(char[] src, int srcCount, char[] tgt, int tgtCount, int fromIndex) {
        int rightIndex = srcCount - tgtCount;
        if (fromIndex > rightIndex) {
            fromIndex = rightIndex;
        }
        if (fromIndex < 0) {
            return -1;
        }
        if (tgtCount == 0) {
            return fromIndex;
        }
        for (int i = fromIndex; i >= 0; i--) {
            int k = 0;
            while (k < tgtCount && src[i + k] == tgt[k]) {
                k++;
            }
            if (k == tgtCount) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    // ---------------------------------------------------------------- derived strings

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        int length = value.length;
        checkBoundsBeginEnd(beginIndex, endIndex, length);
        if (beginIndex == 0 && endIndex == length) {
            return this;
        }
        return new String(copyOfRange(value, beginIndex, endIndex), true);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return this.substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.isEmpty()) {
            return this;
        }
        char[] v = new char[value.length + str.value.length];
        System.arraycopy(value, 0, v, 0, value.length);
        System.arraycopy(str.value, 0, v, value.length, str.value.length);
        return new String(v, true);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar != newChar) {
            int i = indexOf(oldChar);
            if (i >= 0) {
                char[] v = copyOfRange(value, 0, value.length);
                for (; i < v.length; i++) {
                    if (v[i] == oldChar) {
                        v[i] = newChar;
                    }
                }
                return new String(v, true);
            }
        }
        return this;
    }

    public String replace(CharSequence target, CharSequence replacement) {
        String tgt = target.toString();
        String repl = replacement.toString();
        int j = indexOf(tgt);
        if (j < 0) {
            return this;
        }
        int tgtLen = tgt.length();
        StringBuilder sb = new StringBuilder(value.length + 16);
        int i = 0;
        if (tgtLen == 0) {
            // An empty target matches before every character and at the end.
            sb.append(repl);
            for (; i < value.length; i++) {
                sb.append(value[i]).append(repl);
            }
            return sb.toString();
        }
        while (j >= 0) {
            sb.append(value, i, j - i).append(repl);
            i = j + tgtLen;
            j = indexOf(tgt, i);
        }
        sb.append(value, i, value.length - i);
        return sb.toString();
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    /**
     * Pattern.compile(regex).split(this, limit); a delimiter that is one literal char (or a
     * backslash and a char that is neither a letter nor a digit) is split without compiling a
     * pattern, with the same result.
     */
    public String[] split(String regex, int limit) {
        int delimiter = -1;
        if (regex.length() == 1 && ".$|()[{^?*+\\".indexOf(regex.charAt(0)) < 0) {
            delimiter = regex.charAt(0);
        } else if (regex.length() == 2 && regex.charAt(0) == '\\') {
            char c = regex.charAt(1);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) {
                delimiter = c;
            }
        }
        if (delimiter < 0 || Character.isSurrogate((char) delimiter)) {
            return java.util.regex.Pattern.compile(regex).split(this, limit);
        }
        return splitOnChar((char) delimiter, limit);
    }

    /** Pattern.split's result for a one-char pattern. */
    private String[] splitOnChar(char delimiter, int limit) {
        char[] v = value;
        int n = v.length;
        boolean limited = limit > 0;
        String[] parts = new String[8];
        int count = 0;
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (v[i] != delimiter) {
                continue;
            }
            if (limited && count == limit - 1) {
                break;
            }
            if (count == parts.length) {
                String[] grown = new String[count * 2];
                System.arraycopy(parts, 0, grown, 0, count);
                parts = grown;
            }
            parts[count++] = substring(start, i);
            start = i + 1;
        }
        if (count == 0) {
            return new String[] { this };
        }
        if (count == parts.length) {
            String[] grown = new String[count + 1];
            System.arraycopy(parts, 0, grown, 0, count);
            parts = grown;
        }
        parts[count++] = substring(start, n);
        int size = count;
        if (limit == 0) {
            while (size > 0 && parts[size - 1].isEmpty()) {
                size--;
            }
        }
        String[] result = new String[size];
        System.arraycopy(parts, 0, result, 0, size);
        return result;
    }

    public boolean matches(String regex) {
        return java.util.regex.Pattern.matches(regex, this);
    }

    public String replaceFirst(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceFirst(replacement);
    }

    public String replaceAll(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceAll(replacement);
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        Objects.requireNonNull(delimiter);
        Objects.requireNonNull(elements);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        Objects.requireNonNull(delimiter);
        Objects.requireNonNull(elements);
        StringBuilder sb = new StringBuilder();
        Iterator<? extends CharSequence> it = elements.iterator();
        boolean first = true;
        while (it.hasNext()) {
            if (!first) {
                sb.append(delimiter);
            }
            first = false;
            sb.append(String.valueOf(it.next()));
        }
        return sb.toString();
    }

    public String toLowerCase() {
        char[] v = value;
        boolean changes = false;
        for (int i = 0; i < v.length; i++) {
            char c = v[i];
            if (c >= 0x80) {
                return sameIfEqual(toLowerCase0(this));
            }
            if (c >= 'A' && c <= 'Z') {
                changes = true;
            }
        }
        if (!changes) {
            return this;
        }
        char[] r = new char[v.length];
        for (int i = 0; i < v.length; i++) {
            char c = v[i];
            r[i] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        return new String(r, true);
    }

    public String toUpperCase() {
        char[] v = value;
        boolean changes = false;
        for (int i = 0; i < v.length; i++) {
            char c = v[i];
            if (c >= 0x80) {
                return sameIfEqual(toUpperCase0(this));
            }
            if (c >= 'a' && c <= 'z') {
                changes = true;
            }
        }
        if (!changes) {
            return this;
        }
        char[] r = new char[v.length];
        for (int i = 0; i < v.length; i++) {
            char c = v[i];
            r[i] = (c >= 'a' && c <= 'z') ? (char) (c - 32) : c;
        }
        return new String(r, true);
    }

    /**
     * Locale-sensitive lower case: Turkish and Azerbaijani map 'I' to dotless 'ı' and 'İ'
     * to 'i'; every other locale maps as toLowerCase() does.
     */
    public String toLowerCase(java.util.Locale locale) {
        if (locale == null) {
            throw new NullPointerException();
        }
        String lang = locale.getLanguage();
        if (lang.equals("tr") || lang.equals("az")) {
            StringBuilder sb = new StringBuilder(value.length);
            for (int i = 0; i < value.length; i++) {
                char c = value[i];
                if (c == 'I') {
                    sb.append('\u0131');
                } else if (c == '\u0130') {
                    sb.append('i');
                } else {
                    sb.append(c);
                }
            }
            return sameIfEqual(sb.toString().toLowerCase());
        }
        return toLowerCase();
    }

    /**
     * Locale-sensitive upper case: Turkish and Azerbaijani map 'i' to dotted 'İ'; every
     * other locale maps as toUpperCase() does.
     */
    public String toUpperCase(java.util.Locale locale) {
        if (locale == null) {
            throw new NullPointerException();
        }
        String lang = locale.getLanguage();
        if (lang.equals("tr") || lang.equals("az")) {
            StringBuilder sb = new StringBuilder(value.length);
            for (int i = 0; i < value.length; i++) {
                char c = value[i];
                sb.append(c == 'i' ? '\u0130' : c);
            }
            return sameIfEqual(sb.toString().toUpperCase());
        }
        return toUpperCase();
    }

    /** printf-style formatting in the default locale (see java.util.Formatter). */
    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    public static String format(java.util.Locale l, String format, Object... args) {
        return new java.util.Formatter(l).format(format, args).toString();
    }

    /** The same as String.format(this, args). */
    public String formatted(Object... args) {
        return new java.util.Formatter().format(this, args).toString();
    }

    private String sameIfEqual(String converted) {
        return equals(converted) ? this : converted;
    }

    /** Full Unicode lower-case mapping, locale-independent (final sigma included). */
    private static native String toLowerCase0(String s);

    /** Full Unicode upper-case mapping, locale-independent ("ß" becomes "SS"). */
    private static native String toUpperCase0(String s);

    public String trim() {
        int len = value.length;
        int st = 0;
        while ((st < len) && (value[st] <= ' ')) {
            st++;
        }
        while ((st < len) && (value[len - 1] <= ' ')) {
            len--;
        }
        return ((st > 0) || (len < value.length)) ? substring(st, len) : this;
    }

    private int leadingWhitespace() {
        int i = 0;
        while (i < value.length) {
            int cp = Character.codePointAtImpl(value, i, value.length);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private int trailingWhitespace() {
        int i = value.length;
        while (i > 0) {
            int cp = Character.codePointBeforeImpl(value, i, 0);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return value.length - i;
    }

    public String strip() {
        int left = leadingWhitespace();
        if (left == value.length) {
            return "";
        }
        int right = trailingWhitespace();
        return (left > 0 || right > 0) ? substring(left, value.length - right) : this;
    }

    public String stripLeading() {
        int left = leadingWhitespace();
        return left == value.length ? "" : (left > 0 ? substring(left) : this);
    }

    public String stripTrailing() {
        int right = trailingWhitespace();
        return right == value.length ? "" : (right > 0 ? substring(0, value.length - right) : this);
    }

    public boolean isBlank() {
        return leadingWhitespace() == value.length;
    }

    /** The lines of this string, split at "\n", "\r" and "\r\n" (found lazily, as the stream advances). */
    public java.util.stream.Stream<String> lines() {
        return java.util.stream.StreamSupport.stream(new StringStreams.LinesSpliterator(value), false);
    }

    @Override
    public java.util.stream.IntStream chars() {
        return java.util.stream.StreamSupport.intStream(
                new StringStreams.CharsSpliterator(value, 0, value.length, java.util.Spliterator.IMMUTABLE), false);
    }

    /** The code points; sized (like chars()) when every char is below 0x100, as the JDK's Latin-1 strings. */
    @Override
    public java.util.stream.IntStream codePoints() {
        for (int i = 0; i < value.length; i++) {
            if (value[i] >= 0x100) {
                return java.util.stream.StreamSupport.intStream(new StringStreams.CodePointsSpliterator(value, 0,
                        value.length, java.util.Spliterator.IMMUTABLE), false);
            }
        }
        return chars();
    }

    /**
     * The lines of this string as lines() gives them: split at "\n", "\r" and "\r\n", the
     * terminators dropped, no empty line after a final terminator.
     */
    private String[] splitLines() {
        int n = 0;
        int len = value.length;
        for (int i = 0; i < len;) {
            while (i < len && value[i] != '\n' && value[i] != '\r') {
                i++;
            }
            n++;
            if (i < len) {
                i += (value[i] == '\r' && i + 1 < len && value[i + 1] == '\n') ? 2 : 1;
            }
        }
        String[] lines = new String[n];
        n = 0;
        for (int i = 0; i < len;) {
            int start = i;
            while (i < len && value[i] != '\n' && value[i] != '\r') {
                i++;
            }
            lines[n++] = substring(start, i);
            if (i < len) {
                i += (value[i] == '\r' && i + 1 < len && value[i + 1] == '\n') ? 2 : 1;
            }
        }
        return lines;
    }

    /** Index of the first char that is not white space (Character.isWhitespace), or length(). */
    private int indexOfNonWhitespace() {
        return leadingWhitespace();
    }

    /** Index just after the last char that is not white space, or 0. */
    private int lastIndexOfNonWhitespace() {
        return value.length - trailingWhitespace();
    }

    /**
     * Adds n spaces before every line (n > 0) or removes up to -n leading white-space
     * characters (n < 0; all of them for Integer.MIN_VALUE); lines are normalized to end
     * with "\n".
     */
    public String indent(int n) {
        if (isEmpty()) {
            return "";
        }
        String[] lines = splitLines();
        String spaces = n > 0 ? " ".repeat(n) : "";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (n > 0) {
                sb.append(spaces).append(line);
            } else if (n == Integer.MIN_VALUE) {
                sb.append(line.stripLeading());
            } else if (n < 0) {
                sb.append(line, Math.min(-n, line.indexOfNonWhitespace()), line.length());
            } else {
                sb.append(line);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Removes incidental white space as text blocks do: the smallest indentation of the
     * non-blank lines (and of the last line when it is blank) from every line, and trailing
     * white space; lines are joined with "\n". A final line terminator opts out of the
     * indentation removal and is kept as "\n".
     */
    public String stripIndent() {
        int length = value.length;
        if (length == 0) {
            return "";
        }
        char lastChar = value[length - 1];
        boolean optOut = lastChar == '\n' || lastChar == '\r';
        String[] lines = splitLines();
        int outdent = 0;
        if (!optOut) {
            outdent = Integer.MAX_VALUE;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                int leading = line.indexOfNonWhitespace();
                if (leading != line.length()) {
                    outdent = Math.min(outdent, leading);
                }
            }
            String lastLine = lines[lines.length - 1];
            if (lastLine.isBlank()) {
                outdent = Math.min(outdent, lastLine.length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            String line = lines[i];
            int first = line.indexOfNonWhitespace();
            int last = line.lastIndexOfNonWhitespace();
            if (first <= last) {
                sb.append(line, Math.min(outdent, first), last);
            }
        }
        if (optOut) {
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Translates the escape sequences of string literals (\b \t \n \f \r \s \" \' \\,
     * octal escapes, and a backslash before a line terminator, which removes both);
     * IllegalArgumentException for any other escape.
     */
    public String translateEscapes() {
        if (isEmpty()) {
            return "";
        }
        char[] chars = toCharArray();
        int length = chars.length;
        int from = 0;
        int to = 0;
        while (from < length) {
            char ch = chars[from++];
            if (ch == '\\') {
                ch = from < length ? chars[from++] : '\0';
                switch (ch) {
                    case 'b':
                        ch = '\b';
                        break;
                    case 'f':
                        ch = '\f';
                        break;
                    case 'n':
                        ch = '\n';
                        break;
                    case 'r':
                        ch = '\r';
                        break;
                    case 's':
                        ch = ' ';
                        break;
                    case 't':
                        ch = '\t';
                        break;
                    case '\'':
                    case '\"':
                    case '\\':
                        break;
                    case '0':
                    case '1':
                    case '2':
                    case '3':
                    case '4':
                    case '5':
                    case '6':
                    case '7': {
                        // Up to three octal digits, at most \377.
                        int limit = Math.min(from + (ch <= '3' ? 2 : 1), length);
                        int code = ch - '0';
                        while (from < limit && chars[from] >= '0' && chars[from] <= '7') {
                            code = (code << 3) | (chars[from++] - '0');
                        }
                        ch = (char) code;
                        break;
                    }
                    case '\n':
                        continue;
                    case '\r':
                        if (from < length && chars[from] == '\n') {
                            from++;
                        }
                        continue;
                    default: {
                        String hex = Integer.toHexString(ch).toUpperCase();
                        throw new IllegalArgumentException("Invalid escape sequence: \\" + ch + " \\\\u"
                                + "0000".substring(hex.length()) + hex);
                    }
                }
            }
            chars[to++] = ch;
        }
        return new String(chars, 0, to);
    }

    /** f applied to this string. */
    public <R> R transform(java.util.function.Function<? super String, ? extends R> f) {
        return f.apply(this);
    }

    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        int len = value.length;
        if (len == 0 || count == 0) {
            return "";
        }
        if (Integer.MAX_VALUE / count < len) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        char[] v = new char[len * count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(value, 0, v, i * len, len);
        }
        return new String(v, true);
    }

    public String toString() {
        return this;
    }

    public native String intern();

    // ---------------------------------------------------------------- valueOf

    public static String valueOf(Object obj) {
        return (obj == null) ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] { c }, true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }
}
