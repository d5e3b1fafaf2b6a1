// Local classes declared inside methods: capturing effectively-final locals and
// parameters, local classes with constructors and static-context variants, local
// records/enums/interfaces, recursion with local classes, and their names (Outer$1Local).
public class LocalClasses {
    int base = 100;

    int compute(int factor) {
        int offset = 7;
        class Scaler {
            final int extra;

            Scaler(int extra) {
                this.extra = extra;
            }

            int scale(int x) {
                return x * factor + offset + extra + base;
            }
        }
        Scaler s1 = new Scaler(1), s2 = new Scaler(2);
        return s1.scale(10) + s2.scale(20);
    }

    static String staticContext(String prefix) {
        class Joiner {
            String join(String... parts) {
                StringBuilder sb = new StringBuilder(prefix);
                for (String p : parts) sb.append(p).append(prefix);
                return sb.toString();
            }
        }
        return new Joiner().join("a", "b", "c");
    }

    static int fib(int n) {
        class Memo {
            final long[] table = new long[n + 1];

            long get(int k) {
                if (k < 2) return k;
                if (table[k] != 0) return table[k];
                return table[k] = get(k - 1) + get(k - 2);
            }
        }
        return (int) new Memo().get(n);
    }

    static String localTypes() {
        record Pair(String left, int right) { }
        enum Level { LOW, HIGH }
        interface Check {
            boolean ok(int v);
        }
        Check positive = v -> v > 0;
        Pair p = new Pair("x", 3);
        return p + " " + Level.HIGH + " " + Level.valueOf("LOW").ordinal() + " " + positive.ok(p.right());
    }

    public static void main(String[] args) {
        LocalClasses lc = new LocalClasses();
        System.out.println("compute(3) " + lc.compute(3));
        lc.base = 0;
        System.out.println("compute(-1) " + lc.compute(-1));
        System.out.println("staticContext " + staticContext("/"));
        System.out.println("fib(40) " + fib(40));
        System.out.println("localTypes " + localTypes());
        class Point {
            final int x, y;

            Point(int x, int y) {
                this.x = x;
                this.y = y;
            }

            @Override
            public String toString() {
                return "Point(" + x + "," + y + ")";
            }
        }
        Point[] pts = new Point[4];
        for (int i = 0; i < pts.length; i++) pts[i] = new Point(i, i * i);
        StringBuilder sb = new StringBuilder();
        for (Point p : pts) sb.append(p).append(' ');
        System.out.println(sb);
        System.out.println("name " + Point.class.getName() + " simple " + Point.class.getSimpleName() + " local " + Point.class.isLocalClass());
    }
}
