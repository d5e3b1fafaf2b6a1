// instanceof: plain checks against classes, interfaces and arrays, null (always false),
// pattern matching instanceof with binding variables (Java 16), negated patterns with
// early return, patterns combined with && conditions, and checkcast after instanceof.
public class InstanceofPatterns {
    interface Shape { }

    record Circle(double r) implements Shape { }

    record Rect(double w, double h) implements Shape { }

    record Group(Shape[] members) implements Shape { }

    static double area(Shape s) {
        if (s instanceof Circle c) {
            return 3 * c.r() * c.r();
        } else if (s instanceof Rect r && r.w() == r.h()) {
            return r.w() * r.w();
        } else if (s instanceof Rect r) {
            return r.w() * r.h();
        } else if (s instanceof Group g) {
            double total = 0;
            for (Shape m : g.members()) total += area(m);
            return total;
        }
        return -1;
    }

    static String classify(Object o) {
        if (!(o instanceof Number n)) {
            return "not a number: " + (o == null ? "null" : o.getClass().getSimpleName());
        }
        if (n instanceof Integer i && i > 100) return "big int " + i;
        if (n instanceof Integer i) return "int " + (i + 1);
        if (n instanceof Long l) return "long " + (l * 2);
        if (n instanceof Double d && !Double.isNaN(d)) return "double " + d / 2;
        return "other number " + n;
    }

    static String arrays(Object o) {
        if (o instanceof int[] ia && ia.length > 0) return "int[] first " + ia[0];
        if (o instanceof int[]) return "empty int[]";
        if (o instanceof String[] sa) return "String[] " + String.join(",", sa);
        if (o instanceof Object[] oa) return "Object[] " + oa.length;
        return "other";
    }

    public static void main(String[] args) {
        Shape[] shapes = { new Circle(1), new Rect(2, 3), new Rect(4, 4), new Group(new Shape[] { new Circle(2), new Rect(1, 1) }) };
        for (Shape s : shapes) System.out.println(s.getClass().getSimpleName() + " area " + area(s));
        Object[] things = { 5, 500, 7L, 2.5, Double.NaN, 1.5f, "text", null, 'c' };
        for (Object t : things) System.out.println(classify(t));
        Object[] arrs = { new int[] { 9, 8 }, new int[0], new String[] { "a", "b" }, new Integer[3], new long[1] };
        for (Object a : arrs) System.out.println(arrays(a));
        Object nothing = null;
        System.out.println("null instanceof Object " + (nothing instanceof Object) + " String " + (nothing instanceof String));
        Object str = "hello";
        System.out.println("plain " + (str instanceof String) + " " + (str instanceof CharSequence) + " " + (str instanceof Comparable)
                + " " + (str instanceof Number));
        if (str instanceof String s && s.length() == 5) {
            System.out.println("bound " + s.toUpperCase());
        }
        Object sb = new StringBuilder("sb");
        if (sb instanceof CharSequence cs) System.out.println("CharSequence length " + cs.length() + " charAt " + cs.charAt(1));
        int count = 0;
        for (Object t : things) if (t instanceof Comparable<?>) count++;
        System.out.println("comparables " + count);
    }
}
