package java.nio;

import java.io.IOException;

/**
 * A buffer of chars over a char[] (allocate, wrap) or, read-only, over a CharSequence
 * (wrap(CharSequence)). No direct or byte-order views.
 */
public class CharBuffer extends Buffer implements Comparable<CharBuffer>, Appendable, CharSequence, Readable {
    private final char[] hb;
    private final int offset;
    private final CharSequence text; // read-only view of a CharSequence, else null
    private final boolean readOnly;

    CharBuffer(int mark, int pos, int lim, int cap, char[] hb, int offset, CharSequence text, boolean readOnly) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.offset = offset;
        this.text = text;
        this.readOnly = readOnly;
    }

    public static CharBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new CharBuffer(-1, 0, capacity, capacity, new char[capacity], 0, null, false);
    }

    public static CharBuffer wrap(char[] array, int offset, int length) {
        if (offset < 0 || length < 0 || offset > array.length - length) {
            throw new IndexOutOfBoundsException();
        }
        return new CharBuffer(-1, offset, offset + length, array.length, array, 0, null, false);
    }

    public static CharBuffer wrap(char[] array) {
        return wrap(array, 0, array.length);
    }

    public static CharBuffer wrap(CharSequence csq, int start, int end) {
        if (start < 0 || end > csq.length() || start > end) {
            throw new IndexOutOfBoundsException();
        }
        return new CharBuffer(-1, start, end, csq.length(), null, 0, csq, true);
    }

    public static CharBuffer wrap(CharSequence csq) {
        return wrap(csq, 0, csq.length());
    }

    private char rawGet(int i) {
        return text != null ? text.charAt(i) : hb[offset + i];
    }

    private void ensureWritable() {
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
    }

    public int read(CharBuffer target) throws IOException {
        int limit = limit();
        int pos = position();
        int remaining = limit - pos;
        int targetRemaining = target.remaining();
        if (remaining <= 0) {
            return -1;
        }
        int n = Math.min(remaining, targetRemaining);
        if (n == 0) {
            return 0;
        }
        for (int i = 0; i < n; i++) {
            target.put(rawGet(pos + i));
        }
        position(pos + n);
        return n;
    }

    public CharBuffer slice() {
        int pos = position();
        int rem = remaining();
        if (text != null) {
            return new CharBuffer(-1, 0, rem, rem, null, 0, text.subSequence(pos, pos + rem), true);
        }
        return new CharBuffer(-1, 0, rem, rem, hb, offset + pos, null, readOnly);
    }

    public CharBuffer duplicate() {
        return new CharBuffer(markValue(), position(), limit(), capacity(), hb, offset, text, readOnly);
    }

    public CharBuffer asReadOnlyBuffer() {
        return new CharBuffer(markValue(), position(), limit(), capacity(), hb, offset, text, true);
    }

    public char get() {
        return rawGet(nextGetIndex());
    }

    public char get(int index) {
        return rawGet(checkIndex(index));
    }

    public CharBuffer get(char[] dst, int off, int length) {
        if (off < 0 || length < 0 || off > dst.length - length) {
            throw new IndexOutOfBoundsException();
        }
        int p = nextGetIndex(length);
        for (int i = 0; i < length; i++) {
            dst[off + i] = rawGet(p + i);
        }
        return this;
    }

    public CharBuffer get(char[] dst) {
        return get(dst, 0, dst.length);
    }

    public CharBuffer put(char c) {
        ensureWritable();
        hb[offset + nextPutIndex()] = c;
        return this;
    }

    public CharBuffer put(int index, char c) {
        ensureWritable();
        hb[offset + checkIndex(index)] = c;
        return this;
    }

    public CharBuffer put(CharBuffer src) {
        if (src == this) {
            throw new IllegalArgumentException("The source buffer is this buffer");
        }
        ensureWritable();
        int n = src.remaining();
        int p = nextPutIndex(n);
        for (int i = 0; i < n; i++) {
            hb[offset + p + i] = src.get();
        }
        return this;
    }

    public CharBuffer put(char[] src, int off, int length) {
        ensureWritable();
        if (off < 0 || length < 0 || off > src.length - length) {
            throw new IndexOutOfBoundsException();
        }
        int p = nextPutIndex(length);
        System.arraycopy(src, off, hb, offset + p, length);
        return this;
    }

    public final CharBuffer put(char[] src) {
        return put(src, 0, src.length);
    }

    public CharBuffer put(String src, int start, int end) {
        ensureWritable();
        if (start < 0 || end > src.length() || start > end) {
            throw new IndexOutOfBoundsException();
        }
        int p = nextPutIndex(end - start);
        for (int i = start; i < end; i++) {
            hb[offset + p + i - start] = src.charAt(i);
        }
        return this;
    }

    public final CharBuffer put(String src) {
        return put(src, 0, src.length());
    }

    public final boolean hasArray() {
        return hb != null && !readOnly;
    }

    public final char[] array() {
        if (hb == null) {
            throw new UnsupportedOperationException();
        }
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
        return hb;
    }

    public final int arrayOffset() {
        if (hb == null) {
            throw new UnsupportedOperationException();
        }
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
        return offset;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public boolean isDirect() {
        return false;
    }

    @Override
    public CharBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public CharBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public CharBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public CharBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public CharBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public CharBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public CharBuffer rewind() {
        super.rewind();
        return this;
    }

    public CharBuffer compact() {
        ensureWritable();
        int pos = position();
        int rem = remaining();
        System.arraycopy(hb, offset + pos, hb, offset, rem);
        position(rem);
        limit(capacity());
        discardMark();
        return this;
    }

    @Override
    public int hashCode() {
        int h = 1;
        int p = position();
        for (int i = limit() - 1; i >= p; i--) {
            h = 31 * h + (int) rawGet(i);
        }
        return h;
    }

    @Override
    public boolean equals(Object ob) {
        if (this == ob) {
            return true;
        }
        if (!(ob instanceof CharBuffer)) {
            return false;
        }
        return compareTo((CharBuffer) ob) == 0 && remaining() == ((CharBuffer) ob).remaining();
    }

    public int compareTo(CharBuffer that) {
        int n = Math.min(remaining(), that.remaining());
        for (int i = 0; i < n; i++) {
            int c = Character.compare(rawGet(position() + i), that.rawGet(that.position() + i));
            if (c != 0) {
                return c;
            }
        }
        return remaining() - that.remaining();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(remaining());
        for (int i = position(); i < limit(); i++) {
            sb.append(rawGet(i));
        }
        return sb.toString();
    }

    public final int length() {
        return remaining();
    }

    public final boolean isEmpty() {
        return remaining() == 0;
    }

    public final char charAt(int index) {
        if (index < 0 || index >= remaining()) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + remaining());
        }
        return rawGet(position() + index);
    }

    public CharBuffer subSequence(int start, int end) {
        int pos = position();
        int rem = remaining();
        if (start < 0 || end > rem || start > end) {
            throw new IndexOutOfBoundsException();
        }
        return new CharBuffer(-1, pos + start, pos + end, capacity(), hb, offset, text, readOnly);
    }

    public CharBuffer append(CharSequence csq) {
        if (csq == null) {
            return put("null");
        }
        return put(csq.toString());
    }

    public CharBuffer append(CharSequence csq, int start, int end) {
        CharSequence cs = csq == null ? "null" : csq;
        return put(cs.subSequence(start, end).toString());
    }

    public CharBuffer append(char c) {
        return put(c);
    }
}
