// A static initializer that throws: the first use raises ExceptionInInitializerError
// (getCause is the original exception); later uses raise NoClassDefFoundError "Could not
// initialize class ..."; an Error thrown by a static initializer is not wrapped; other
// classes are unaffected.
public class ClinitFailure {
    static class Broken {
        static int value = compute();

        static int compute() {
            System.out.println("Broken.<clinit> runs");
            throw new IllegalStateException("cannot initialize Broken");
        }

        static int get() {
            return value;
        }
    }

    static class BrokenWithError {
        static {
            if (Boolean.TRUE) throw new AssertionError("assertion in clinit");
        }

        static void touch() { }
    }

    static class Fine {
        static int value = 7;
    }

    public static void main(String[] args) {
        try {
            Broken.get();
        } catch (ExceptionInInitializerError e) {
            System.out.println("first use: " + e);
            System.out.println("  cause: " + e.getCause());
            System.out.println("  getException same as cause: " + (e.getException() == e.getCause()));
            System.out.println("  message: " + e.getMessage());
        }
        for (int i = 0; i < 2; i++) {
            try {
                System.out.println(Broken.value);
            } catch (NoClassDefFoundError e) {
                System.out.println("later use " + i + ": " + e.getMessage());
            }
        }
        try {
            new Broken();
        } catch (NoClassDefFoundError e) {
            System.out.println("new: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            BrokenWithError.touch();
        } catch (ExceptionInInitializerError e) {
            System.out.println("unexpected wrap");
        } catch (AssertionError e) {
            System.out.println("error not wrapped: " + e);
        }
        try {
            BrokenWithError.touch();
        } catch (NoClassDefFoundError e) {
            System.out.println("after error: " + e.getMessage());
        }
        System.out.println("other class fine: " + Fine.value);
    }
}
