// System.exit(42) inside a finally block while an exception is propagating: the
// exception is never reported and the exit code is 42. Also System.err output.
public class SystemExitInFinally {
    public static void main(String[] args) {
        System.err.println("stderr line 1");
        try {
            System.out.println("throwing");
            throw new RuntimeException("never reported");
        } finally {
            System.out.println("exiting from finally");
            System.err.println("stderr line 2");
            System.exit(42);
        }
    }
}
