// Allocation in hot code: objects and arrays of every element size, fresh memory
// reads as zero, arrays too big for an allocation buffer, and the errors of
// negative sizes, from code that runs often enough to be compiled.
public class CompiledAllocation {
    static final class Point {
        int x;
        long y;
        Object tag;
        Point(int x) { this.x = x; }
    }

    static long sizes(int n) {
        byte[] b = new byte[n];
        char[] c = new char[n + 1];
        short[] s = new short[n + 2];
        int[] i = new int[n + 3];
        long[] l = new long[n + 4];
        double[] d = new double[n + 5];
        Object[] o = new Object[n + 6];
        String[] strings = new String[n % 3];
        long zeros = 0;
        for (int k = 0; k < n; k++) {
            zeros += b[k] + c[k] + s[k] + i[k] + l[k] + (long) d[k] + (o[k] == null ? 0 : 1);
        }
        b[n - 1] = 1;
        l[n] = 7;
        return b.length + c.length + s.length + i.length + l.length + d.length + o.length + strings.length
                + zeros + b[n - 1] + l[n];
    }

    static int makeArray(int n) {
        return new int[n].length;
    }

    public static void main(String[] args) {
        long total = 0;
        for (int round = 1; round <= 30000; round++) {
            total += sizes(1 + round % 50);
            Point p = new Point(round);
            total += p.x + p.y + (p.tag == null ? 1 : 0);
        }
        System.out.println("small arrays and objects: " + total);
        long big = 0;
        for (int round = 0; round < 200; round++) {
            int[] a = new int[20000 + round];
            a[a.length - 1] = round;
            big += a.length + a[a.length - 1];
        }
        System.out.println("big arrays: " + big);
        int made = 0;
        for (int round = 0; round < 20000; round++) made += makeArray(round % 7);
        System.out.println("made: " + made);
        for (int n : new int[] {-1, Integer.MIN_VALUE}) {
            try {
                makeArray(n);
            } catch (NegativeArraySizeException e) {
                System.out.println("caught: " + e);
            }
        }
        try {
            Object[][] grid = new Object[3][-2];
            System.out.println(grid.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("caught: " + e);
        }
        makeArray(-5);
    }
}
