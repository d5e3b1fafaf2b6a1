// Inner (non-static) classes: implicit outer instance, Outer.this, creating inner objects
// with outer.new Inner(), inner classes of inner classes, static nested classes, shadowed
// names, and inner classes extending other inner classes.
public class InnerClasses {
    private int counter = 0;
    private final String id;
    String shadow = "outer-shadow";

    InnerClasses(String id) {
        this.id = id;
    }

    class Inner {
        final int serial;
        String shadow = "inner-shadow";

        Inner() {
            serial = ++counter;
        }

        String describe() {
            return "Inner#" + serial + " of " + id + " (outer counter " + counter + ")";
        }

        String shadows(String shadow) {
            return shadow + " / " + this.shadow + " / " + InnerClasses.this.shadow;
        }

        class Deeper {
            String where() {
                return "Deeper in Inner#" + serial + " in " + id;
            }
        }
    }

    class SpecialInner extends Inner {
        @Override
        String describe() {
            return "Special " + super.describe();
        }
    }

    static class Nested {
        private final int value;

        Nested(int value) {
            this.value = value;
        }

        int doubled() {
            return value * 2;
        }

        static class MoreNested {
            String hello() {
                return "hello from MoreNested";
            }
        }
    }

    Inner make() {
        return new Inner();
    }

    public static void main(String[] args) {
        InnerClasses a = new InnerClasses("A");
        InnerClasses b = new InnerClasses("B");
        InnerClasses.Inner a1 = a.new Inner();
        InnerClasses.Inner a2 = a.make();
        InnerClasses.Inner b1 = b.new Inner();
        System.out.println(a1.describe());
        System.out.println(a2.describe());
        System.out.println(b1.describe());
        System.out.println(a1.shadows("param-shadow"));
        InnerClasses.Inner.Deeper deeper = a2.new Deeper();
        System.out.println(deeper.where());
        Inner special = a.new SpecialInner();
        System.out.println(special.describe());
        System.out.println("a counter " + a.counter + " b counter " + b.counter);
        Nested n = new Nested(21);
        System.out.println("nested " + n.doubled() + " private field " + n.value);
        System.out.println(new Nested.MoreNested().hello());
        System.out.println("names " + Inner.class.getName() + " " + Inner.Deeper.class.getName() + " " + Nested.MoreNested.class.getName());
        System.out.println("simple names " + Inner.class.getSimpleName() + " " + Inner.Deeper.class.getSimpleName());
        System.out.println("enclosing " + Inner.class.getEnclosingClass().getName() + " " + Inner.Deeper.class.getDeclaringClass().getSimpleName());
        System.out.println("member " + Inner.class.isMemberClass() + " local " + Inner.class.isLocalClass() + " anonymous " + Inner.class.isAnonymousClass());
    }
}
