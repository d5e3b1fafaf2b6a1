// The JVM semantics that machine instructions do not give for free, in small static
// methods without exception handlers, so that -Xcomp (and tiering) compiles them:
// division corner cases, NaN compares, saturating conversions, shift masking,
// narrowing, float remainder, and exceptions thrown from compiled code.
public class JitSemantics {
    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }
    static long ldiv(long a, long b) { return a / b; }
    static long lrem(long a, long b) { return a % b; }
    static int shl(int a, int n) { return a << n; }
    static int shr(int a, int n) { return a >> n; }
    static int ushr(int a, int n) { return a >>> n; }
    static long lshl(long a, int n) { return a << n; }
    static long lushr(long a, int n) { return a >>> n; }
    static int d2i(double d) { return (int) d; }
    static long d2l(double d) { return (long) d; }
    static int f2i(float f) { return (int) f; }
    static long f2l(float f) { return (long) f; }
    static byte i2b(int i) { return (byte) i; }
    static char i2c(int i) { return (char) i; }
    static short i2s(int i) { return (short) i; }
    static int l2i(long l) { return (int) l; }
    static boolean lt(double a, double b) { return a < b; }
    static boolean gt(double a, double b) { return a > b; }
    static boolean ge(float a, float b) { return a >= b; }
    static boolean eq(double a, double b) { return a == b; }
    static int cmp(double a, double b) { return Double.compare(a, b); }
    static double drem(double a, double b) { return a % b; }
    static float frem(float a, float b) { return a % b; }
    static int lcmp(long a, long b) { return a < b ? -1 : a == b ? 0 : 1; }
    static int index(int[] a, int i) { return a[i]; }
    static int length(int[] a) { return a.length; }
    static int sumTo(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s += i;
        return s;
    }
    static boolean[] flags(int n) {
        boolean[] f = new boolean[n];
        for (int i = 0; i < n; i += 2) f[i] = true;
        return f;
    }
    static String pick(int k) {
        switch (k) {
            case 1: return "one";
            case 2: return "two";
            case 100: return "hundred";
            default: return "other";
        }
    }
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    public static void main(String[] args) {
        System.out.println(div(Integer.MIN_VALUE, -1) + " " + rem(Integer.MIN_VALUE, -1) + " " + div(-7, 2) + " " + rem(-7, 2));
        System.out.println(ldiv(Long.MIN_VALUE, -1) + " " + lrem(Long.MIN_VALUE, -1) + " " + ldiv(-7, 2) + " " + lrem(7, -2));
        try { div(1, 0); } catch (ArithmeticException e) { System.out.println("div: " + e.getMessage()); }
        try { lrem(1, 0); } catch (ArithmeticException e) { System.out.println("lrem: " + e.getMessage()); }
        System.out.println(shl(1, 33) + " " + shr(-16, 34) + " " + ushr(-16, 60) + " " + lshl(1, 65) + " " + lushr(-1L, 127));
        System.out.println(d2i(Double.NaN) + " " + d2i(1e20) + " " + d2i(-1e20) + " " + d2l(Double.NaN) + " " + d2l(1e300) + " " + d2l(-2.7));
        System.out.println(f2i(Float.NaN) + " " + f2i(3e9f) + " " + f2l(-Float.MAX_VALUE) + " " + f2i(-0.9f));
        System.out.println(i2b(200) + " " + (int) i2c(-1) + " " + i2s(40000) + " " + l2i(0x1_0000_0005L));
        double nan = Double.NaN;
        System.out.println(lt(nan, 1) + " " + gt(nan, 1) + " " + ge(Float.NaN, 1f) + " " + eq(nan, nan) + " " + eq(0.0, -0.0));
        System.out.println(cmp(nan, 1) + " " + cmp(0.0, -0.0) + " " + cmp(1, 2));
        System.out.println(drem(5.5, 2) + " " + drem(-5.5, 2) + " " + frem(5.5f, -2f) + " " + drem(1, 0) + " " + drem(Double.POSITIVE_INFINITY, 2));
        System.out.println(lcmp(Long.MIN_VALUE, Long.MAX_VALUE) + " " + lcmp(3, 3));
        int[] a = {10, 20, 30};
        System.out.println(index(a, 2) + " " + length(a));
        try { index(a, 3); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { index(a, -1); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { length(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        System.out.println(sumTo(100000) + " " + flags(5)[2] + " " + flags(5)[3]);
        System.out.println(pick(1) + " " + pick(2) + " " + pick(100) + " " + pick(7));
        System.out.println(fib(25));
    }
}
