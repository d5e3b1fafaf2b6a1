package java.lang;

public class NullPointerException extends RuntimeException {
    /** Set once the VM has been asked for the helpful message (JEP 358). */
    private transient boolean extendedMessageComputed;
    private transient String extendedMessage;

    public NullPointerException() {
        super();
    }

    public NullPointerException(String message) {
        super(message);
    }

    /**
     * Without an explicit message, asks the VM to describe the null access that raised this
     * exception ("Cannot invoke \"String.length()\" because \"s\" is null"). The VM answers
     * null when it has nothing to say, e.g. for an explicit {@code new NullPointerException()}.
     */
    public String getMessage() {
        String message = super.getMessage();
        if (message != null) {
            return message;
        }
        synchronized (this) {
            if (!extendedMessageComputed) {
                extendedMessage = getExtendedNPEMessage();
                extendedMessageComputed = true;
            }
            return extendedMessage;
        }
    }

    private native String getExtendedNPEMessage();
}
