// printStackTrace() of caught exceptions goes to stderr (recorded in expected.stderr):
// a plain trace through several frames, a cause chain ("Caused by:" and "... n more"),
// suppressed exceptions, and a constructor/static frame. getStackTrace() elements are
// printed on stdout.
public class PrintStackTrace {
    static class Widget {
        Widget(int n) {
            if (n < 0) throw new IllegalArgumentException("negative widget " + n);
        }
    }

    static void a(int n) { b(n + 1); }
    static void b(int n) { c(n * 2); }
    static void c(int n) { throw new UnsupportedOperationException("c got " + n); }

    static void wrapper() {
        try {
            a(1);
        } catch (UnsupportedOperationException e) {
            throw new RuntimeException("wrapper failed", e);
        }
    }

    public static void main(String[] args) {
        try {
            a(1);
        } catch (UnsupportedOperationException e) {
            e.printStackTrace();
            StackTraceElement[] st = e.getStackTrace();
            System.out.println("frames " + st.length);
            for (StackTraceElement el : st) {
                System.out.println("  " + el.getClassName() + "." + el.getMethodName() + " " + el.getFileName() + ":" + el.getLineNumber()
                        + " native=" + el.isNativeMethod());
            }
            System.out.println("  toString of top frame: " + st[0]);
        }
        try {
            wrapper();
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.out.println("wrapper frames " + e.getStackTrace().length + " cause frames " + e.getCause().getStackTrace().length);
        }
        try {
            new Widget(-3);
        } catch (IllegalArgumentException e) {
            e.printStackTrace();
            System.out.println("constructor frame " + e.getStackTrace()[0].getMethodName());
        }
        Exception withSuppressed = new Exception("primary");
        withSuppressed.addSuppressed(new IllegalStateException("secondary one"));
        withSuppressed.addSuppressed(new IllegalStateException("secondary two", new Error("secondary cause")));
        withSuppressed.printStackTrace();
        Exception deep = new Exception("level 0");
        Throwable cur = deep;
        for (int i = 1; i <= 3; i++) {
            Throwable next = new RuntimeException("level " + i);
            cur.initCause(next);
            cur = next;
        }
        deep.printStackTrace();
        Throwable fresh = new Throwable();
        fresh.printStackTrace();
        System.out.println("done");
    }
}
