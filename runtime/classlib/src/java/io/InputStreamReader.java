package java.io;

/**
 * Decodes bytes from an InputStream: UTF-8 (the default), ISO-8859-1 or US-ASCII.
 * Malformed input becomes U+FFFD. Reads the stream 8192 bytes at a time.
 */
public class InputStreamReader extends Reader {
    static final int UTF_8 = 0;
    static final int ISO_8859_1 = 1;
    static final int US_ASCII = 2;

    private final InputStream in;
    private final int charset;
    private final byte[] bytes = new byte[8192];
    private int bytePos;
    private int byteLimit;
    private boolean eof;
    private boolean closed;
    /** The low half of a supplementary char that did not fit the caller's buffer, or -1. */
    private int pendingLow = -1;

    public InputStreamReader(InputStream in) {
        super(in);
        this.in = in;
        this.charset = UTF_8;
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        super(in);
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        this.in = in;
        this.charset = lookup(charsetName);
    }

    public InputStreamReader(InputStream in, java.nio.charset.Charset cs) {
        super(in);
        if (cs == null) {
            throw new NullPointerException("charset");
        }
        this.in = in;
        this.charset = lookupSupported(cs);
    }

    /** The reader's/writer's code for a Charset; UTF-16 is not supported. */
    static int lookupSupported(java.nio.charset.Charset cs) {
        try {
            return lookup(cs.name());
        } catch (UnsupportedEncodingException e) {
            throw new UnsupportedOperationException(
                    "charset " + cs.name() + " is not supported by rjava's class library yet");
        }
    }

    static int lookup(String name) throws UnsupportedEncodingException {
        String n = name.toUpperCase();
        if (n.equals("UTF-8") || n.equals("UTF8")) {
            return UTF_8;
        }
        if (n.equals("ISO-8859-1") || n.equals("ISO8859_1") || n.equals("ISO_8859_1") || n.equals("LATIN1")
                || n.equals("ISO8859-1") || n.equals("8859_1")) {
            return ISO_8859_1;
        }
        if (n.equals("US-ASCII") || n.equals("ASCII") || n.equals("US_ASCII")) {
            return US_ASCII;
        }
        throw new UnsupportedEncodingException(name);
    }

    static String historicalName(int charset) {
        switch (charset) {
            case ISO_8859_1:
                return "ISO8859_1";
            case US_ASCII:
                return "ASCII";
            default:
                return "UTF8";
        }
    }

    public String getEncoding() {
        return closed ? null : historicalName(charset);
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    /** Reads more bytes after the unconsumed ones; false at end of input. */
    private boolean fillBytes() throws IOException {
        if (eof) {
            return false;
        }
        if (bytePos > 0) {
            System.arraycopy(bytes, bytePos, bytes, 0, byteLimit - bytePos);
            byteLimit -= bytePos;
            bytePos = 0;
        }
        int n = in.read(bytes, byteLimit, bytes.length - byteLimit);
        if (n < 0) {
            eof = true;
            return false;
        }
        byteLimit += n;
        return true;
    }

    @Override
    public int read() throws IOException {
        char[] cb = new char[1];
        return read(cb, 0, 1) == -1 ? -1 : cb[0];
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (off < 0 || len < 0 || off > cbuf.length - len) {
                throw new IndexOutOfBoundsException();
            }
            if (len == 0) {
                return 0;
            }
            int n = 0;
            if (pendingLow >= 0) {
                cbuf[off + n++] = (char) pendingLow;
                pendingLow = -1;
            }
            while (true) {
                int got = decode(cbuf, off + n, len - n, off);
                if (got > 0) {
                    return got;
                }
                if (!fillBytes()) {
                    // End of input: an incomplete sequence left over becomes U+FFFD.
                    got = decode(cbuf, off + n, len - n, off);
                    return got > 0 ? got : -1;
                }
            }
        }
    }

    /**
     * Decodes complete characters from the byte buffer into cbuf[at...] (room for len);
     * returns the total number of chars now in cbuf since {@code start}.
     */
    private int decode(char[] cbuf, int at, int len, int start) {
        int j = at;
        int end = at + len;
        while (j < end && bytePos < byteLimit) {
            int b1 = bytes[bytePos] & 0xff;
            if (charset == ISO_8859_1) {
                cbuf[j++] = (char) b1;
                bytePos++;
                continue;
            }
            if (b1 < 0x80) {
                cbuf[j++] = (char) b1;
                bytePos++;
                continue;
            }
            if (charset == US_ASCII) {
                cbuf[j++] = '\uFFFD';
                bytePos++;
                continue;
            }
            int need;
            int min;
            if (b1 >= 0xc2 && b1 <= 0xdf) {
                need = 1;
                min = 0x80;
            } else if (b1 >= 0xe0 && b1 <= 0xef) {
                need = 2;
                min = 0x800;
            } else if (b1 >= 0xf0 && b1 <= 0xf4) {
                need = 3;
                min = 0x10000;
            } else {
                cbuf[j++] = '\uFFFD';
                bytePos++;
                continue;
            }
            // Check the continuation bytes that are there; a bad one ends the sequence.
            int cp = b1 & (0x3f >> need);
            int k = 1;
            boolean bad = false;
            while (k <= need) {
                if (bytePos + k >= byteLimit) {
                    break;
                }
                int b = bytes[bytePos + k] & 0xff;
                if ((b & 0xc0) != 0x80 || !secondByteOk(b1, k, b)) {
                    bad = true;
                    break;
                }
                cp = (cp << 6) | (b & 0x3f);
                k++;
            }
            if (bad) {
                cbuf[j++] = '\uFFFD';
                bytePos += k;
                continue;
            }
            if (k <= need) {
                // incomplete: wait for more bytes (unless at end of input, see read)
                if (eof) {
                    cbuf[j++] = '\uFFFD';
                    bytePos += k;
                    continue;
                }
                break;
            }
            if (cp < min || (cp >= 0xd800 && cp <= 0xdfff)) {
                // overlong, or an encoded surrogate (ED A0..BF xx): one U+FFFD for the sequence
                cbuf[j++] = '\uFFFD';
                bytePos += need + 1;
                continue;
            }
            if (cp >= 0x10000) {
                if (j + 1 < end) {
                    cbuf[j++] = Character.highSurrogate(cp);
                    cbuf[j++] = Character.lowSurrogate(cp);
                } else {
                    cbuf[j++] = Character.highSurrogate(cp);
                    pendingLow = Character.lowSurrogate(cp);
                }
            } else {
                cbuf[j++] = (char) cp;
            }
            bytePos += need + 1;
        }
        return j - start;
    }

    /** The second byte of E0, ED, F0 and F4 sequences has a narrower range. */
    private static boolean secondByteOk(int b1, int k, int b) {
        if (k != 1) {
            return true;
        }
        switch (b1) {
            case 0xe0:
                return b >= 0xa0;
            case 0xf0:
                return b >= 0x90;
            case 0xf4:
                return b <= 0x8f;
            default:
                return true;
        }
    }

    @Override
    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            return pendingLow >= 0 || bytePos < byteLimit || in.available() > 0;
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            in.close();
        }
    }
}
