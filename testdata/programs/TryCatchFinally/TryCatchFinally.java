// try/catch/finally in every combination: no exception, caught, uncaught-through-finally,
// nested try blocks, rethrow, exceptions in catch and in finally, finally after break
// and continue, and catch ordering by subclass.
public class TryCatchFinally {
    static StringBuilder log = new StringBuilder();

    static void mayThrow(int mode) {
        log.append("body").append(mode).append(' ');
        if (mode == 1) throw new IllegalArgumentException("mode1");
        if (mode == 2) throw new IllegalStateException("mode2");
        if (mode == 3) throw new UnsupportedOperationException("mode3");
    }

    static void tcf(int mode) {
        log.setLength(0);
        try {
            try {
                mayThrow(mode);
                log.append("after ");
            } catch (IllegalArgumentException e) {
                log.append("catchIAE(").append(e.getMessage()).append(") ");
            } catch (RuntimeException e) {
                log.append("catchRE(").append(e.getMessage()).append(") ");
                if (mode == 3) throw e;
            } finally {
                log.append("finally ");
            }
            log.append("end");
        } catch (UnsupportedOperationException e) {
            log.append("outer(").append(e.getMessage()).append(")");
        }
        System.out.println("tcf " + mode + ": " + log);
    }

    static void tryFinallyOnly(boolean fail) {
        log.setLength(0);
        try {
            try {
                log.append("try ");
                if (fail) throw new RuntimeException("boom");
            } finally {
                log.append("finally ");
            }
            log.append("after");
        } catch (RuntimeException e) {
            log.append("caught ").append(e.getMessage());
        }
        System.out.println("tryFinallyOnly " + fail + ": " + log);
    }

    static void exceptionInCatch() {
        try {
            try {
                throw new RuntimeException("first");
            } catch (RuntimeException e) {
                throw new IllegalStateException("from catch, after " + e.getMessage());
            } finally {
                System.out.println("  finally runs before propagation");
            }
        } catch (IllegalStateException e) {
            System.out.println("exceptionInCatch: " + e.getMessage());
        }
    }

    static void exceptionInFinallyReplaces() {
        try {
            try {
                throw new RuntimeException("lost");
            } finally {
                if (log != null) throw new IllegalStateException("from finally");
            }
        } catch (RuntimeException e) {
            System.out.println("exceptionInFinallyReplaces: " + e.getMessage() + " suppressed " + e.getSuppressed().length);
        }
    }

    static void loopsWithFinally() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                sb.append("i").append(i).append(' ');
            } finally {
                sb.append("f").append(i).append(' ');
            }
        }
        System.out.println("loopsWithFinally: " + sb);
    }

    static int nestedFinallyCount() {
        int count = 0;
        try {
            try {
                try {
                    count += 1;
                    throw new Error("deep");
                } finally {
                    count += 10;
                }
            } finally {
                count += 100;
            }
        } catch (Error e) {
            count += 1000;
        } finally {
            count += 10000;
        }
        return count;
    }

    static String catchThrowable(int kind) {
        try {
            switch (kind) {
                case 0: throw new Exception("checked");
                case 1: throw new Error("error");
                case 2: throw new RuntimeException("runtime");
                case 3: throw new Throwable("throwable");
                default: return "none";
            }
        } catch (RuntimeException e) {
            return "RuntimeException " + e.getMessage();
        } catch (Exception e) {
            return "Exception " + e.getMessage();
        } catch (Error e) {
            return "Error " + e.getMessage();
        } catch (Throwable t) {
            return "Throwable " + t.getMessage();
        }
    }

    static int depthCounter = 0;

    static void recurseAndThrow(int n) {
        depthCounter++;
        try {
            if (n == 0) throw new ArithmeticException("bottom");
            recurseAndThrow(n - 1);
        } finally {
            depthCounter += 100;
        }
    }

    public static void main(String[] args) {
        for (int m = 0; m <= 3; m++) tcf(m);
        tryFinallyOnly(false);
        tryFinallyOnly(true);
        exceptionInCatch();
        exceptionInFinallyReplaces();
        loopsWithFinally();
        System.out.println("nestedFinallyCount " + nestedFinallyCount());
        for (int k = 0; k <= 4; k++) System.out.println("catchThrowable " + k + ": " + catchThrowable(k));
        try {
            recurseAndThrow(10);
        } catch (ArithmeticException e) {
            System.out.println("recurseAndThrow: " + e.getMessage() + " counter " + depthCounter);
        }
        // rethrow of a checked exception with precise rethrow
        try {
            rethrow(true);
        } catch (java.lang.Exception e) {
            System.out.println("rethrow: " + e);
        }
        // exception object reuse: throw the same instance twice
        RuntimeException shared = new RuntimeException("shared");
        for (int i = 0; i < 2; i++) {
            try {
                throw shared;
            } catch (RuntimeException e) {
                System.out.println("shared same " + (e == shared) + " " + e.getMessage());
            }
        }
    }

    static void rethrow(boolean b) throws CloneNotSupportedException, InterruptedException {
        try {
            if (b) throw new CloneNotSupportedException("precise");
            throw new InterruptedException("other");
        } catch (Exception e) {
            throw e;
        }
    }
}
