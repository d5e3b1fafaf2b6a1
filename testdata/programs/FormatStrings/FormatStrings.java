import java.util.Formattable;
import java.util.FormattableFlags;
import java.util.Formatter;

// The general and character conversions: %s %S %b %B %h %H %c %C, with width, precision,
// left justification, nulls, arbitrary objects and Formattable.
public class FormatStrings {
    static final class Point {
        final int x;
        final int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public String toString() {
            return "(" + x + ", " + y + ")";
        }

        @Override
        public int hashCode() {
            return 31 * x + y;
        }
    }

    /** Prints itself short or long depending on the precision, upper-cased with %S. */
    static final class Name implements Formattable {
        final String first;
        final String last;

        Name(String first, String last) {
            this.first = first;
            this.last = last;
        }

        public void formatTo(Formatter formatter, int flags, int width, int precision) {
            String s = precision >= 0 && precision < 10 ? first.charAt(0) + ". " + last : first + " " + last;
            if ((flags & FormattableFlags.UPPERCASE) != 0) {
                s = s.toUpperCase();
            }
            if ((flags & FormattableFlags.ALTERNATE) != 0) {
                s = last + ", " + first;
            }
            StringBuilder sb = new StringBuilder();
            boolean left = (flags & FormattableFlags.LEFT_JUSTIFY) != 0;
            if (!left) {
                for (int i = s.length(); i < width; i++) {
                    sb.append('*');
                }
            }
            sb.append(s);
            if (left) {
                for (int i = s.length(); i < width; i++) {
                    sb.append('*');
                }
            }
            formatter.format("%s", sb);
        }
    }

    public static void main(String[] args) {
        Object[] things = { "hello", "", "Mixed Case", null, 42, -3.5, 'c', true, new Point(3, -4),
                new int[0].length };
        String[] formats = { "%s", "%S", "%10s", "%-10s|", "%.3s", "%8.2s", "%-8.4S|", "%b", "%B", "%7b", "%.2b",
                "%h", "%H", "%10h" };
        for (String f : formats) {
            StringBuilder sb = new StringBuilder(f).append(" ->");
            for (Object o : things) {
                sb.append(" [").append(String.format(f, o)).append(']');
            }
            System.out.println(sb);
        }

        // Characters: char, Character, and code points given as byte, short and int.
        System.out.println(String.format("[%c] [%C] [%5c] [%-5c] [%c] [%c]", 'a', 'b', 'x', 'y', (Character) 'z', null));
        System.out.println(String.format("[%c] [%c] [%c] [%C]", 65, (byte) 66, (short) 67, 0x1F600));
        System.out.println(String.format("[%c%c%c]", 'J', (int) 'a', 'v') + String.format("%ca", 'v'));
        StringBuilder alphabet = new StringBuilder();
        for (int cp = 'a'; cp <= 'z'; cp++) {
            alphabet.append(String.format("%C", cp));
        }
        System.out.println(alphabet);

        // %b is true for every non-null argument that is not Boolean.FALSE.
        System.out.println(String.format("%b %b %b %b %b %b", null, false, Boolean.FALSE, "false", 0, new Object() != null));

        // Formattable.
        Name ada = new Name("Ada", "Lovelace");
        System.out.println(String.format("[%s] [%S] [%.5s] [%20s] [%-20s] [%#s]", ada, ada, ada, ada, ada, ada));

        // Strings with non-ASCII text.
        System.out.println(String.format("[%6s] [%-6s] [%S] [%.2s]", "héllo", "日本", "straße", "ça va"));

        // Repeated padding builds a text box.
        String[] lines = { "Formatter", "in rjava", "draws boxes" };
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, line.length());
        }
        String border = "+" + "-".repeat(width + 2) + "+";
        System.out.println(border);
        for (String line : lines) {
            System.out.println(String.format("| %-" + width + "s |", line));
        }
        System.out.println(border);
    }
}
