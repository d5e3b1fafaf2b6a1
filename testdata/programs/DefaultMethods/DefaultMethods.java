// Default methods: inheritance of defaults, overriding, diamond resolution with an explicit
// Iface.super.m() call, the class-wins rule (a superclass method beats a default), the
// more-specific-interface rule, re-abstracting a default, and static methods on interfaces.
public class DefaultMethods {
    interface Walker {
        default String move() { return "walk"; }
        default String speed() { return "slow"; }
    }

    interface Swimmer {
        default String move() { return "swim"; }
    }

    interface FastWalker extends Walker {
        @Override default String speed() { return "fast"; }
    }

    // must resolve the conflict between Walker.move and Swimmer.move
    static class Duck implements Walker, Swimmer {
        @Override
        public String move() {
            return "duck: " + Walker.super.move() + "+" + Swimmer.super.move();
        }
    }

    // FastWalker.speed is more specific than Walker.speed
    static class Runner implements Walker, FastWalker { }

    static class Animal {
        public String move() { return "animal move"; }
    }

    // class wins over interface default
    static class Frog extends Animal implements Swimmer { }

    interface Abstracted extends Walker {
        @Override String move();
    }

    static class Robot implements Abstracted {
        public String move() { return "roll, not " + Abstracted.super.speed(); }
    }

    interface Counter {
        int count();

        default int twice() { return 2 * count(); }

        default int plus(int n) { return count() + n; }

        static Counter constant(int v) { return () -> v; }
    }

    static class Fixed implements Counter {
        public int count() { return 21; }

        @Override public int plus(int n) { return Counter.super.plus(n) * 10; }
    }

    interface Greeter {
        default String greet(String who) { return prefix() + who; }

        private String prefix() { return "Hello, "; }
    }

    static class Formal implements Greeter {
        public String greet(String who) { return Greeter.super.greet("Dr. " + who); }
    }

    public static void main(String[] args) {
        System.out.println(new Duck().move() + " / speed " + new Duck().speed());
        System.out.println("runner " + new Runner().move() + " " + new Runner().speed());
        Walker w = new Runner();
        System.out.println("runner as Walker " + w.speed());
        System.out.println("frog " + new Frog().move());
        Swimmer s = new Frog();
        System.out.println("frog as Swimmer " + s.move());
        System.out.println("robot " + new Robot().move());
        Counter c = new Fixed();
        System.out.println("fixed " + c.count() + " " + c.twice() + " " + c.plus(1));
        Counter k = Counter.constant(4);
        System.out.println("constant " + k.count() + " " + k.twice() + " " + k.plus(3));
        System.out.println(new Formal().greet("Who") + " / " + new Greeter() { }.greet("World"));
    }
}
