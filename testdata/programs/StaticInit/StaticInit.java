// Class initialization order: superclass before subclass, static initializers and static
// field initializers in textual order, triggers (new, static method call, static field
// get/put, subclass init) and non-triggers (compile-time constants, class literals, array
// creation, access to a superclass field through a subclass), interface initialization
// (only when a non-constant field is read, or, for interfaces with default methods, when
// an implementing class is initialized), and initialization happening only once.
public class StaticInit {
    static int log(String s) {
        System.out.println("  init: " + s);
        return s.length();
    }

    static class Base {
        static int baseField = log("Base.baseField");
        static {
            log("Base static block");
        }
        static final int CONSTANT = 100;
        static final String TEXT = "constant text";
        static final Integer BOXED = log("Base.BOXED (not a constant)");

        static void hello() {
            System.out.println("  Base.hello");
        }
    }

    static class Derived extends Base {
        static int derivedField = log("Derived.derivedField");
        static {
            log("Derived static block, baseField=" + baseField);
        }
        static int later = log("Derived.later");
    }

    static class ViaNew {
        static {
            log("ViaNew");
        }
        ViaNew() {
            System.out.println("  ViaNew constructor");
        }
    }

    static class ViaPut {
        static int x;
        static {
            log("ViaPut");
        }
    }

    static class NeverUsed {
        static {
            log("NeverUsed (must not appear)");
        }
    }

    interface NoDefaults {
        int A = log("NoDefaults.A");
        int CONST = 7;
    }

    interface WithDefault {
        int W = log("WithDefault.W");
        default String greet() { return "hi"; }
    }

    static class Impl implements NoDefaults, WithDefault {
        static {
            log("Impl");
        }
    }

    static class Forward {
        static int first = second() + 1;
        static int secondValue = 10;

        static int second() {
            return secondValue;
        }
    }

    static class SelfReference {
        static final SelfReference INSTANCE = new SelfReference();
        static int counter = 5;
        final int seenCounter;

        SelfReference() {
            seenCounter = counter;
            counter++;
        }
    }

    public static void main(String[] args) {
        System.out.println("1. constant access (no init): " + Base.CONSTANT + " " + Base.TEXT);
        System.out.println("2. class literal (no init): " + Base.class.getName());
        Base[] arr = new Base[3];
        System.out.println("3. array creation (no init): " + arr.length);
        System.out.println("4. superclass field via subclass:");
        int v = Derived.baseField;
        System.out.println("   value " + v);
        System.out.println("5. static method on Derived:");
        Derived.hello();
        System.out.println("6. subclass field:");
        System.out.println("   derivedField " + Derived.derivedField);
        System.out.println("7. again (no init): " + Derived.later);
        System.out.println("8. new:");
        new ViaNew();
        new ViaNew();
        System.out.println("9. static put:");
        ViaPut.x = 5;
        System.out.println("   x " + ViaPut.x);
        System.out.println("10. interface constant (no init): " + NoDefaults.CONST);
        System.out.println("11. implementing class (initializes WithDefault, not NoDefaults):");
        Impl impl = new Impl();
        System.out.println("   greet " + impl.greet());
        System.out.println("12. interface non-constant field:");
        System.out.println("   A " + NoDefaults.A);
        System.out.println("13. forward reference sees default value: first=" + Forward.first + " secondValue=" + Forward.secondValue);
        System.out.println("14. instance created during clinit: seen " + SelfReference.INSTANCE.seenCounter + " counter " + SelfReference.counter);
        System.out.println("15. boxed static: " + Base.BOXED);
        System.out.println("done");
    }
}
