// Inheritance: abstract classes and methods, polymorphic dispatch through base class
// references and arrays, super.method() calls across three levels, final methods,
// protected access, constructors calling super with arguments, and toString overriding.
public class Inheritance {
    static abstract class Shape {
        private static int count = 0;
        protected final String name;

        Shape(String name) {
            this.name = name;
            count++;
        }

        abstract double area();

        double perimeter() {
            return 0;
        }

        final String describe() {
            return name + " area=" + area() + " perimeter=" + perimeter();
        }

        @Override
        public String toString() {
            return "Shape(" + name + ")";
        }

        static int count() {
            return count;
        }
    }

    static class Rect extends Shape {
        final double w, h;

        Rect(double w, double h) {
            this("rect", w, h);
        }

        protected Rect(String name, double w, double h) {
            super(name);
            this.w = w;
            this.h = h;
        }

        @Override
        double area() {
            return w * h;
        }

        @Override
        double perimeter() {
            return 2 * (w + h);
        }
    }

    static class Square extends Rect {
        Square(double side) {
            super("square", side, side);
        }

        @Override
        public String toString() {
            return "Square[" + w + "] from " + super.toString();
        }
    }

    static class Circle extends Shape {
        final double r;

        Circle(double r) {
            super("circle");
            this.r = r;
        }

        @Override
        double area() {
            return 3 * r * r;
        }
    }

    static class A {
        String who() { return "A"; }
        String chain() { return "A.chain"; }
        String callWho() { return "A.callWho->" + who(); }
    }

    static class B extends A {
        @Override String who() { return "B"; }
        @Override String chain() { return "B.chain>" + super.chain(); }
    }

    static class C extends B {
        @Override String who() { return "C"; }
        @Override String chain() { return "C.chain>" + super.chain(); }
        String superWho() { return super.who(); }
    }

    public static void main(String[] args) {
        Shape[] shapes = { new Rect(2, 3), new Square(4), new Circle(1.5), new Rect(0.5, 0.25) };
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s.describe() + " | " + s);
            total += s.area();
        }
        System.out.println("total area " + total + " count " + Shape.count());
        A[] as = { new A(), new B(), new C() };
        for (A a : as) {
            System.out.println(a.who() + " " + a.chain() + " " + a.callWho());
        }
        System.out.println("super.who from C: " + new C().superWho());
        Object o = new Square(1);
        System.out.println("instanceof chain " + (o instanceof Square) + " " + (o instanceof Rect) + " " + (o instanceof Shape)
                + " " + (o instanceof Circle) + " " + (o instanceof Object));
        System.out.println("superclasses " + Square.class.getSuperclass().getSimpleName() + " " + Rect.class.getSuperclass().getSimpleName()
                + " " + Shape.class.getSuperclass().getSimpleName() + " " + Object.class.getSuperclass());
        Rect r = new Square(2);
        Shape s = r;
        System.out.println("static type does not matter: " + s.area() + " " + r.perimeter() + " " + s.perimeter());
    }
}
