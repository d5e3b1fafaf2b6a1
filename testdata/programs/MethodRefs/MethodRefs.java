// Method references: static (Integer::parseInt), bound instance (str::concat), unbound
// instance (String::length), constructor (Point::new), array constructor (int[]::new),
// super::method and this::method, references to overloaded and varargs methods, and
// boxing/unboxing/widening adaptation by the metafactory.
public class MethodRefs {
    interface Parser {
        int parse(String s);
    }

    interface StrFunc {
        String apply(String s);
    }

    interface ToInt<T> {
        int apply(T t);
    }

    interface Maker<T> {
        T make(int x, int y);
    }

    interface ArrayMaker {
        int[] make(int n);
    }

    interface Supplier<T> {
        T get();
    }

    interface BiFunc<A, B, R> {
        R apply(A a, B b);
    }

    interface LongFromInt {
        long apply(int x);
    }

    interface ObjFromInt {
        Object apply(int x);
    }

    static class Point {
        final int x, y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        Point() {
            this(-1, -1);
        }

        @Override
        public String toString() {
            return "Point(" + x + "," + y + ")";
        }
    }

    static class Base {
        String hello() {
            return "Base.hello";
        }
    }

    static class Derived extends Base {
        @Override
        String hello() {
            return "Derived.hello";
        }

        Supplier<String> superRef() {
            return super::hello;
        }

        Supplier<String> thisRef() {
            return this::hello;
        }
    }

    static int square(int x) {
        return x * x;
    }

    static String joinAll(String... parts) {
        return String.join("+", parts);
    }

    public static void main(String[] args) {
        Parser p = Integer::parseInt;
        System.out.println("parse " + (p.parse("123") + 1));
        String greeting = "Hello, ";
        StrFunc bound = greeting::concat;
        System.out.println("bound " + bound.apply("World"));
        ToInt<String> len = String::length;
        System.out.println("unbound " + len.apply("four"));
        StrFunc upper = String::toUpperCase;
        System.out.println("unbound String method " + upper.apply("shout"));
        Maker<Point> mk = Point::new;
        System.out.println("constructor " + mk.make(2, 3));
        Supplier<Point> noArg = Point::new;
        System.out.println("no-arg constructor " + noArg.get());
        ArrayMaker am = int[]::new;
        int[] made = am.make(4);
        System.out.println("array constructor length " + made.length);
        Derived d = new Derived();
        System.out.println("super ref " + d.superRef().get() + " this ref " + d.thisRef().get());
        ToInt<Integer> sq = MethodRefs::square;
        System.out.println("unboxing adaptation " + sq.apply(9));
        LongFromInt widen = MethodRefs::square;
        System.out.println("widening adaptation " + widen.apply(100000));
        ObjFromInt box = MethodRefs::square;
        Object boxed = box.apply(12);
        System.out.println("boxing adaptation " + boxed + " " + boxed.getClass().getSimpleName());
        BiFunc<String, String, String> v = MethodRefs::joinAll;
        System.out.println("varargs ref " + v.apply("a", "b"));
        BiFunc<String, Integer, Character> charAt = String::charAt;
        System.out.println("charAt ref " + charAt.apply("hello", 1));
        BiFunc<Integer, Integer, Integer> max = Math::max;
        System.out.println("overloaded Math::max " + max.apply(3, 9));
        Supplier<String> ts = d::toString;
        System.out.println("bound toString is Object's: " + (ts.get().startsWith("MethodRefs$Derived@")));
        String nothing = null;
        try {
            StrFunc bad = nothing::concat;
            System.out.println("not reached " + bad);
        } catch (NullPointerException e) {
            System.out.println("bound ref on null receiver: " + e.getClass().getName());
        }
        Runnable r = System.out::println;
        r.run();
        System.out.println("after empty println");
    }
}
