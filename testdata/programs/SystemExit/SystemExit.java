// System.exit(3) after some output: output is flushed, the exit code is 3, and code after
// the call (including finally blocks) never runs.
public class SystemExit {
    static void work() {
        for (int i = 0; i < 3; i++) {
            System.out.println("working " + i);
        }
        System.err.println("about to exit with 3");
    }

    public static void main(String[] args) {
        work();
        try {
            System.out.print("last line without newline");
            System.exit(3);
        } finally {
            System.out.println("finally must not run");
        }
        System.out.println("not reached");
    }
}
