// Formatter's integer conversions: %d %o %x %X on every integral type, with widths,
// flags (- 0 + space , ( #), boxed values, nulls, and the extremes of each type.
public class FormatIntegers {
    static void show(String format, Object... args) {
        System.out.println(format + " -> [" + String.format(format, args) + "]");
    }

    public static void main(String[] args) {
        int[] ints = { 0, 1, -1, 42, -42, 1234567, -1234567, Integer.MAX_VALUE, Integer.MIN_VALUE };
        String[] formats = { "%d", "%5d", "%-8d|", "%08d", "%+d", "% d", "%,d", "%(d", "%+,12d", "%(,012d",
                "%-+ 10d|".replace(" ", ""), "%x", "%X", "%#x", "%08X", "%#010x", "%o", "%#o", "%12o" };
        for (String f : formats) {
            StringBuilder sb = new StringBuilder(f).append(" ->");
            for (int v : ints) {
                sb.append(" [").append(String.format(f, v)).append(']');
            }
            System.out.println(sb);
        }

        long[] longs = { 0L, -1L, 1L << 40, -(1L << 40), Long.MAX_VALUE, Long.MIN_VALUE, 9_876_543_210L };
        for (String f : new String[] { "%d", "%,d", "%x", "%o", "%(d", "%+,25d", "%#X" }) {
            StringBuilder sb = new StringBuilder(f).append(" ->");
            for (long v : longs) {
                sb.append(" [").append(String.format(f, v)).append(']');
            }
            System.out.println(sb);
        }

        byte[] bytes = { 0, 1, -1, 127, -128, 100, -100 };
        short[] shorts = { 0, 1, -1, 32767, -32768, 1000, -1000 };
        for (String f : new String[] { "%d", "%x", "%o", "%4X", "%#x" }) {
            StringBuilder sb = new StringBuilder(f).append(" bytes:");
            for (byte v : bytes) {
                sb.append(" [").append(String.format(f, v)).append(']');
            }
            sb.append(" shorts:");
            for (short v : shorts) {
                sb.append(" [").append(String.format(f, v)).append(']');
            }
            System.out.println(sb);
        }

        // Boxed and null arguments.
        Integer boxed = 77;
        Long boxedLong = -77L;
        show("%d and %d", boxed, boxedLong);
        show("%5d|%-5d|%x", null, null, null);
        show("%X", (Object) null);
        show("%,d items at %,d each", 12000, 3500);
        show("%d%%", 50);
        show("[%3d][%3d][%3d]", 5, 50, 500);
        show("[%-3d][%-3d][%-3d]", 5, 50, 5000);
        show("%,015d", -1234567);
        show("%+015d", 1234567);
        show("% 015d", 1234567);
        show("%010x", -1);
        show("%s in hex is %x and in octal %o", 255, 255, 255);

        // Table of powers of two.
        for (int i = 0; i <= 40; i += 8) {
            long p = 1L << i;
            System.out.println(String.format("2^%-2d = %,18d = %#14x = %#18o", i, p, p, p));
        }
    }
}
