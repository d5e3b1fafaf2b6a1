// Compiled against the v1 classes; run against v2, where each class changed
// incompatibly, so every call below hits a different linkage error.
public class Linkage {
    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (LinkageError e) {
            System.out.println(what + ": " + e);
        }
    }

    public static void main(String[] args) {
        attempt("static became instance", () -> System.out.println(Changed.staticMethod()));
        attempt("method removed", () -> new Changed().removedMethod());
        attempt("field removed", () -> System.out.println(new Changed().removedField));
        attempt("class removed", () -> new Removed().hello());
        attempt("became abstract", () -> System.out.println(((Shape) new Square()).area()));
        attempt("native without code", () -> Changed.nativeMethod());
        attempt("initializer throws", () -> System.out.println(Boom.VALUE));
        attempt("initializer again", () -> System.out.println(Boom.VALUE));
        new Changed().removedMethod();
    }
}
