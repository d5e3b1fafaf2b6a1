package java.lang;

/**
 * A thread of execution. Today the VM runs only the main thread, whose Thread object it
 * creates at start-up with {@code new Thread("main")} (currentThread() answering null
 * until then) and returns from currentThread() afterwards.
 */
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    /** An uncaught exception's handler. */
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    private static int threadInitNumber;
    private static long threadSeqNumber;
    private static volatile UncaughtExceptionHandler defaultUncaughtExceptionHandler;

    private volatile String name;
    private int priority;
    private boolean daemon;
    private final long tid;
    private Runnable target;
    private volatile boolean interrupted;
    private volatile UncaughtExceptionHandler uncaughtExceptionHandler;
    /** Set by the VM while the thread runs. */
    private volatile boolean alive;
    private boolean started;

    public Thread() {
        this(null, nextThreadName());
    }

    public Thread(Runnable target) {
        this(target, nextThreadName());
    }

    public Thread(String name) {
        this(null, name);
    }

    public Thread(Runnable target, String name) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        this.name = name;
        this.target = target;
        Thread parent = currentThread();
        if (parent != null) {
            this.priority = parent.priority;
            this.daemon = parent.daemon;
        } else {
            this.priority = NORM_PRIORITY;
        }
        this.tid = nextThreadID();
    }

    private static synchronized String nextThreadName() {
        return "Thread-" + threadInitNumber++;
    }

    private static synchronized long nextThreadID() {
        return ++threadSeqNumber;
    }

    /** The Thread object of the running thread. */
    public static native Thread currentThread();

    /** Whether the current thread holds the monitor of {@code obj}; NullPointerException for null. */
    public static native boolean holdsLock(Object obj);

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        sleep0(millis);
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && millis < Long.MAX_VALUE) {
            millis++;
        }
        sleep(millis);
    }

    private static native void sleep0(long millis) throws InterruptedException;

    public static void yield() {
    }

    public static void onSpinWait() {
    }

    public void run() {
        Runnable task = target;
        if (task != null) {
            task.run();
        }
    }

    public synchronized void start() {
        if (started) {
            throw new IllegalThreadStateException();
        }
        started = true;
        start0();
    }

    /** Starts a new OS thread that calls run() (threads are a later step of the VM). */
    private native void start0();

    public final boolean isAlive() {
        return alive;
    }

    public final void join() throws InterruptedException {
        join(0);
    }

    public final synchronized void join(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (millis == 0) {
            while (isAlive()) {
                wait(0);
            }
        } else {
            long deadline = System.currentTimeMillis() + millis;
            while (isAlive()) {
                long delay = deadline - System.currentTimeMillis();
                if (delay <= 0) {
                    break;
                }
                wait(delay);
            }
        }
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && millis < Long.MAX_VALUE) {
            millis++;
        }
        join(millis);
    }

    /** A thread's state, as getState() reports it. */
    public enum State {
        NEW,
        RUNNABLE,
        BLOCKED,
        WAITING,
        TIMED_WAITING,
        TERMINATED
    }

    /** NEW before start(), RUNNABLE while it runs, TERMINATED after (waiting states are not tracked yet). */
    public State getState() {
        if (alive) {
            return State.RUNNABLE;
        }
        return started ? State.TERMINATED : State.NEW;
    }

    public void interrupt() {
        interrupted = true;
    }

    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.interrupted;
        t.interrupted = false;
        return was;
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    public final String getName() {
        return name;
    }

    public final synchronized void setName(String name) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        this.name = name;
    }

    public final int getPriority() {
        return priority;
    }

    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY) {
            throw new IllegalArgumentException();
        }
        priority = newPriority;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void setDaemon(boolean on) {
        if (isAlive()) {
            throw new IllegalThreadStateException();
        }
        daemon = on;
    }

    public long getId() {
        return tid;
    }

    /** As in the JDK, the first element is this method's own frame. */
    public StackTraceElement[] getStackTrace() {
        return new Exception().getStackTrace();
    }

    public static void dumpStack() {
        new Exception("Stack trace").printStackTrace();
    }

    public String toString() {
        return "Thread[" + getName() + "," + getPriority() + "," + "main" + "]";
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        defaultUncaughtExceptionHandler = eh;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultUncaughtExceptionHandler;
    }

    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        return uncaughtExceptionHandler;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        uncaughtExceptionHandler = eh;
    }

    /** For the shutdown hooks, which Runtime runs as plain calls. */
    final void reportUncaught(Throwable e) {
        dispatchUncaughtException(e);
    }

    /**
     * Called by the VM when run() (or main) ends with an exception: the thread's handler,
     * else the default handler, else HotSpot's report on System.err.
     */
    private void dispatchUncaughtException(Throwable e) {
        UncaughtExceptionHandler handler = uncaughtExceptionHandler;
        if (handler == null) {
            handler = defaultUncaughtExceptionHandler;
        }
        if (handler != null) {
            handler.uncaughtException(this, e);
            return;
        }
        System.err.print("Exception in thread \"" + getName() + "\" ");
        e.printStackTrace(System.err);
    }
}
