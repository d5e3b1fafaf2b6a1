// Deep recursion raises StackOverflowError, which can be caught; afterwards the program
// keeps working (including further deep-but-finite recursion). Only "caught SOE" is
// printed, never the depth reached.
public class StackOverflow {
    static int depth = 0;

    static int recurse(int n) {
        depth++;
        return recurse(n + 1) + 1;
    }

    static long recurseWithLocals(long a, double b, int c) {
        long x = a * 2;
        double y = b + 1;
        return recurseWithLocals(x, y, c + 1) + x;
    }

    static int finite(int n) {
        return n == 0 ? 0 : 1 + finite(n - 1);
    }

    static int withFinally(int n) {
        try {
            return withFinally(n + 1);
        } finally {
            depth--;
        }
    }

    public static void main(String[] args) {
        try {
            recurse(0);
            System.out.println("not reached");
        } catch (StackOverflowError e) {
            System.out.println("caught SOE");
        }
        System.out.println("depth positive: " + (depth > 1000));
        try {
            recurseWithLocals(1, 1.0, 0);
        } catch (StackOverflowError e) {
            System.out.println("caught SOE");
        }
        System.out.println("finite recursion 2000: " + finite(2000));
        try {
            withFinally(0);
        } catch (StackOverflowError e) {
            System.out.println("caught SOE");
        }
        try {
            recurse(0);
        } catch (Error e) {
            System.out.println("caught SOE as Error: " + e.getClass().getName());
        }
        System.out.println("finite recursion 3000: " + finite(3000));
        System.out.println("done");
    }
}
