// An uncaught exception from try-with-resources carrying suppressed exceptions: stderr
// shows "Suppressed:" sections indented with a tab.
public class UncaughtSuppressed {
    static class Door implements AutoCloseable {
        final String name;

        Door(String name) {
            this.name = name;
        }

        @Override
        public void close() {
            System.out.println("closing " + name);
            throw new IllegalStateException(name + " is stuck");
        }
    }

    public static void main(String[] args) {
        try (Door front = new Door("front"); Door back = new Door("back")) {
            System.out.println("inside");
            throw new RuntimeException("fire alarm");
        }
    }
}
