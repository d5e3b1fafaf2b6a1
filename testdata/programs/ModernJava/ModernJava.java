import java.util.*;
import java.util.function.*;
import java.util.stream.*;

// Java 14-17 language features together: records, sealed types, switch expressions,
// text blocks, var, pattern matching for instanceof, enums with bodies, interface statics.
public class ModernJava {
    sealed interface Shape permits Circle, Rect, Triangle {}
    record Circle(double r) implements Shape {}
    record Rect(double w, double h) implements Shape {
        Rect {
            if (w < 0 || h < 0) throw new IllegalArgumentException("negative size: " + w + "x" + h);
        }
        static Rect square(double s) { return new Rect(s, s); }
        double diagonal() { return Math.sqrt(w * w + h * h); }
    }
    non-sealed interface Triangle extends Shape { double base(); double height(); }
    record RightTriangle(double base, double height) implements Triangle {}

    static double area(Shape s) {
        if (s instanceof Circle c) return Math.PI * c.r() * c.r();
        if (s instanceof Rect r && r.w() == r.h()) return r.w() * r.w();
        if (s instanceof Rect r) return r.w() * r.h();
        if (s instanceof Triangle t) return t.base() * t.height() / 2;
        throw new AssertionError();
    }

    enum Op {
        ADD("+") { int apply(int a, int b) { return a + b; } },
        SUB("-") { int apply(int a, int b) { return a - b; } },
        MUL("*") { int apply(int a, int b) { return a * b; } },
        DIV("/") {
            int apply(int a, int b) { return a / b; }
            @Override boolean safe(int b) { return b != 0; }
        };
        final String symbol;
        Op(String symbol) { this.symbol = symbol; }
        abstract int apply(int a, int b);
        boolean safe(int b) { return true; }
    }

    interface Greeter {
        String name();
        default String greet() { return decorate("Hello, " + name()); }
        private String decorate(String s) { return "<" + s + ">"; }
        static Greeter of(String n) { return () -> n; }
    }

    record Pair<A, B>(A first, B second) {
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
    }

    record Point(int x, int y) implements Comparable<Point> {
        static final Point ORIGIN = new Point(0, 0);
        public int compareTo(Point o) { return x != o.x ? Integer.compare(x, o.x) : Integer.compare(y, o.y); }
        Point plus(Point o) { return new Point(x + o.x, y + o.y); }
    }

    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    static String kind(Day d) {
        return switch (d) {
            case SAT, SUN -> "weekend";
            case WED -> {
                String s = "mid";
                yield s + "week";
            }
            default -> "weekday";
        };
    }

    static int daysIn(int month, int year) {
        return switch (month) {
            case 4, 6, 9, 11 -> 30;
            case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
            default -> 31;
        };
    }

    static String describe(Object o) {
        String r;
        if (o instanceof Integer i && i > 10) r = "big int " + i;
        else if (o instanceof Integer i) r = "int " + i;
        else if (o instanceof String s && !s.isEmpty()) r = "string of " + s.length();
        else if (o instanceof int[] arr) r = "int[" + arr.length + "]";
        else if (o instanceof Collection<?> c) r = c.getClass().getSimpleName() + " size " + c.size();
        else r = String.valueOf(o);
        return r;
    }

    public static void main(String[] args) {
        List<Shape> shapes = List.of(new Circle(1.5), new Rect(2, 3), Rect.square(4), new RightTriangle(3, 4));
        for (Shape s : shapes) System.out.printf("%s -> %.4f%n", s, area(s));
        System.out.println(new Rect(3, 4).diagonal());
        try {
            new Rect(-1, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("caught: " + e.getMessage());
        }
        System.out.println(new Circle(2).equals(new Circle(2.0)) + " " + (new Circle(2).hashCode() == new Circle(2.0).hashCode())
            + " " + new Circle(0.0).equals(new Circle(-0.0)));
        System.out.println(new Pair<>("a", 1).withSecond(List.of(1, 2)));
        System.out.println(new Pair<>(null, 'x') + " " + new Pair<>(null, 'x').equals(new Pair<>(null, 'x')));

        for (Op op : Op.values())
            System.out.println(op + " " + op.symbol + " " + op.apply(17, 5) + " safe(0)=" + op.safe(0) + " " + op.getDeclaringClass().getSimpleName() + " " + op.ordinal());
        System.out.println(Op.valueOf("MUL").apply(6, 7));
        try { Op.valueOf("MOD"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }

        Greeter g = Greeter.of("world");
        System.out.println(g.greet());
        Greeter anon = new Greeter() {
            public String name() { return "anon"; }
            public String greet() { return Greeter.super.greet().toUpperCase(); }
        };
        System.out.println(anon.greet());

        for (Day d : Day.values()) System.out.print(d.name().charAt(0) + d.name().substring(1).toLowerCase() + "=" + kind(d) + (d == Day.SUN ? "\n" : " "));
        var months = new StringBuilder();
        for (var m = 1; m <= 12; m++) months.append(daysIn(m, 2024)).append(m < 12 ? "," : "");
        System.out.println(months + " / " + daysIn(2, 1900) + " " + daysIn(2, 2000));

        var text = """
            Dear %s,
              your order #%05d ships on %s.\
             Thanks!
            \tTabbed "quotes" and \\backslash
            trailing\s
            """.formatted("Ada", 42, Day.FRI);
        System.out.print(text);
        System.out.println(text.lines().map(String::length).collect(Collectors.toList()));

        Object[] things = {5, 50, "hey", "", new int[3], new ArrayList<>(List.of(1, 2)), null, 2.5};
        for (Object o : things) System.out.println(describe(o));

        var points = new TreeSet<Point>();
        for (int i = 0; i < 6; i++) points.add(new Point(i % 3, (i * 7) % 4));
        System.out.println(points);
        System.out.println(points.stream().reduce(Point.ORIGIN, Point::plus));
        Map<Point, String> names = new HashMap<>();
        names.put(new Point(1, 2), "p12");
        System.out.println(names.get(new Point(1, 2)) + " " + new Point(1, 2).hashCode());

        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        Function<Integer, Integer> twice = x -> x * 2;
        System.out.println(add.andThen(twice).apply(3, 4));
        Supplier<List<String>> sup = ArrayList::new;
        List<String> ls = sup.get();
        ls.add("z");
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println(ls.stream().map(up).collect(Collectors.joining()));
        String day = "TUE";
        int num = switch (day) { case "MON" -> 1; case "TUE" -> 2; default -> { yield day.length(); } };
        System.out.println(num);
        char grade = 'B';
        switch (grade) {
            case 'A':
                System.out.println("excellent");
            case 'B':
                System.out.println("good");
            case 'C':
                System.out.println("ok (fallthrough)");
                break;
            default:
                System.out.println("unreached");
        }
    }
}
