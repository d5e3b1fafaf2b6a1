// Fields are not virtual: a subclass field with the same name hides the superclass field,
// the static type of the reference picks the field, super.field reaches the hidden one,
// static fields are hidden the same way, and static methods are hidden, not overridden.
public class FieldHiding {
    static class Base {
        String name = "base-field";
        static String kind = "base-static";
        int value = 1;

        String name() { return name; }

        static String staticWho() { return "Base.staticWho"; }

        String callStatic() { return staticWho(); }
    }

    static class Derived extends Base {
        String name = "derived-field";
        static String kind = "derived-static";
        long value = 2;

        @Override
        String name() { return name; }

        String superName() { return super.name; }

        static String staticWho() { return "Derived.staticWho"; }

        long both() { return value + super.value; }
    }

    static class Counter {
        int count;
        static int total;

        void inc() {
            count++;
            total++;
        }
    }

    public static void main(String[] args) {
        Derived d = new Derived();
        Base b = d;
        System.out.println("d.name " + d.name + " | b.name " + b.name);
        System.out.println("d.name() " + d.name() + " | b.name() " + b.name());
        System.out.println("superName " + d.superName() + " | ((Base) d).name " + ((Base) d).name);
        System.out.println("d.value " + d.value + " | b.value " + b.value + " | both " + d.both());
        System.out.println("static kind " + Base.kind + " " + Derived.kind);
        System.out.println("static methods " + Base.staticWho() + " " + Derived.staticWho() + " callStatic " + d.callStatic());
        d.name = "changed";
        b.name = "base changed";
        System.out.println("after assignment d.name " + d.name + " superName " + d.superName());
        Counter c1 = new Counter(), c2 = new Counter();
        c1.inc();
        c1.inc();
        c2.inc();
        System.out.println("counts " + c1.count + " " + c2.count + " total " + Counter.total);
        Counter.total = 100;
        c1.inc();
        System.out.println("total after set " + Counter.total);
    }
}
