package java.lang;

/** The VM as a program sees it: exit, memory figures, processors, shutdown hooks. */
public class Runtime {
    private static final Runtime currentRuntime = new Runtime();

    private Thread[] hooks = new Thread[0];
    private boolean shuttingDown;

    private Runtime() {
    }

    public static Runtime getRuntime() {
        return currentRuntime;
    }

    /** Runs the shutdown hooks (once), then ends the VM with the given status. */
    public void exit(int status) {
        runShutdownHooks();
        halt0(status);
    }

    public void halt(int status) {
        halt0(status);
    }

    public void addShutdownHook(Thread hook) {
        if (hook == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            if (shuttingDown) {
                throw new IllegalStateException("Shutdown in progress");
            }
            for (int i = 0; i < hooks.length; i++) {
                if (hooks[i] == hook) {
                    throw new IllegalArgumentException("Hook previously registered");
                }
            }
            Thread[] grown = new Thread[hooks.length + 1];
            System.arraycopy(hooks, 0, grown, 0, hooks.length);
            grown[hooks.length] = hook;
            hooks = grown;
        }
    }

    public boolean removeShutdownHook(Thread hook) {
        if (hook == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            if (shuttingDown) {
                throw new IllegalStateException("Shutdown in progress");
            }
            for (int i = 0; i < hooks.length; i++) {
                if (hooks[i] == hook) {
                    Thread[] shrunk = new Thread[hooks.length - 1];
                    System.arraycopy(hooks, 0, shrunk, 0, i);
                    System.arraycopy(hooks, i + 1, shrunk, i, hooks.length - i - 1);
                    hooks = shrunk;
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Runs each registered hook's run() in turn on the calling thread (there are no other
     * threads yet). Called by exit, and by the VM when the program ends normally or with
     * an uncaught exception.
     */
    static void runShutdownHooks() {
        Runtime r = currentRuntime;
        Thread[] toRun;
        synchronized (r) {
            if (r.shuttingDown) {
                return;
            }
            r.shuttingDown = true;
            toRun = r.hooks;
        }
        for (int i = 0; i < toRun.length; i++) {
            try {
                toRun[i].run();
            } catch (Throwable t) {
                toRun[i].reportUncaught(t);
            }
        }
        System.out.flush();
        System.err.flush();
    }

    /** Ends the process at once with the given status: no hooks, no finalization. */
    private static native void halt0(int status);

    public native int availableProcessors();

    public native long freeMemory();

    public native long totalMemory();

    public native long maxMemory();

    public native void gc();

    public void runFinalization() {
    }
}
