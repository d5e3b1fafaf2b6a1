package java.io;

/**
 * Encodes characters into an OutputStream: UTF-8 (the default), ISO-8859-1 or US-ASCII
 * (characters they cannot represent, and unpaired surrogates, become '?'). Bytes are
 * collected in an 8192-byte buffer and written when it fills, on flush() and on close().
 */
public class OutputStreamWriter extends Writer {
    private final OutputStream out;
    private final int charset;
    private final byte[] bytes = new byte[8192];
    private int count;
    /** A high surrogate waiting for its low half, or -1. */
    private int pendingHigh = -1;
    private boolean closed;

    public OutputStreamWriter(OutputStream out) {
        super(out);
        if (out == null) {
            throw new NullPointerException();
        }
        this.out = out;
        this.charset = InputStreamReader.UTF_8;
    }

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        super(out);
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        this.out = out;
        this.charset = InputStreamReader.lookup(charsetName);
    }

    public OutputStreamWriter(OutputStream out, java.nio.charset.Charset cs) {
        super(out);
        if (cs == null) {
            throw new NullPointerException("charset");
        }
        this.out = out;
        this.charset = InputStreamReader.lookupSupported(cs);
    }

    public String getEncoding() {
        return closed ? null : InputStreamReader.historicalName(charset);
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    private void flushBytes() throws IOException {
        if (count > 0) {
            out.write(bytes, 0, count);
            count = 0;
        }
    }

    private void put(int b) throws IOException {
        if (count == bytes.length) {
            flushBytes();
        }
        bytes[count++] = (byte) b;
    }

    private void encode(int cp) throws IOException {
        if (charset != InputStreamReader.UTF_8) {
            int max = charset == InputStreamReader.ISO_8859_1 ? 0xff : 0x7f;
            put(cp <= max ? cp : '?');
            return;
        }
        if (cp < 0x80) {
            put(cp);
        } else if (cp < 0x800) {
            put(0xc0 | (cp >> 6));
            put(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            put(0xe0 | (cp >> 12));
            put(0x80 | ((cp >> 6) & 0x3f));
            put(0x80 | (cp & 0x3f));
        } else {
            put(0xf0 | (cp >> 18));
            put(0x80 | ((cp >> 12) & 0x3f));
            put(0x80 | ((cp >> 6) & 0x3f));
            put(0x80 | (cp & 0x3f));
        }
    }

    private void writeChar(char c) throws IOException {
        if (pendingHigh >= 0) {
            int high = pendingHigh;
            pendingHigh = -1;
            if (Character.isLowSurrogate(c)) {
                encode(Character.toCodePoint((char) high, c));
                return;
            }
            encode('?');
        }
        if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            encode('?');
        } else {
            encode(c);
        }
    }

    @Override
    public void write(int c) throws IOException {
        synchronized (lock) {
            ensureOpen();
            writeChar((char) c);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (off < 0 || len < 0 || off > cbuf.length - len) {
                throw new IndexOutOfBoundsException();
            }
            for (int i = 0; i < len; i++) {
                writeChar(cbuf[off + i]);
            }
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (len < 0) {
                throw new IndexOutOfBoundsException();
            }
            for (int i = 0; i < len; i++) {
                writeChar(str.charAt(off + i));
            }
        }
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        write(String.valueOf(csq));
        return this;
    }

    /** Writes the buffered bytes to the stream without flushing it. */
    void flushBuffer() throws IOException {
        synchronized (lock) {
            ensureOpen();
            flushBytes();
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            ensureOpen();
            flushBytes();
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            try {
                if (pendingHigh >= 0) {
                    pendingHigh = -1;
                    encode('?');
                }
                flushBytes();
            } finally {
                closed = true;
                out.close();
            }
        }
    }
}
