// Small callees the JIT inlines: getters, constructors, private, final and static
// methods, recursion, and the exceptions and stack traces that pass through them.
public class InlinedCalls {
    static final class Point {
        private final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        int x() { return x; }
        int y() { return y; }
        Point plus(Point o) { return new Point(x + o.x, y + o.y); }
    }

    private int count;
    private void bump() { count++; }
    final int twice(int v) { return v + v; }
    static int at(int[] a, int i) { return a[i]; }
    static int divide(int a, int b) { return a / b; }
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static String name(Object o) { return o.toString(); }
    static int deep(int n) { return n == 0 ? thrower() : deep(n - 1) + 1; }
    static int thrower() { throw new IllegalStateException("from an inlined frame"); }
    static int caught(int[] a, int i) {
        try {
            return at(a, i);
        } catch (ArrayIndexOutOfBoundsException e) {
            return -1;
        }
    }

    public static void main(String[] args) {
        InlinedCalls c = new InlinedCalls();
        long sum = 0;
        int[] a = {1, 2, 3, 4};
        Point p = new Point(0, 0);
        for (int i = 0; i < 30000; i++) {
            c.bump();
            sum += c.twice(i) + at(a, i & 3) + divide(i, 3);
            p = p.plus(new Point(1, 2));
            sum += caught(a, i % 5);
        }
        System.out.println(c.count + " " + sum + " " + p.x() + "," + p.y() + " " + fib(25));
        for (int round = 0; round < 3; round++) {
            try {
                divide(1, round - round);
            } catch (ArithmeticException e) {
                System.out.println(e + " at " + e.getStackTrace()[0].getMethodName());
            }
            try {
                name(null);
            } catch (NullPointerException e) {
                System.out.println("NPE at " + e.getStackTrace()[0].getMethodName());
            }
            try {
                InlinedCalls none = round < 10 ? null : c;
                none.bump();
            } catch (NullPointerException e) {
                System.out.println("NPE calling bump() from " + e.getStackTrace()[0].getMethodName());
            }
            try {
                deep(3);
            } catch (IllegalStateException e) {
                StackTraceElement[] t = e.getStackTrace();
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 6; i++) sb.append(t[i].getMethodName()).append(':').append(t[i].getLineNumber()).append(' ');
                System.out.println(sb.toString().trim());
            }
        }
        deep(2);
    }
}
