// Instance initialization order: superclass constructor first, then field initializers
// and instance initializer blocks in textual order, then the constructor body;
// this(...) chaining runs initializers once; a virtual call from the superclass
// constructor sees the subclass fields still at their default values.
public class InstanceInit {
    static StringBuilder trace = new StringBuilder();

    static int note(String s, int v) {
        trace.append(s).append(' ');
        return v;
    }

    static class Parent {
        int p1 = note("Parent.p1", 1);
        {
            note("Parent.block", 0);
        }
        int p2;

        Parent() {
            this(note("Parent()->this(int)", 2));
            note("Parent() body", 0);
        }

        Parent(int p2) {
            super();
            this.p2 = p2;
            note("Parent(int) body", 0);
            describe();
        }

        void describe() {
            note("Parent.describe", 0);
        }
    }

    static class Child extends Parent {
        int c1 = note("Child.c1", 10);
        String name = "child";
        final int fin;
        {
            note("Child.block1", 0);
        }
        int c2 = c1 * 2;
        {
            note("Child.block2 c2=" + c2, 0);
        }

        Child() {
            note("Child() body", 0);
            fin = 99;
        }

        Child(int x) {
            super(x);
            note("Child(int) body", 0);
            fin = x;
        }

        @Override
        void describe() {
            note("Child.describe(c1=" + c1 + ",name=" + name + ",fin=" + fin + ")", 0);
        }
    }

    static class Defaults {
        boolean z;
        byte b;
        short s;
        char c;
        int i;
        long l;
        float f;
        double d;
        Object o;
        int[] arr;
    }

    static class Counter {
        static int created = 0;
        final int id = ++created;
    }

    public static void main(String[] args) {
        Child a = new Child();
        System.out.println("new Child(): " + trace);
        System.out.println("  fields p1=" + a.p1 + " p2=" + a.p2 + " c1=" + a.c1 + " c2=" + a.c2 + " fin=" + a.fin + " name=" + a.name);
        trace.setLength(0);
        Child b = new Child(5);
        System.out.println("new Child(5): " + trace);
        System.out.println("  fields p1=" + b.p1 + " p2=" + b.p2 + " fin=" + b.fin);
        Defaults d = new Defaults();
        System.out.println("defaults " + d.z + " " + d.b + " " + d.s + " " + (int) d.c + " " + d.i + " " + d.l + " " + d.f + " " + d.d + " "
                + d.o + " " + d.arr);
        Counter c1 = new Counter(), c2 = new Counter(), c3 = new Counter();
        System.out.println("counter ids " + c1.id + " " + c2.id + " " + c3.id + " created " + Counter.created);
        try {
            new Thrower();
        } catch (IllegalStateException e) {
            System.out.println("constructor threw: " + e.getMessage() + " trace: " + trace);
        }
    }

    static class Thrower {
        int x = note("Thrower.x", 1);

        Thrower() {
            if (x == 1) throw new IllegalStateException("refuse to construct");
        }
    }
}
