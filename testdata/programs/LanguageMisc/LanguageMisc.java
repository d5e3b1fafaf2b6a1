import java.util.*;

// Assorted everyday language and java.lang features.
public class LanguageMisc {
    static class Resource implements AutoCloseable {
        private final String name;
        private final boolean failOnClose;
        Resource(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("open " + name);
        }
        void use(boolean fail) {
            System.out.println("use " + name);
            if (fail) throw new IllegalStateException("use failed: " + name);
        }
        @Override public void close() {
            System.out.println("close " + name);
            if (failOnClose) throw new UnsupportedOperationException("close failed: " + name);
        }
    }

    @SafeVarargs
    static <T> List<T> listOf(T... items) { return new ArrayList<>(Arrays.asList(items)); }

    static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
    static String fmt(String f, Object... a) { return a.length + ":" + String.format(f, a); }

    static int bitCountManual(long x) { int c = 0; while (x != 0) { x &= x - 1; c++; } return c; }

    public static void main(String[] args) {
        // try-with-resources with suppressed exceptions
        try (Resource a = new Resource("A", true); Resource b = new Resource("B", true)) {
            b.use(true);
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
            for (Throwable s : e.getSuppressed()) System.out.println("  suppressed " + s);
        }
        try (Resource c = new Resource("C", true)) {
            c.use(false);
        } catch (UnsupportedOperationException e) {
            System.out.println("caught " + e.getMessage() + " suppressed=" + e.getSuppressed().length);
        }
        Resource outer = new Resource("D", false);
        try (outer) { outer.use(false); }

        // varargs and nested generics
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[] {4, 5}));
        System.out.println(fmt("%s-%s", "x", "y") + " " + fmt("none") + " " + fmt("%s", (Object) new String[] {"arr"}.length));
        Map<String, List<Map<Integer, Set<String>>>> deep = new TreeMap<>();
        deep.computeIfAbsent("k", k -> new ArrayList<>()).add(new TreeMap<>(Map.of(1, new TreeSet<>(Set.of("b", "a")))));
        deep.get("k").add(new HashMap<>());
        System.out.println(deep);
        List<List<Integer>> tri = new ArrayList<>();
        for (int i = 0; i < 5; i++) { List<Integer> row = new ArrayList<>(); for (int j = 0; j <= i; j++) row.add(j == 0 || j == i ? 1 : tri.get(i - 1).get(j - 1) + tri.get(i - 1).get(j)); tri.add(row); }
        System.out.println(tri);

        // labeled break / continue
        int found = -1;
        search:
        for (int i = 2; i < 100; i++) {
            for (int j = 2; j * j <= i; j++) if (i % j == 0) continue search;
            if (i > 50) { found = i; break search; }
        }
        System.out.println("first prime > 50: " + found);
        outer:
        for (int i = 0; i < 3; i++) {
            int j = 0;
            while (true) {
                if (j == i) { System.out.print("(" + i + ")"); continue outer; }
                if (i == 2 && j == 1) break outer;
                System.out.print(i + "" + j + " ");
                j++;
            }
        }
        System.out.println();

        // string switch
        for (String cmd : new String[] {"start", "stop", "Aa", "BB", "pause", ""}) {
            switch (cmd) {
                case "start": System.out.print("S "); break;
                case "stop": System.out.print("T "); break;
                case "Aa": System.out.print("hashAa "); break;
                case "BB": System.out.print("hashBB "); break;
                default: System.out.print("?" + cmd + "? ");
            }
        }
        System.out.println("Aa".hashCode() == "BB".hashCode());

        // char arithmetic
        char c = 'A';
        c++;
        c += 2;
        System.out.println(c + " " + (c + 1) + " " + (char) (c + 1) + " " + ('a' + 'b') + " " + (char) ('a' + 25) + " " + Character.getNumericValue('7') + " " + ('7' - '0'));
        StringBuilder alpha = new StringBuilder();
        for (char ch = 'z'; ch >= 'a'; ch -= 5) alpha.append(ch);
        System.out.println(alpha);
        String caesar = "Hello, World!".chars().map(ch -> Character.isUpperCase(ch) ? 'A' + (ch - 'A' + 3) % 26 : Character.isLowerCase(ch) ? 'a' + (ch - 'a' + 3) % 26 : ch)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        System.out.println(caesar);

        // Integer cache
        Integer i1 = 127, i2 = 127, i3 = 128, i4 = 128;
        System.out.println((i1 == i2) + " " + (i3 == i4) + " " + i3.equals(i4) + " " + (Integer.valueOf(-128) == Integer.valueOf(-128)));
        Long l1 = 127L, l2 = 127L; Character c1 = 'x', c2 = 'x'; Boolean b1 = true, b2 = Boolean.valueOf("TRUE");
        System.out.println((l1 == l2) + " " + (c1 == c2) + " " + (b1 == b2) + " " + new Integer(5).equals(5) + " " + Long.valueOf(5).equals(5));

        // StringBuilder
        StringBuilder sb = new StringBuilder("hello world");
        sb.insert(0, "[").append(']').insert(6, 123).insert(1, 'c').insert(2, 4.5).insert(0, true);
        System.out.println(sb);
        sb.reverse();
        System.out.println(sb + " " + sb.length());
        sb.deleteCharAt(0).deleteCharAt(sb.length() - 1).delete(2, 5).replace(0, 1, "XYZ").setCharAt(3, '_');
        System.out.println(sb + " idx=" + sb.indexOf("o") + " last=" + sb.lastIndexOf("o") + " char=" + sb.charAt(4));
        sb.setLength(4);
        System.out.println(sb + "|" + sb.capacity() / 1000 + "|" + new StringBuilder("ab\uD83D\uDE00c").reverse());

        // Character methods
        String sample = "aZ9 _\t€é\u00DF";
        for (char ch : sample.toCharArray())
            System.out.print(Character.isLetter(ch) ? "L" : Character.isDigit(ch) ? "D" : Character.isWhitespace(ch) ? "W" : Character.isLetterOrDigit(ch) ? "?" : "-");
        System.out.println(" " + Character.toUpperCase('ß') + Character.toTitleCase('a') + Character.isJavaIdentifierStart('_') + Character.isAlphabetic('é')
            + Character.digit('f', 16) + Character.forDigit(11, 16) + Character.MAX_RADIX + Character.getType('a') + Character.isSpaceChar('\u00a0'));
        System.out.println(Character.toChars(0x1F600).length + " " + Character.charCount(0x1F600) + " " + Character.isSurrogate('\uD83D') + " " + Character.toString(97) + Character.valueOf('b') + Character.compare('a', 'c'));

        // number formatting
        System.out.println(Long.toBinaryString(42L) + " " + Long.toBinaryString(-1L).length() + " " + Integer.toHexString(-255) + " " + Integer.toOctalString(8) + " " + Integer.toString(255, 2) + " " + Long.toHexString(1L << 40) + " " + Integer.toString(-255, 36));
        System.out.println(Integer.parseInt("-ff", 16) + " " + Integer.parseUnsignedInt("4294967295") + " " + Long.parseLong("7fffffffffffffff", 16) + " " + Integer.valueOf("0777".substring(1), 8) + " " + Integer.decode("0x1F") + " " + Integer.decode("-010"));
        System.out.println(Integer.toUnsignedString(-1) + " " + Long.toUnsignedString(-1L) + " " + Integer.divideUnsigned(-1, 3) + " " + Integer.compareUnsigned(-1, 1) + " " + Long.remainderUnsigned(-1L, 10));

        // Math.floorMod and friends
        System.out.println(Math.floorMod(-7, 3) + " " + (-7 % 3) + " " + Math.floorDiv(-7, 3) + " " + (-7 / 3) + " " + Math.floorMod(7, -3) + " " + Math.floorMod(-7L, 3) + " " + Math.abs(Integer.MIN_VALUE));
        try { Math.addExact(Integer.MAX_VALUE, 1); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.multiplyExact(1L << 62, 4L); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.toIntExact(1L << 40); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(2.4f) + " " + Math.rint(2.5) + " " + Math.ceil(-0.5) + " " + Math.signum(-3.0) + " " + Math.hypot(3, 4) + " " + Math.cbrt(27) + " " + Math.pow(2, 10) + " " + Math.sqrt(2));

        // bit tricks
        int x = 0b1011_0100;
        System.out.println(Integer.bitCount(x) + " " + bitCountManual(x) + " " + Integer.lowestOneBit(x) + " " + (x & -x) + " " + Integer.highestOneBit(x) + " " + Integer.numberOfTrailingZeros(x) + " " + Integer.numberOfLeadingZeros(x) + " " + Integer.reverse(x) + " " + Integer.reverseBytes(x) + " " + Integer.rotateLeft(x, 28));
        System.out.println(Long.bitCount(-1L) + " " + Long.numberOfTrailingZeros(0) + " " + Long.highestOneBit(-1L) + " " + (-17 >> 2) + " " + (-17 >>> 28) + " " + (1 << 33) + " " + (1L << 65) + " " + (x ^ (x >> 1)) + " " + ((x & (x - 1)) == 0));
        int subsets = 0;
        for (int mask = x; mask > 0; mask = (mask - 1) & x) subsets++;
        System.out.println("submasks " + subsets + " isPow2(64)=" + (Integer.bitCount(64) == 1) + " swap:" + swapDemo(3, 9) + " " + Integer.signum(-9) + " " + Long.signum(0));
        System.out.println(Integer.MAX_VALUE + 1 + " " + (Integer.MIN_VALUE - 1) + " " + (byte) 200 + " " + (short) 70000 + " " + (int) 3.9e10 + " " + (long) -1e30 + " " + (int) Double.NaN + " " + (char) 65.7 + " " + (5 / 2.0) + " " + (float) 1 / 3);
    }

    static String swapDemo(int a, int b) { a ^= b; b ^= a; a ^= b; return a + "," + b; }
}
