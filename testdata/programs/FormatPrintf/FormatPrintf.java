import java.io.PrintStream;
import java.util.Formatter;
import java.util.Locale;

// printf and format on System.out, String.formatted, Formatter over a StringBuilder and
// over an Appendable, locale-specific separators, and partial output when printf fails.
public class FormatPrintf {
    public static void main(String[] args) {
        System.out.printf("Hello, %s! You are %d years old.%n", "Ada", 36);
        System.out.format("%-10s|%5.1f%%|%n", "progress", 99.5);
        PrintStream same = System.out.printf("chained ").printf("calls%n");
        System.out.println(same == System.out);
        System.out.printf("no arguments%n");
        System.out.printf("%s%n", (Object) null);

        System.out.println("%d + %d = %d".formatted(2, 3, 5));
        System.out.println("%s".formatted("formatted"));

        // A Formatter collects into a StringBuilder.
        StringBuilder sb = new StringBuilder();
        Formatter f = new Formatter(sb);
        for (int i = 1; i <= 3; i++) {
            f.format("[%d:%s]", i, "x".repeat(i));
        }
        System.out.println(f + " / " + sb + " / " + (f.out() == sb) + " / " + f.locale());
        System.out.println(new Formatter().format("%08.3f", -3.14159).toString());
        f.close();
        f.close();
        System.out.println("ioException after close: " + f.ioException());

        // Any Appendable works.
        final StringBuilder log = new StringBuilder();
        Appendable counting = new Appendable() {
            public Appendable append(CharSequence csq) {
                log.append('<').append(csq).append('>');
                return this;
            }

            public Appendable append(CharSequence csq, int start, int end) {
                return append(csq.subSequence(start, end));
            }

            public Appendable append(char c) {
                return append(String.valueOf(c));
            }
        };
        new Formatter(counting).format("a%sb%dc", "-", 7);
        System.out.println(log);

        // Locales: the grouping and decimal separators.
        double amount = 1234567.891;
        Locale[] locales = { Locale.US, Locale.ROOT, Locale.ENGLISH, Locale.UK, Locale.GERMANY, Locale.ITALY,
                Locale.JAPAN };
        for (Locale l : locales) {
            System.out.println(String.format(l, "%-6s %,.2f %,d %.3e", l, amount, 9876543, amount));
        }
        System.out.printf(Locale.GERMANY, "%,.1f%n", 0.25);
        System.out.println(String.format((Locale) null, "%,.2f", amount));

        // printf writes the text before a failing specifier, then throws.
        try {
            System.out.printf("partial %d then %d%n", 1);
        } catch (RuntimeException e) {
            System.out.println();
            System.out.println("caught " + e);
        }
        try {
            System.out.printf("%s %d%n", "type", "mismatch");
        } catch (RuntimeException e) {
            System.out.println();
            System.out.println("caught " + e);
        }

        // String.format builds a multiplication table.
        for (int i = 1; i <= 5; i++) {
            StringBuilder row = new StringBuilder();
            for (int j = 1; j <= 5; j++) {
                row.append(String.format("%4d", i * j));
            }
            System.out.println(row);
        }
        System.err.printf("to stderr: %05d%n", 42);
    }
}
