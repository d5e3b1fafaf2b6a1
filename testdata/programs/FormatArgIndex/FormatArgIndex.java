// Argument indexes in format strings: explicit (%2$s), relative (%<s), ordinary ones
// after them, %n and %% that take no argument, unused arguments, and a null array.
public class FormatArgIndex {
    static void show(String format, Object... args) {
        System.out.println(format.replace("\n", "\\n") + " -> [" + String.format(format, args).replace("\n", "\\n") + "]");
    }

    public static void main(String[] args) {
        show("%2$s %1$s", "world", "hello");
        show("%1$s %1$s %1$s", "echo");
        show("%s %<s %s %<s", "a", "b");
        show("%2$s %s %s", "first", "second");
        show("%3$s %s %<S", "x", "y", "z");
        show("%d%% of %d is %d%n", 25, 80, 20);
        show("%1$d + %1$d = %2$d", 21, 42);
        show("%s", "only", "extra", "ignored");
        show("%1$tY? no: %2$s".substring(11), "unused", "used");
        try {
            show("%<s", (Object[]) null);
        } catch (java.util.MissingFormatArgumentException e) {
            System.out.println("%<s with no previous argument: " + e);
        }
        show("%s %<s", (Object[]) null);
        show("%s and %s", (Object[]) null);
        show("%2$-6s|%1$6s|", "right", "left");
        show("%1$x %1$o %1$d %<X", 255);
        show("%1$.2f %1$.0e %<g", 1234.5678);
        show("%%%s%%", "wrapped");
        show("%n");
        show("no specifiers at all");
        show("");

        // A date-like layout from parts, reusing arguments by index.
        int[][] dates = { { 2024, 2, 29 }, { 1999, 12, 31 }, { 7, 1, 1 } };
        for (int[] d : dates) {
            System.out.println(String.format("%1$04d-%2$02d-%3$02d = %3$d/%2$d/%1$d", d[0], d[1], d[2]));
        }

        // Templates with positional arguments, as message catalogs use them.
        String[] templates = { "%1$s sent %2$d file(s) to %3$s", "%3$s received %2$d file(s) from %1$s",
                "%2$d file(s): %1$s -> %3$s" };
        for (String t : templates) {
            System.out.println(String.format(t, "ann", 3, "bob"));
        }
    }
}
