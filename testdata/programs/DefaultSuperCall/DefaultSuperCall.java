// super.m() and interface dispatch must reach the maximally specific default method
// (JVM spec 5.4.3.3), not the first default found among the superinterfaces.
public class DefaultSuperCall {
    interface A {
        default String m() { return "A.m"; }
    }

    interface B extends A {
        default String m() { return "B.m"; }
    }

    interface Named {
        default String name() { return "Named"; }
    }

    interface Fancy extends Named {
        default String name() { return "Fancy " + Named.super.name(); }
    }

    static class C implements A {}

    static class D extends C implements B {}

    static class E extends D {
        String viaSuper() { return super.m(); }
    }

    static class F implements Named, Fancy {}

    static class G extends F implements Named {}

    public static void main(String[] args) {
        System.out.println(new E().viaSuper());
        System.out.println(new E().m());
        A a = new D();
        System.out.println(a.m());
        System.out.println(new C().m());
        System.out.println(new F().name());
        Named n = new G();
        System.out.println(n.name());
    }
}
