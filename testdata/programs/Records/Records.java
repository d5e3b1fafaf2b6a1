// Records: generated toString/equals/hashCode (ObjectMethods bootstrap), accessors,
// compact constructors with validation and normalization, canonical constructor override,
// extra constructors, static fields and methods, records implementing interfaces, nested
// records, records with array and double components, and hashCode values of records.
public class Records {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);

        static Point of(int v) {
            return new Point(v, v);
        }

        Point plus(Point o) {
            return new Point(x + o.x, y + o.y);
        }

        double dist() {
            return Math.sqrt(x * x + y * y);
        }
    }

    record Person(String name, int age) {
        Person {
            if (age < 0) throw new IllegalArgumentException("age must be >= 0, got " + age);
            name = name.trim();
        }

        Person(String name) {
            this(name, 0);
        }
    }

    record Range(int lo, int hi) {
        Range(int lo, int hi) {
            this.lo = Math.min(lo, hi);
            this.hi = Math.max(lo, hi);
        }

        int length() {
            return hi - lo;
        }
    }

    interface Shape {
        double area();
    }

    record Circle(double r) implements Shape {
        public double area() {
            return 3.0 * r * r;
        }
    }

    record Line(Point from, Point to) { }

    record Tagged(String tag, long id, boolean flag, char c, double weight, float f, byte b, short s) { }

    record Holder(int[] data) { }

    record Empty() { }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p + " x=" + p.x() + " y=" + p.y() + " dist=" + p.dist());
        System.out.println("equals " + p.equals(new Point(3, 4)) + " " + p.equals(new Point(4, 3)) + " " + p.equals(null) + " " + p.equals("x"));
        System.out.println("hashCode " + p.hashCode() + " " + new Point(3, 4).hashCode() + " " + Point.ORIGIN.hashCode() + " " + Point.of(-1).hashCode());
        System.out.println("plus " + p.plus(Point.of(10)) + " origin " + Point.ORIGIN);
        Person alice = new Person("  Alice ", 30);
        System.out.println(alice + " name=[" + alice.name() + "] hash " + alice.hashCode());
        System.out.println(new Person("Bob") + " hash " + new Person("Bob").hashCode());
        try {
            new Person("Eve", -1);
        } catch (IllegalArgumentException e) {
            System.out.println("invalid: " + e.getMessage());
        }
        Range r = new Range(9, 2);
        System.out.println(r + " length " + r.length() + " equals " + r.equals(new Range(2, 9)));
        Shape s = new Circle(2);
        System.out.println(s + " area " + s.area());
        Line line = new Line(p, Point.ORIGIN);
        System.out.println(line + " hash " + line.hashCode() + " equals " + line.equals(new Line(new Point(3, 4), new Point(0, 0))));
        Tagged t = new Tagged("tag", 1L << 40, true, 'z', 2.5, 0.5f, (byte) -1, (short) 300);
        System.out.println(t);
        System.out.println("tagged hash " + t.hashCode() + " equals " + t.equals(new Tagged("tag", 1L << 40, true, 'z', 2.5, 0.5f, (byte) -1, (short) 300)));
        Tagged nullTag = new Tagged(null, 0, false, 'a', -0.0, Float.NaN, (byte) 0, (short) 0);
        System.out.println(nullTag + " hash " + nullTag.hashCode());
        System.out.println("NaN component equals itself " + nullTag.equals(new Tagged(null, 0, false, 'a', -0.0, Float.NaN, (byte) 0, (short) 0))
                + " -0.0 vs 0.0 " + nullTag.equals(new Tagged(null, 0, false, 'a', 0.0, Float.NaN, (byte) 0, (short) 0)));
        int[] data = { 1, 2 };
        Holder h1 = new Holder(data), h2 = new Holder(data), h3 = new Holder(new int[] { 1, 2 });
        System.out.println("array component equals by identity " + h1.equals(h2) + " " + h1.equals(h3));
        System.out.println(new Empty() + " hash " + new Empty().hashCode() + " equals " + new Empty().equals(new Empty()));
        System.out.println("isRecord " + Point.class.isRecord() + " super " + Point.class.getSuperclass().getName());
    }
}
