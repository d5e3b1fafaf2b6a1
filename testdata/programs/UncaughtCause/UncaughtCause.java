// An uncaught exception with a chain of causes: stderr shows "Caused by:" sections and
// "... n more" lines for the frames shared with the enclosing trace. (All frames are in
// this program; frames inside the JDK would carry JDK line numbers.)
public class UncaughtCause {
    static int parseDigit(char c) {
        if (c < '0' || c > '9') {
            throw new IllegalArgumentException("not a digit: " + c);
        }
        return c - '0';
    }

    static int parse(String s) {
        try {
            int v = 0;
            for (int i = 0; i < s.length(); i++) v = v * 10 + parseDigit(s.charAt(i));
            return v;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot parse config value " + s, e);
        }
    }

    static void load(String[] values) {
        for (String v : values) {
            try {
                System.out.println("parsed " + parse(v));
            } catch (IllegalStateException e) {
                throw new RuntimeException("loading failed at " + v, e);
            }
        }
    }

    public static void main(String[] args) {
        System.out.println("start");
        load(new String[] { "1", "22", "3x3" });
        System.out.println("not reached");
    }
}
