package java.lang;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * Standard streams, properties and a few VM services. The VM runs this class's static
 * initializer at start-up, before the program's main class is initialized.
 */
public final class System {
    public static final InputStream in;
    public static final PrintStream out;
    public static final PrintStream err;

    /** key, value, key, value ...; entries whose key is null have been cleared. */
    private static String[] props;
    private static int propsCount;

    static {
        String[] pairs = propertyPairs();
        props = new String[pairs.length + 16];
        propsCount = 0;
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i] != null && pairs[i + 1] != null) {
                putProperty(pairs[i], pairs[i + 1]);
            }
        }
        // As the JDK: buffered streams, flushed by the autoflushing PrintStream on every print.
        in = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 128), true);
        err = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 128), true);
    }

    private System() {
    }

    /**
     * The system properties the VM starts with, as key, value, key, value ... (java.version,
     * java.vendor, os.name, os.arch, file.separator, path.separator, line.separator, user.dir,
     * user.home, user.name, java.io.tmpdir, java.class.path, plus every -Dkey=value).
     */
    private static native String[] propertyPairs();

    public static void setIn(InputStream in) {
        setIn0(in);
    }

    public static void setOut(PrintStream out) {
        setOut0(out);
    }

    public static void setErr(PrintStream err) {
        setErr0(err);
    }

    /** Store into the final static fields in, out and err. */
    private static native void setIn0(InputStream in);

    private static native void setOut0(PrintStream out);

    private static native void setErr0(PrintStream err);

    public static native long currentTimeMillis();

    public static native long nanoTime();

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static native int identityHashCode(Object x);

    public static String lineSeparator() {
        return "\n";
    }

    private static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
    }

    private static int findProperty(String key) {
        for (int i = 0; i < propsCount; i += 2) {
            if (key.equals(props[i])) {
                return i;
            }
        }
        return -1;
    }

    private static String putProperty(String key, String value) {
        int i = findProperty(key);
        if (i >= 0) {
            String old = props[i + 1];
            props[i + 1] = value;
            return old;
        }
        if (propsCount + 2 > props.length) {
            String[] grown = new String[props.length * 2 + 2];
            arraycopy(props, 0, grown, 0, propsCount);
            props = grown;
        }
        props[propsCount] = key;
        props[propsCount + 1] = value;
        propsCount += 2;
        return null;
    }

    public static String getProperty(String key) {
        checkKey(key);
        synchronized (System.class) {
            int i = findProperty(key);
            return i < 0 ? null : props[i + 1];
        }
    }

    public static String getProperty(String key, String def) {
        String value = getProperty(key);
        return value == null ? def : value;
    }

    public static String setProperty(String key, String value) {
        checkKey(key);
        if (value == null) {
            throw new NullPointerException();
        }
        synchronized (System.class) {
            return putProperty(key, value);
        }
    }

    public static String clearProperty(String key) {
        checkKey(key);
        synchronized (System.class) {
            int i = findProperty(key);
            if (i < 0) {
                return null;
            }
            String old = props[i + 1];
            propsCount -= 2;
            props[i] = props[propsCount];
            props[i + 1] = props[propsCount + 1];
            props[propsCount] = null;
            props[propsCount + 1] = null;
            return old;
        }
    }

    public static String getenv(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        return getenv0(name);
    }

    /** The value of an environment variable, or null if it is not set. */
    private static native String getenv0(String name);

    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }

    public static void gc() {
        Runtime.getRuntime().gc();
    }

    public static void runFinalization() {
    }
}
