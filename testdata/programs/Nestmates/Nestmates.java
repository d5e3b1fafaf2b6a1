// Nestmates (Java 11+): an outer class and its nested classes access each other's private
// fields, methods and constructors directly (no synthetic accessors), including private
// static members and private members of a sibling nested class.
public class Nestmates {
    private int secret = 42;
    private static String staticSecret = "outer static secret";

    private String whisper(String s) {
        return "outer whispers " + s;
    }

    private static int twice(int x) {
        return 2 * x;
    }

    private Nestmates() { }

    private Nestmates(int secret) {
        this.secret = secret;
    }

    class Inner {
        private int innerSecret = 7;

        private String peek() {
            secret++;
            return "inner sees secret=" + secret + " and " + whisper("to inner") + " and " + staticSecret + " twice=" + twice(secret);
        }
    }

    static class Sibling {
        private final String tag;

        private Sibling(String tag) {
            this.tag = tag;
        }

        private String readOther(Inner in) {
            in.innerSecret += 100;
            return "sibling " + tag + " reads inner's private " + in.innerSecret;
        }

        private static Nestmates makeOuter() {
            return new Nestmates(1000);
        }
    }

    interface Hidden {
        private String hidden() {
            return "private interface method";
        }

        default String reveal() {
            return hidden();
        }
    }

    public static void main(String[] args) {
        Nestmates outer = new Nestmates();
        Inner in = outer.new Inner();
        System.out.println(in.peek());
        System.out.println(in.peek());
        System.out.println("outer reads inner private " + in.innerSecret);
        Sibling s = new Sibling("S");
        System.out.println(s.readOther(in));
        System.out.println("outer reads sibling private " + s.tag);
        Nestmates other = Sibling.makeOuter();
        System.out.println("private constructor via sibling: secret=" + other.secret);
        staticSecret = "changed";
        System.out.println(other.new Inner().peek());
        System.out.println(new Hidden() { }.reveal());
        System.out.println("nest host of Inner: " + Inner.class.getNestHost().getName() + " same nest "
                + Sibling.class.isNestmateOf(Nestmates.class));
        // a lambda in the outer class calls a private method
        Runnable r = () -> System.out.println("lambda calls private: " + twice(21) + " " + outer.whisper("to lambda"));
        r.run();
    }
}
