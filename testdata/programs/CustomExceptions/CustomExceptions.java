// User-defined exception classes: checked and unchecked hierarchies, extra fields,
// overridden getMessage/toString, constructors with and without messages, instanceof
// checks in catch, and a custom exception carrying a cause.
public class CustomExceptions {
    static class AppException extends Exception {
        AppException(String message) { super(message); }
        AppException(String message, Throwable cause) { super(message, cause); }
    }

    static class NotFoundException extends AppException {
        final String key;
        NotFoundException(String key) {
            super("not found: " + key);
            this.key = key;
        }
    }

    static class ValidationException extends RuntimeException {
        final int code;
        ValidationException(int code) {
            this.code = code;
        }
        @Override public String getMessage() { return "validation failed with code " + code; }
    }

    static class QuietException extends RuntimeException {
        QuietException() { super(); }
        @Override public String toString() { return "QuietException!"; }
    }

    static class NoStackException extends RuntimeException {
        NoStackException(String m) { super(m, null, false, false); }
    }

    static String lookup(String key) throws NotFoundException {
        if (key.startsWith("x")) throw new NotFoundException(key);
        return key.toUpperCase();
    }

    static void validate(int v) {
        if (v < 0) throw new ValidationException(v);
    }

    public static void main(String[] args) {
        String[] keys = { "abc", "xyz", "def" };
        for (String k : keys) {
            try {
                System.out.println("lookup " + k + " = " + lookup(k));
            } catch (NotFoundException e) {
                System.out.println("caught " + e.getMessage() + " key=" + e.key + " isApp=" + (e instanceof AppException));
                System.out.println("  toString " + e);
            }
        }
        int[] vals = { 1, -2, 3 };
        for (int v : vals) {
            try {
                validate(v);
                System.out.println("valid " + v);
            } catch (ValidationException e) {
                System.out.println("invalid " + e.code + ": " + e.getMessage() + " / " + e);
            }
        }
        try {
            throw new QuietException();
        } catch (QuietException e) {
            System.out.println("quiet " + e + " message " + e.getMessage() + " localized " + e.getLocalizedMessage());
        }
        try {
            throw new AppException("wrapper", new NotFoundException("inner"));
        } catch (AppException e) {
            System.out.println("wrapper " + e + " cause " + e.getCause() + " cause class " + e.getCause().getClass().getName());
        }
        NoStackException ns = new NoStackException("no stack");
        System.out.println("no stack trace frames " + ns.getStackTrace().length + " " + ns);
        RuntimeException plain = new RuntimeException();
        System.out.println("plain " + plain + " message " + plain.getMessage());
        Exception withCauseOnly = new Exception(new IllegalStateException("root"));
        System.out.println("cause-only message " + withCauseOnly.getMessage());
        System.out.println("class names " + new NotFoundException("k").getClass().getName() + " " + ValidationException.class.getSimpleName());
        System.out.println("hierarchy " + (new ValidationException(1) instanceof RuntimeException) + " "
                + NotFoundException.class.getSuperclass().getName() + " " + AppException.class.getSuperclass().getName());
    }
}
