package java.lang;

public class ClassNotFoundException extends ReflectiveOperationException {
    public ClassNotFoundException() {
        super((String) null, (Throwable) null); // the cause is fixed: initCause is not allowed
    }

    public ClassNotFoundException(String message) {
        super(message, (Throwable) null);
    }

    public ClassNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    public Throwable getException() {
        return getCause();
    }
}
