package java.io;

/**
 * Buffers a Reader (8192 chars by default) and reads lines: a line ends at "\n", "\r" or
 * "\r\n".
 */
public class BufferedReader extends Reader {
    private static final int DEFAULT_SIZE = 8192;
    private static final int UNMARKED = -1;
    private static final int INVALIDATED = -2;

    private Reader in;
    private char[] cb;
    private int nChars;
    private int nextChar;
    /** The previous char handed out ended a line with '\r': a following '\n' belongs to it. */
    private boolean skipLF;
    private int markedChar = UNMARKED;
    private int readAheadLimit;
    private boolean markedSkipLF;

    public BufferedReader(Reader in, int sz) {
        super(in);
        if (sz <= 0) {
            throw new IllegalArgumentException("Buffer size <= 0");
        }
        this.in = in;
        this.cb = new char[sz];
    }

    public BufferedReader(Reader in) {
        this(in, DEFAULT_SIZE);
    }

    private void ensureOpen() throws IOException {
        if (in == null) {
            throw new IOException("Stream closed");
        }
    }

    /** Called when the buffer is used up: keeps the marked part, if any, and reads more. */
    private void fill() throws IOException {
        int keep = 0;
        if (markedChar >= 0) {
            int kept = nChars - markedChar;
            if (kept >= readAheadLimit) {
                markedChar = INVALIDATED;
                readAheadLimit = 0;
            } else {
                if (readAheadLimit > cb.length) {
                    char[] grown = new char[readAheadLimit];
                    System.arraycopy(cb, markedChar, grown, 0, kept);
                    cb = grown;
                } else {
                    System.arraycopy(cb, markedChar, cb, 0, kept);
                }
                markedChar = 0;
                keep = kept;
            }
        }
        nChars = keep;
        nextChar = keep;
        int n;
        do {
            n = in.read(cb, keep, cb.length - keep);
        } while (n == 0);
        if (n > 0) {
            nChars = keep + n;
        }
    }

    @Override
    public int read() throws IOException {
        synchronized (lock) {
            ensureOpen();
            while (true) {
                if (nextChar >= nChars) {
                    fill();
                    if (nextChar >= nChars) {
                        return -1;
                    }
                }
                if (skipLF) {
                    skipLF = false;
                    if (cb[nextChar] == '\n') {
                        nextChar++;
                        continue;
                    }
                }
                return cb[nextChar++];
            }
        }
    }

    /** One chunk: from the buffer, or straight from the source for a large read. */
    private int readChunk(char[] cbuf, int off, int len) throws IOException {
        if (nextChar >= nChars) {
            if (len >= cb.length && markedChar < 0 && !skipLF) {
                return in.read(cbuf, off, len);
            }
            fill();
        }
        if (nextChar >= nChars) {
            return -1;
        }
        if (skipLF) {
            skipLF = false;
            if (cb[nextChar] == '\n') {
                nextChar++;
                if (nextChar >= nChars) {
                    fill();
                }
                if (nextChar >= nChars) {
                    return -1;
                }
            }
        }
        int n = Math.min(len, nChars - nextChar);
        System.arraycopy(cb, nextChar, cbuf, off, n);
        nextChar += n;
        return n;
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
            int n = readChunk(cbuf, off, len);
            if (n <= 0) {
                return n;
            }
            while (n < len && in.ready()) {
                int more = readChunk(cbuf, off + n, len - n);
                if (more <= 0) {
                    break;
                }
                n += more;
            }
            return n;
        }
    }

    public String readLine() throws IOException {
        synchronized (lock) {
            ensureOpen();
            StringBuilder sb = null;
            while (true) {
                if (nextChar >= nChars) {
                    fill();
                    if (nextChar >= nChars) {
                        return sb != null && sb.length() > 0 ? sb.toString() : null;
                    }
                }
                if (skipLF) {
                    skipLF = false;
                    if (cb[nextChar] == '\n') {
                        nextChar++;
                        continue;
                    }
                }
                int start = nextChar;
                int i = start;
                while (i < nChars && cb[i] != '\n' && cb[i] != '\r') {
                    i++;
                }
                if (i < nChars) {
                    String line;
                    if (sb == null) {
                        line = new String(cb, start, i - start);
                    } else {
                        line = sb.append(cb, start, i - start).toString();
                    }
                    skipLF = cb[i] == '\r';
                    nextChar = i + 1;
                    return line;
                }
                if (sb == null) {
                    sb = new StringBuilder(80);
                }
                sb.append(cb, start, i - start);
                nextChar = i;
            }
        }
    }

    @Override
    public long skip(long n) throws IOException {
        if (n < 0L) {
            throw new IllegalArgumentException("skip value is negative");
        }
        synchronized (lock) {
            ensureOpen();
            long r = n;
            while (r > 0) {
                if (nextChar >= nChars) {
                    fill();
                }
                if (nextChar >= nChars) {
                    break;
                }
                if (skipLF) {
                    skipLF = false;
                    if (cb[nextChar] == '\n') {
                        nextChar++;
                    }
                }
                long d = nChars - nextChar;
                if (r <= d) {
                    nextChar += (int) r;
                    r = 0;
                    break;
                }
                r -= d;
                nextChar = nChars;
            }
            return n - r;
        }
    }

    @Override
    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (skipLF) {
                if (nextChar >= nChars && in.ready()) {
                    fill();
                }
                if (nextChar < nChars) {
                    if (cb[nextChar] == '\n') {
                        nextChar++;
                    }
                    skipLF = false;
                }
            }
            return nextChar < nChars || in.ready();
        }
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        if (readAheadLimit < 0) {
            throw new IllegalArgumentException("Read-ahead limit < 0");
        }
        synchronized (lock) {
            ensureOpen();
            this.readAheadLimit = readAheadLimit;
            markedChar = nextChar;
            markedSkipLF = skipLF;
        }
    }

    @Override
    public void reset() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (markedChar < 0) {
                throw new IOException(markedChar == INVALIDATED ? "Mark invalid" : "Stream not marked");
            }
            nextChar = markedChar;
            skipLF = markedSkipLF;
        }
    }

    /** The remaining lines, read lazily; an IOException becomes UncheckedIOException. */
    public java.util.stream.Stream<String> lines() {
        java.util.Iterator<String> iter = new java.util.Iterator<String>() {
            private String nextLine;

            public boolean hasNext() {
                if (nextLine != null) {
                    return true;
                }
                try {
                    nextLine = readLine();
                    return nextLine != null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            public String next() {
                if (nextLine != null || hasNext()) {
                    String line = nextLine;
                    nextLine = null;
                    return line;
                }
                throw new java.util.NoSuchElementException();
            }
        };
        return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(iter,
                java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL), false);
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (in == null) {
                return;
            }
            try {
                in.close();
            } finally {
                in = null;
                cb = null;
            }
        }
    }
}
