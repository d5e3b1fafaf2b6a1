package java.io;

/** Bytes from an open file descriptor (standard input today). */
public class FileInputStream extends InputStream {
    private final FileDescriptor fdObj;
    private volatile boolean closed;

    public FileInputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fdObj = fdObj;
    }

    public final FileDescriptor getFD() throws IOException {
        return fdObj;
    }

    @Override
    public int read() throws IOException {
        byte[] b = new byte[1];
        int n = readBytes(fdObj.fd(), b, 0, 1);
        return n <= 0 ? -1 : (b[0] & 0xff);
    }

    @Override
    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException();
        }
        if (len == 0) {
            return 0;
        }
        return readBytes(fdObj.fd(), b, off, len);
    }

    @Override
    public int available() throws IOException {
        return available0(fdObj.fd());
    }

    @Override
    public void close() throws IOException {
        closed = true;
    }

    /**
     * Reads up to len (> 0) bytes into b[off...], blocking until at least one is available;
     * returns the count, or -1 at end of file. Throws IOException on an OS error.
     */
    private static native int readBytes(int fd, byte[] b, int off, int len) throws IOException;

    /** How many bytes can be read without blocking (0 if unknown). */
    private static native int available0(int fd) throws IOException;
}
