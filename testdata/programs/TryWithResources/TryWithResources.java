// try-with-resources: close order (reverse of opening), close on normal exit and on
// exception, exceptions from close() added as suppressed, a failing resource initializer,
// null resources, and resources declared outside (Java 9 form).
public class TryWithResources {
    static StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            log.append("open ").append(name).append("; ");
        }

        Res(String name) {
            this(name, false);
        }

        void use(boolean fail) {
            log.append("use ").append(name).append("; ");
            if (fail) throw new IllegalStateException("use of " + name + " failed");
        }

        @Override
        public void close() {
            log.append("close ").append(name).append("; ");
            if (failOnClose) throw new IllegalArgumentException("close of " + name + " failed");
        }
    }

    static Res failingOpen(String name) {
        log.append("failing open ").append(name).append("; ");
        throw new UnsupportedOperationException("cannot open " + name);
    }

    static void report(String title, Throwable t) {
        System.out.println(title + ": " + log);
        log.setLength(0);
        if (t != null) {
            System.out.println("  exception " + t);
            for (Throwable s : t.getSuppressed()) System.out.println("  suppressed " + s);
        }
    }

    public static void main(String[] args) {
        try (Res a = new Res("A"); Res b = new Res("B")) {
            a.use(false);
            b.use(false);
        }
        report("normal", null);

        try (Res a = new Res("A"); Res b = new Res("B")) {
            b.use(true);
        } catch (IllegalStateException e) {
            report("use fails", e);
        }

        try (Res a = new Res("A", true); Res b = new Res("B", true)) {
            a.use(true);
        } catch (IllegalStateException e) {
            report("use fails and both closes fail", e);
        }

        try (Res a = new Res("A", true)) {
            a.use(false);
        } catch (IllegalArgumentException e) {
            report("only close fails", e);
        }

        try (Res a = new Res("A"); Res b = failingOpen("B"); Res c = new Res("C")) {
            log.append("body; ");
        } catch (UnsupportedOperationException e) {
            report("second resource fails to open", e);
        }

        try (Res n = null) {
            log.append("body with null resource; ");
        }
        report("null resource", null);

        Res outside = new Res("Outside");
        try (outside) {
            outside.use(false);
        }
        report("java 9 form", null);

        try (Res a = new Res("A")) {
            log.append("body; ");
            return;
        } finally {
            log.append("finally; ");
            report("return inside try", null);
        }
    }
}
