// System.exit(0) from a nested call in the middle of a loop: exit code 0, later output
// is never printed.
public class SystemExitZero {
    static void check(int i) {
        if (i == 4) {
            System.out.println("exiting at " + i);
            System.exit(0);
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 10; i++) {
            System.out.println("iteration " + i);
            check(i);
        }
        System.out.println("not reached");
    }
}
