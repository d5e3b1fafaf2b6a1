import java.util.Formatter;
import java.util.IllegalFormatException;

// Bad format strings and arguments: each exception's class and message, what was written
// before the failure, and that the whole string is checked before anything is printed.
public class FormatErrors {
    static void tryFormat(String format, Object... args) {
        try {
            System.out.println("ok    " + format + " -> " + String.format(format, args));
        } catch (IllegalFormatException e) {
            System.out.println("error " + format + " -> " + e);
        }
    }

    public static void main(String[] args) {
        // Unknown conversions and broken specifiers.
        tryFormat("%q", 1);
        tryFormat("50%");
        tryFormat("%-", 1);
        tryFormat("%5.x", 1);
        tryFormat("%.2", 1.0);
        tryFormat("%l", 1);
        tryFormat("%tq", 1L);
        // Missing arguments.
        tryFormat("%s %s", "one");
        tryFormat("%3$s", "a", "b");
        tryFormat("%<s", "a");
        tryFormat("%2$-8s", "a");
        tryFormat("%0$s", "a");
        // Conversions that do not fit the argument.
        tryFormat("%d", "text");
        tryFormat("%d", 1.5);
        tryFormat("%f", 10);
        tryFormat("%c", "c");
        tryFormat("%c", 1.0);
        tryFormat("%x", 'x');
        tryFormat("%e", 10L);
        // Flags that do not fit the conversion.
        tryFormat("%#d", 1);
        tryFormat("%,x", 1);
        tryFormat("%+x", 1);
        tryFormat("% o", 1);
        tryFormat("%(x", 1);
        tryFormat("%#s", "s");
        tryFormat("%+s", "s");
        tryFormat("%,e", 1.0);
        tryFormat("%#g", 1.0);
        tryFormat("%#c", 'c');
        tryFormat("%#b", true);
        tryFormat("%(a", 1.0);
        // Bad flag combinations, widths and precisions.
        tryFormat("%+ d", 1);
        tryFormat("%-05d", 1);
        tryFormat("%--5d", 1);
        tryFormat("%-d", 1);
        tryFormat("%0d", 1);
        tryFormat("%-s", "s");
        tryFormat("%.2d", 1);
        tryFormat("%.2c", 'c');
        tryFormat("%5n");
        tryFormat("%-n");
        tryFormat("%.1%");
        tryFormat("%+%");
        tryFormat("%-%");
        tryFormat("%99999999999d", 1);
        // Code points out of range.
        tryFormat("%c", -1);
        tryFormat("%c", 0x110000);
        tryFormat("%c", (byte) -3);

        // The whole string is checked first: nothing reaches the formatter's output.
        StringBuilder sb = new StringBuilder("start:");
        Formatter f = new Formatter(sb);
        try {
            f.format("%d %d %q", 1, 2);
        } catch (IllegalFormatException e) {
            System.out.println(e.getClass().getSimpleName() + " after [" + sb + "]");
        }
        // But an argument that does not fit fails after the text before it was written.
        try {
            f.format("%d %d %d", 1, 2, "three");
        } catch (IllegalFormatException e) {
            System.out.println(e.getClass().getSimpleName() + " after [" + sb + "]");
        }
        try {
            f.format(" %s|%s", "x");
        } catch (IllegalFormatException e) {
            System.out.println(e.getClass().getSimpleName() + " after [" + sb + "]");
        }
        f.close();
        try {
            f.format("%s", "closed");
        } catch (IllegalStateException e) {
            System.out.println("closed: " + e);
        }

        // The exception classes carry the details.
        try {
            String.format("%d", "x");
        } catch (java.util.IllegalFormatConversionException e) {
            System.out.println(e.getConversion() + " " + e.getArgumentClass().getName() + " " + e.getMessage());
        }
        try {
            String.format("%#x", 1.0);
        } catch (IllegalFormatException e) {
            System.out.println(e.getMessage());
        }
        // They are IllegalArgumentExceptions.
        try {
            String.format("%z");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
    }
}
