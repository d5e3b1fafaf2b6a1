// Exception causes: constructor causes, initCause, getCause chains walked in a loop,
// toString of each level, the cause-only constructor's message, and initCause errors.
public class ExceptionChaining {
    static void level3() {
        throw new IllegalArgumentException("bad argument at level 3");
    }

    static void level2() {
        try {
            level3();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("level 2 failed", e);
        }
    }

    static void level1() throws Exception {
        try {
            level2();
        } catch (IllegalStateException e) {
            Exception ex = new Exception("level 1 failed");
            ex.initCause(e);
            throw ex;
        }
    }

    public static void main(String[] args) {
        try {
            level1();
        } catch (Exception e) {
            int depth = 0;
            for (Throwable t = e; t != null; t = t.getCause()) {
                System.out.println("depth " + depth + ": " + t);
                System.out.println("  message: " + t.getMessage() + " class: " + t.getClass().getName());
                depth++;
            }
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            System.out.println("root: " + root.getMessage());
        }
        Throwable wrapped = new RuntimeException(new Error("inner error"));
        System.out.println("wrapped: " + wrapped);
        System.out.println("wrapped message: " + wrapped.getMessage());
        Throwable nullCause = new RuntimeException((Throwable) null);
        System.out.println("null cause message: " + nullCause.getMessage() + " cause " + nullCause.getCause());
        Exception e = new Exception("x");
        e.initCause(null);
        try {
            e.initCause(new Exception("y"));
        } catch (IllegalStateException ise) {
            System.out.println("initCause twice: " + ise.getMessage());
        }
        Exception self = new Exception("self");
        try {
            self.initCause(self);
        } catch (IllegalArgumentException iae) {
            System.out.println("self cause: " + iae.getMessage());
        }
        Exception withCause = new Exception("has cause", new Exception("c"));
        try {
            withCause.initCause(new Exception("d"));
        } catch (IllegalStateException ise) {
            System.out.println("initCause after ctor: " + ise.getMessage());
        }
        // addSuppressed without try-with-resources
        Exception main = new Exception("main");
        main.addSuppressed(new RuntimeException("s1"));
        main.addSuppressed(new Error("s2"));
        Throwable[] sup = main.getSuppressed();
        System.out.println("suppressed count " + sup.length);
        for (Throwable s : sup) System.out.println("  suppressed " + s);
        try {
            main.addSuppressed(main);
        } catch (IllegalArgumentException iae) {
            System.out.println("self suppression: " + iae.getMessage());
        }
        try {
            main.addSuppressed(null);
        } catch (NullPointerException npe) {
            System.out.println("null suppression: " + npe.getMessage());
        }
    }
}
