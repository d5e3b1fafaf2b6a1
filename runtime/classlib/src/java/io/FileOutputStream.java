package java.io;

/** Bytes to an open file descriptor (standard output and standard error today). */
public class FileOutputStream extends OutputStream {
    private final FileDescriptor fdObj;
    private volatile boolean closed;

    public FileOutputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fdObj = fdObj;
    }

    public final FileDescriptor getFD() throws IOException {
        return fdObj;
    }

    @Override
    public void write(int b) throws IOException {
        writeBytes(fdObj.fd(), new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] b) throws IOException {
        writeBytes(fdObj.fd(), b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException();
        }
        writeBytes(fdObj.fd(), b, off, len);
    }

    @Override
    public void flush() throws IOException {
        flush0(fdObj.fd());
    }

    /** The descriptor stays open: closing standard streams would surprise the VM. */
    @Override
    public void close() throws IOException {
        closed = true;
    }

    /**
     * Writes all of b[off, off+len) to the descriptor (looping over short writes);
     * throws IOException with the OS error text on failure.
     */
    private static native void writeBytes(int fd, byte[] b, int off, int len) throws IOException;

    /** Pushes out any bytes the VM buffers for the descriptor (nothing, if it writes directly). */
    private static native void flush0(int fd) throws IOException;
}
