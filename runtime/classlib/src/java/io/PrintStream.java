package java.io;

import java.util.Formatter;
import java.util.Locale;

/**
 * Prints values as text encoded in UTF-8. It never throws IOException: failures set the
 * error flag that checkError() reports. With autoflush, every print, println and
 * write(byte[]) flushes, and so does write(int) of a '\n'.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private boolean trouble = false;
    private boolean closing = false;
    private Formatter formatter;

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        super(requireNonNull(out, "Null output stream"));
        this.autoFlush = autoFlush;
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding)
            throws UnsupportedEncodingException {
        this(out, autoFlush);
        requireNonNull(encoding, "charsetName");
        if (!encoding.equalsIgnoreCase("UTF-8") && !encoding.equalsIgnoreCase("UTF8")) {
            throw new UnsupportedEncodingException(encoding);
        }
    }

    /** Only UTF-8 (what this PrintStream writes); other charsets are not supported yet. */
    public PrintStream(OutputStream out, boolean autoFlush, java.nio.charset.Charset charset) {
        this(out, autoFlush);
        requireNonNull(charset, "charset");
        if (!charset.name().equals("UTF-8")) {
            throw new UnsupportedOperationException("PrintStream writes UTF-8 only, not " + charset.name());
        }
    }

    private static <T> T requireNonNull(T obj, String message) {
        if (obj == null) {
            throw new NullPointerException(message);
        }
        return obj;
    }

    private void ensureOpen() throws IOException {
        if (out == null) {
            throw new IOException("Stream closed");
        }
    }

    @Override
    public void flush() {
        synchronized (this) {
            try {
                ensureOpen();
                out.flush();
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (!closing) {
                closing = true;
                try {
                    out.close();
                } catch (IOException x) {
                    trouble = true;
                }
                out = null;
            }
        }
    }

    public boolean checkError() {
        if (out != null) {
            flush();
        }
        if (out instanceof PrintStream) {
            return ((PrintStream) out).checkError();
        }
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    // ---------------------------------------------------------------- bytes

    @Override
    public void write(int b) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(b);
                if ((b == '\n') && autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(buf, off, len);
                if (autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf) throws IOException {
        this.write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        this.write(buf, 0, buf.length);
    }

    // ---------------------------------------------------------------- text

    /**
     * Encodes and writes s, then a newline if asked. With autoflush every print flushes
     * (the JDK's prints pass through write(byte[], int, int), which flushes).
     */
    private void writeText(String s, boolean newline) {
        try {
            synchronized (this) {
                ensureOpen();
                byte[] bytes = newline ? (s + "\n").getBytes() : s.getBytes();
                out.write(bytes, 0, bytes.length);
                if (autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    private void writeChars(char[] chars, boolean newline) {
        writeText(new String(chars), newline);
    }

    public void print(boolean b) {
        writeText(String.valueOf(b), false);
    }

    public void print(char c) {
        writeText(String.valueOf(c), false);
    }

    public void print(int i) {
        writeText(String.valueOf(i), false);
    }

    public void print(long l) {
        writeText(String.valueOf(l), false);
    }

    public void print(float f) {
        writeText(String.valueOf(f), false);
    }

    public void print(double d) {
        writeText(String.valueOf(d), false);
    }

    public void print(char[] s) {
        writeChars(s, false);
    }

    public void print(String s) {
        writeText(String.valueOf(s), false);
    }

    public void print(Object obj) {
        writeText(String.valueOf(obj), false);
    }

    public void println() {
        writeText("", true);
    }

    public void println(boolean x) {
        writeText(String.valueOf(x), true);
    }

    public void println(char x) {
        writeText(String.valueOf(x), true);
    }

    public void println(int x) {
        writeText(String.valueOf(x), true);
    }

    public void println(long x) {
        writeText(String.valueOf(x), true);
    }

    public void println(float x) {
        writeText(String.valueOf(x), true);
    }

    public void println(double x) {
        writeText(String.valueOf(x), true);
    }

    public void println(char[] x) {
        writeChars(x, true);
    }

    public void println(String x) {
        writeText(String.valueOf(x), true);
    }

    public void println(Object x) {
        writeText(String.valueOf(x), true);
    }

    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    public PrintStream append(char c) {
        print(c);
        return this;
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream printf(Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    public PrintStream format(String format, Object... args) {
        return format(Locale.getDefault(Locale.Category.FORMAT), format, args);
    }

    /** Formats straight into this stream: text before a failing specifier is already printed. */
    public PrintStream format(Locale l, String format, Object... args) {
        try {
            synchronized (this) {
                ensureOpen();
                if (formatter == null) {
                    formatter = new Formatter((Appendable) this);
                }
                formatter.format(l, format, args);
            }
        } catch (IOException x) {
            trouble = true;
        }
        return this;
    }
}
