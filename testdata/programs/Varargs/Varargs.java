// Varargs: zero, one and many arguments, passing an array directly, null as the array
// vs as an element, primitive varargs, varargs after fixed parameters, varargs of
// Object receiving primitives (boxing), and nested varargs calls.
public class Varargs {
    static int sum(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }

    static String count(Object... os) {
        return os == null ? "null array" : os.length + " args";
    }

    static String format(String sep, Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append(sep);
            sb.append(parts[i]);
        }
        return sb.toString();
    }

    static double avg(double first, double... rest) {
        double s = first;
        for (double r : rest) s += r;
        return s / (1 + rest.length);
    }

    static long longs(long... ls) {
        long p = 1;
        for (long l : ls) p *= l;
        return p;
    }

    static String chars(char... cs) {
        return new String(cs);
    }

    static String types(Object... os) {
        StringBuilder sb = new StringBuilder();
        for (Object o : os) sb.append(o == null ? "null" : o.getClass().getSimpleName()).append(' ');
        return sb.toString().trim();
    }

    static int depth(int n, String... trail) {
        if (n == 0) return trail.length;
        String[] next = new String[trail.length + 1];
        System.arraycopy(trail, 0, next, 0, trail.length);
        next[trail.length] = "level" + n;
        return depth(n - 1, next);
    }

    public static void main(String[] args) {
        System.out.println("sum() " + sum() + " sum(1) " + sum(1) + " sum(1..5) " + sum(1, 2, 3, 4, 5) + " array " + sum(new int[] { 10, 20 }));
        System.out.println("count() " + count() + " count(1,2) " + count(1, 2));
        System.out.println("count(null) " + count((Object[]) null) + " count((Object) null) " + count((Object) null));
        System.out.println("count(array) " + count(new Object[] { 1, 2, 3 }) + " count(String[]) " + count((Object[]) new String[] { "a", "b" })
                + " count(int[]) " + count(new int[] { 1, 2, 3 }));
        System.out.println("format " + format(", ", "a", 1, 2.5, 'c', true, null, 10L));
        System.out.println("format empty [" + format("-") + "]");
        System.out.println("avg " + avg(1) + " " + avg(1, 2) + " " + avg(1, 2, 3, 4));
        System.out.println("longs " + longs(1L << 20, 1L << 20, 3));
        System.out.println("chars " + chars('v', 'a', 'r') + " empty [" + chars() + "]");
        System.out.println("types " + types(1, 1L, 1f, 1.0, (short) 1, (byte) 1, 'x', false, "s", null, new int[0]));
        System.out.println("depth " + depth(5));
        System.out.println("String.join varargs " + String.join("/", "x", "y", "z"));
        Object[] arr = { "p", "q" };
        System.out.println("array passed as Object " + count((Object) arr) + " as array " + count(arr));
    }
}
