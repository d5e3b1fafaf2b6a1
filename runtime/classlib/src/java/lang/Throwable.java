package java.lang;

import java.io.PrintStream;
import java.io.Serializable;
import java.util.Objects;

/**
 * The superclass of everything that can be thrown. The stack trace is captured by the VM
 * as an opaque backtrace when the throwable is created, and decoded into
 * StackTraceElements only when a program asks for it.
 */
public class Throwable implements Serializable {
    private static final StackTraceElement[] UNASSIGNED_STACK = new StackTraceElement[0];
    private static final Throwable[] SUPPRESSED_SENTINEL = new Throwable[0];
    private static final Throwable[] EMPTY_THROWABLE_ARRAY = new Throwable[0];
    private static final String NULL_CAUSE_MESSAGE = "Cannot suppress a null exception.";
    private static final String SELF_SUPPRESSION_MESSAGE = "Self-suppression not permitted";
    private static final String CAUSE_CAPTION = "Caused by: ";
    private static final String SUPPRESSED_CAPTION = "Suppressed: ";

    /** Opaque frames recorded by fillInStackTrace0; decoded by decodeBacktrace. */
    private transient Object backtrace;
    private String detailMessage;
    /** {@code this} means "not yet initialized": initCause may still set it. */
    private Throwable cause = this;
    /**
     * UNASSIGNED_STACK until decoded; null when the stack trace is not writable
     * (and then backtrace is null too).
     */
    private StackTraceElement[] stackTrace = UNASSIGNED_STACK;
    /** SUPPRESSED_SENTINEL while empty; null when suppression is disabled. */
    private Throwable[] suppressedExceptions = SUPPRESSED_SENTINEL;

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = (cause == null ? null : cause.toString());
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression,
            boolean writableStackTrace) {
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            stackTrace = null;
        }
        detailMessage = message;
        this.cause = cause;
        if (!enableSuppression) {
            suppressedExceptions = null;
        }
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return (cause == this ? null : cause);
    }

    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException(
                    "Can't overwrite cause with " + Objects.toString(cause, "a null"), this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (s + ": " + message) : s;
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(PrintStream s) {
        printStackTrace(new WrappedPrintStream(s));
    }

    public void printStackTrace(java.io.PrintWriter s) {
        printStackTrace(new WrappedPrintWriter(s));
    }

    /** The PrintStream or PrintWriter a stack trace goes to; locked while printing. */
    private abstract static class PrintStreamOrWriter {
        abstract Object lock();

        abstract void println(Object o);
    }

    private static final class WrappedPrintStream extends PrintStreamOrWriter {
        private final PrintStream printStream;

        WrappedPrintStream(PrintStream printStream) {
            this.printStream = printStream;
        }

        Object lock() {
            return printStream;
        }

        void println(Object o) {
            printStream.println(o);
        }
    }

    private static final class WrappedPrintWriter extends PrintStreamOrWriter {
        private final java.io.PrintWriter printWriter;

        WrappedPrintWriter(java.io.PrintWriter printWriter) {
            this.printWriter = printWriter;
        }

        Object lock() {
            return printWriter;
        }

        void println(Object o) {
            printWriter.println(o);
        }
    }

    private void printStackTrace(PrintStreamOrWriter s) {
        Throwable[] dejaVu = new Throwable[] { this };
        synchronized (s.lock()) {
            s.println(this);
            StackTraceElement[] trace = getOurStackTrace();
            for (int i = 0; i < trace.length; i++) {
                s.println("\tat " + trace[i]);
            }
            Throwable[] suppressed = getSuppressed();
            for (int i = 0; i < suppressed.length; i++) {
                dejaVu = suppressed[i].printEnclosedStackTrace(s, trace, SUPPRESSED_CAPTION, "\t", dejaVu);
            }
            Throwable ourCause = getCause();
            if (ourCause != null) {
                ourCause.printEnclosedStackTrace(s, trace, CAUSE_CAPTION, "", dejaVu);
            }
        }
    }

    /**
     * Prints this throwable as the cause or a suppressed exception of another, leaving out
     * the frames it has in common with the enclosing trace. {@code dejaVu} holds every
     * throwable printed so far (compared by identity); returns it, grown by this one.
     */
    private Throwable[] printEnclosedStackTrace(PrintStreamOrWriter s, StackTraceElement[] enclosingTrace,
            String caption, String prefix, Throwable[] dejaVu) {
        for (int i = 0; i < dejaVu.length; i++) {
            if (dejaVu[i] == this) {
                s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
                return dejaVu;
            }
        }
        Throwable[] seen = new Throwable[dejaVu.length + 1];
        System.arraycopy(dejaVu, 0, seen, 0, dejaVu.length);
        seen[dejaVu.length] = this;

        StackTraceElement[] trace = getOurStackTrace();
        int m = trace.length - 1;
        int n = enclosingTrace.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosingTrace[n])) {
            m--;
            n--;
        }
        int framesInCommon = trace.length - 1 - m;

        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) {
            s.println(prefix + "\tat " + trace[i]);
        }
        if (framesInCommon != 0) {
            s.println(prefix + "\t... " + framesInCommon + " more");
        }
        Throwable[] suppressed = getSuppressed();
        for (int i = 0; i < suppressed.length; i++) {
            seen = suppressed[i].printEnclosedStackTrace(s, trace, SUPPRESSED_CAPTION, prefix + "\t", seen);
        }
        Throwable ourCause = getCause();
        if (ourCause != null) {
            seen = ourCause.printEnclosedStackTrace(s, trace, CAUSE_CAPTION, prefix, seen);
        }
        return seen;
    }

    public synchronized Throwable fillInStackTrace() {
        if (stackTrace != null || backtrace != null) {
            fillInStackTrace0();
            stackTrace = UNASSIGNED_STACK;
        }
        return this;
    }

    /**
     * Records the calling thread's Java frames in {@code backtrace}, leaving out the frames
     * of fillInStackTrace itself and of the constructors of this throwable.
     */
    private native void fillInStackTrace0();

    /** Turns {@code backtrace} into StackTraceElements, innermost frame first. */
    private native StackTraceElement[] decodeBacktrace();

    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    private synchronized StackTraceElement[] getOurStackTrace() {
        if (stackTrace == UNASSIGNED_STACK || (stackTrace == null && backtrace != null)) {
            if (backtrace == null) {
                return UNASSIGNED_STACK;
            }
            stackTrace = decodeBacktrace();
        } else if (stackTrace == null) {
            return UNASSIGNED_STACK;
        }
        return stackTrace;
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] defensiveCopy = stackTrace.clone();
        for (int i = 0; i < defensiveCopy.length; i++) {
            if (defensiveCopy[i] == null) {
                throw new NullPointerException("stackTrace[" + i + "]");
            }
        }
        synchronized (this) {
            if (this.stackTrace == null && backtrace == null) {
                return; // not writable
            }
            this.stackTrace = defensiveCopy;
        }
    }

    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException(SELF_SUPPRESSION_MESSAGE, exception);
        }
        Objects.requireNonNull(exception, NULL_CAUSE_MESSAGE);
        if (suppressedExceptions == null) {
            return; // suppression disabled
        }
        Throwable[] grown = new Throwable[suppressedExceptions.length + 1];
        System.arraycopy(suppressedExceptions, 0, grown, 0, suppressedExceptions.length);
        grown[suppressedExceptions.length] = exception;
        suppressedExceptions = grown;
    }

    public final synchronized Throwable[] getSuppressed() {
        if (suppressedExceptions == SUPPRESSED_SENTINEL || suppressedExceptions == null) {
            return EMPTY_THROWABLE_ARRAY;
        }
        return suppressedExceptions.clone();
    }
}
