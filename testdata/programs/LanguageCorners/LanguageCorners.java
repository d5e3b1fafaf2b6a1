import java.util.*;
import java.util.function.*;

// Corners of the language that ordinary programs hit without noticing: bridge methods,
// covariant returns, initialization order, captured variables, numeric promotion,
// compound assignment narrowing, finally overriding returns.
public class LanguageCorners {
    static StringBuilder log = new StringBuilder();

    static class Base implements Comparable<Base>, Cloneable {
        static { log.append("Base.clinit "); }
        { log.append("Base.init "); }
        protected int id;
        Base(int id) { this.id = id; log.append("Base(" + id + ") "); describe(); }
        void describe() { log.append("Base.describe "); }
        Base copy() { return new Base(id); }
        public int compareTo(Base o) { return Integer.compare(id, o.id); }
        @Override public Base clone() {
            try { return (Base) super.clone(); } catch (CloneNotSupportedException e) { throw new AssertionError(e); }
        }
        @Override public String toString() { return getClass().getSimpleName() + "#" + id; }
    }

    static class Derived extends Base {
        static { log.append("Derived.clinit "); }
        private String tag = "tagged";
        { log.append("Derived.init "); }
        Derived(int id) { super(id); log.append("Derived(" + id + ") "); }
        @Override void describe() { log.append("Derived.describe(tag=" + tag + ") "); }
        @Override Derived copy() { return new Derived(id * 10); }
    }

    interface Shape { double area(); default String kind() { return "shape"; } }
    interface Named { default String kind() { return "named"; } String name(); }
    static class Square implements Shape, Named {
        final double s;
        Square(double s) { this.s = s; }
        public double area() { return s * s; }
        public String name() { return "square"; }
        public String kind() { return Shape.super.kind() + "+" + Named.super.kind(); }
    }

    static abstract class Animal<T extends Animal<T>> implements Comparable<T> {
        abstract int rank();
        public int compareTo(T o) { return rank() - o.rank(); }
    }
    static class Cat extends Animal<Cat> { final int r; Cat(int r) { this.r = r; } int rank() { return r; } public String toString() { return "Cat" + r; } }

    static class Holder { static final String CONST = "compile-time"; static String dynamic = init(); static String init() { log.append("Holder.clinit "); return "dyn"; } }

    static int finallyWins() {
        int x = 1;
        try { return x; } finally { x = 2; log.append("finally(x=" + x + ") "); }
    }

    @SuppressWarnings("finally")
    static int finallyReturns() {
        try { throw new RuntimeException("lost"); } finally { return 42; }
    }

    static String classify(Object o) {
        return o instanceof Integer i ? (i > 0 ? "pos" : i < 0 ? "neg" : "zero")
            : o instanceof CharSequence cs ? "chars:" + cs.length()
            : o == null ? "null" : o.getClass().getSimpleName();
    }

    public static void main(String[] args) {
        Base b = new Derived(7);
        System.out.println(log);
        log.setLength(0);
        Base c = b.copy();
        System.out.println(c + " " + (c instanceof Derived) + " | " + log);
        log.setLength(0);
        Base cl = b.clone();
        System.out.println(cl + " " + (cl != b) + " " + cl.getClass().getSimpleName() + " " + log.length());
        List<Base> list = new ArrayList<>(List.of(new Base(3), new Derived(1), new Base(2)));
        Collections.sort(list);
        log.setLength(0);
        System.out.println(list + " " + Collections.max(list));
        Comparable<Base> cmp = list.get(0);
        System.out.println(cmp.compareTo(list.get(2)));

        Square sq = new Square(1.5);
        Shape sh = sq;
        System.out.println(sh.area() + " " + sh.kind() + " " + ((Named) sh).name());
        List<Cat> cats = new ArrayList<>(List.of(new Cat(3), new Cat(1), new Cat(2)));
        Collections.sort(cats);
        System.out.println(cats);

        System.out.println(Holder.CONST + " " + log + "| " + Holder.dynamic + " " + log);
        log.setLength(0);
        System.out.println(finallyWins() + " " + log + finallyReturns());

        // numeric promotion and conversions
        byte bt = 120; bt += 10; short sh2 = 32767; sh2++; char ch = 'z'; ch += 1; int big = Integer.MAX_VALUE; big += 1.5;
        long lg = 1L << 62; lg *= 4; float f = 16777216f; f += 1; double dd = 0.1 * 3;
        System.out.println(bt + " " + sh2 + " " + (int) ch + " " + big + " " + lg + " " + f + " " + dd + " " + (dd == 0.3) + " " + (float) dd + " " + (0.1f + 0.2f));
        int ii = 5; ii = ii++ + ++ii; int jj = 10; jj -= jj++ - --jj;
        System.out.println(ii + " " + jj + " " + (-7 / 2) + " " + (-7 % 2) + " " + (7 / -2) + " " + (1 << -1) + " " + (1L << 65) + " " + (-1 >>> 33) + " " + (byte) 0x80 + " " + (char) -1 + 0);
        System.out.println((0.0 == -0.0) + " " + Double.valueOf(0.0).equals(-0.0) + " " + (Double.NaN != Double.NaN) + " " + Double.compare(Double.NaN, Double.POSITIVE_INFINITY)
            + " " + Math.min(-0.0, 0.0) + " " + (int) Float.NaN + " " + (long) Double.POSITIVE_INFINITY + " " + (short) 1e10 + " " + (char) 65.9 + " " + 'a' + 1 + " " + (char) ('a' + 1));
        Integer nullInt = null;
        try {
            int bad = true ? nullInt : 0;
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("NPE from unboxing in ?:");
        }
        Object o = true ? 1 : "x";
        Object o2 = true ? 1 : 2.0;
        System.out.println(o.getClass().getSimpleName() + " " + o2 + " " + o2.getClass().getSimpleName());

        // captured variables and closures
        List<Supplier<String>> suppliers = new ArrayList<>();
        for (int i = 0; i < 3; i++) { final int k = i; suppliers.add(() -> "s" + k); }
        int[] counter = {0};
        Runnable inc = () -> counter[0]++;
        inc.run(); inc.run();
        StringBuilder joined = new StringBuilder();
        for (Supplier<String> s : suppliers) joined.append(s.get());
        System.out.println(joined + " " + counter[0]);
        Function<Integer, Function<Integer, Integer>> adder = x -> y -> x + y;
        BinaryOperator<UnaryOperator<Integer>> compose = (g, h) -> x -> h.apply(g.apply(x));
        System.out.println(adder.apply(3).apply(4) + " " + compose.apply(x -> x * 2, x -> x + 1).apply(5));

        // local classes, enums, records, interfaces
        enum Level { LOW, MID, HIGH; Level up() { return values()[Math.min(ordinal() + 1, values().length - 1)]; } }
        record Reading(String sensor, double value, Level level) {}
        interface Check { boolean ok(Reading r); }
        Check hot = r -> r.value() > 30;
        List<Reading> readings = List.of(new Reading("a", 12.5, Level.LOW), new Reading("b", 31.0, Level.MID), new Reading("c", 45.25, Level.HIGH));
        for (Reading r : readings) System.out.print(r.sensor() + (hot.ok(r) ? "!" : "") + r.level().up() + " ");
        System.out.println();
        class Counter { int n; void hit() { n++; } }
        Counter cnt = new Counter();
        readings.forEach(r -> { if (r.level() != Level.LOW) cnt.hit(); });
        System.out.println(cnt.n + " " + readings.get(1) + " " + Level.valueOf("HIGH").compareTo(Level.LOW));

        for (Object x : new Object[] {5, -3, 0, "hello", new StringBuilder("ab"), null, 2.5, new int[0]}) System.out.print(classify(x) + " ");
        System.out.println();

        // arrays: covariance, clone, equality, multi-dim defaults
        Object[] objs = new String[] {"x", "y"};
        try { objs[0] = 1; } catch (ArrayStoreException e) { System.out.println("ArrayStoreException " + e.getMessage()); }
        int[][] m = {{1, 2}, {3}};
        int[][] mc = m.clone();
        mc[1] = new int[] {9, 9};
        mc[0][0] = 100;
        System.out.println(Arrays.deepToString(m) + " " + Arrays.deepToString(mc) + " " + Arrays.equals(m, mc) + " " + new boolean[2][3][1].length + " " + new String[2][2][0].length);

        // string identity and interning of constants
        String s1 = "hel" + "lo", s2 = "hello", s3 = new String("hello");
        String part = "hel";
        String s4 = part + "lo";
        System.out.println((s1 == s2) + " " + (s2 == s3) + " " + (s2 == s3.intern()) + " " + s2.equals(s4) + " " + (s4 == s2));

        // labeled loops with do-while and continue
        int found = 0;
        outer:
        do {
            for (int i = 0; ; i++) {
                if (i % 2 == 0) continue;
                if (i > 7) break outer;
                found += i;
            }
        } while (true);
        System.out.println("found " + found);
    }
}
