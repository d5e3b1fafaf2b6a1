// An uncaught exception without a message ends the program: the launcher prints the
// stack trace on stderr and the exit code is 1. Output printed before is kept.
public class UncaughtSimple {
    public static void main(String[] args) {
        System.out.println("before the exception");
        int[] data = { 1, 2, 3 };
        int sum = 0;
        for (int d : data) sum += d;
        System.out.println("sum " + sum);
        if (sum > 0) {
            throw new IllegalStateException();
        }
        System.out.println("not reached");
    }
}
