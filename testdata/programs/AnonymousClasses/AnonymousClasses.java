// Anonymous classes: implementing interfaces and extending (abstract) classes, with
// constructor arguments, instance initializer blocks, fields, captured locals and
// parameters, access to the enclosing instance, and their generated names (Outer$1 ...).
public class AnonymousClasses {
    interface Greeter {
        String greet(String who);
    }

    static abstract class Counter {
        protected int count;

        Counter(int start) {
            count = start;
        }

        abstract int next();
    }

    private String greeting = "Hello";

    Greeter politeGreeter(final String suffix) {
        return new Greeter() {
            int uses = 0;

            @Override
            public String greet(String who) {
                uses++;
                return greeting + ", " + who + suffix + " (use " + uses + ")";
            }
        };
    }

    static Counter stepper(int start, int step) {
        return new Counter(start) {
            {
                count += 1000;
            }

            @Override
            int next() {
                count += step;
                return count;
            }
        };
    }

    public static void main(String[] args) {
        AnonymousClasses outer = new AnonymousClasses();
        Greeter g = outer.politeGreeter("!");
        System.out.println(g.greet("Ann"));
        System.out.println(g.greet("Bob"));
        outer.greeting = "Hi";
        System.out.println(g.greet("Cid"));
        Counter c = stepper(5, 3);
        System.out.println("counter " + c.next() + " " + c.next() + " " + c.next());
        Runnable r = new Runnable() {
            @Override
            public void run() {
                System.out.println("anonymous Runnable ran");
            }
        };
        r.run();
        Object o = new Object() {
            @Override
            public String toString() {
                return "anonymous Object with toString";
            }
        };
        System.out.println(o);
        Comparable<String> byLength = new Comparable<String>() {
            @Override
            public int compareTo(String other) {
                return Integer.compare(5, other.length());
            }
        };
        System.out.println("compare " + byLength.compareTo("abc") + " " + byLength.compareTo("abcde") + " " + byLength.compareTo("abcdefg"));
        System.out.println("names " + g.getClass().getName() + " " + c.getClass().getName() + " " + r.getClass().getName() + " "
                + o.getClass().getName());
        System.out.println("simple name [" + r.getClass().getSimpleName() + "] anonymous " + r.getClass().isAnonymousClass()
                + " super " + c.getClass().getSuperclass().getSimpleName());
        Greeter[] many = new Greeter[3];
        for (int i = 0; i < many.length; i++) {
            final int n = i;
            many[i] = new Greeter() {
                public String greet(String who) {
                    return who + "#" + n;
                }
            };
        }
        for (Greeter each : many) System.out.println(each.greet("x") + " same class " + (each.getClass() == many[0].getClass()));
    }
}
