// String concatenation with + (javac 17 emits invokedynamic makeConcatWithConstants):
// every primitive type, null, objects with toString, constants mixed in, char arithmetic
// vs char concatenation, += in loops, and recipes with many arguments.
public class StringConcat {
    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public String toString() { return "(" + x + ", " + y + ")"; }
    }

    static class NullToString {
        @Override public String toString() { return null; }
    }

    public static void main(String[] args) {
        boolean z = true;
        byte b = -8;
        short s = 1234;
        char c = 'Q';
        int i = -99;
        long l = 1L << 40;
        float f = 0.25f;
        double d = -1.5e-5;
        String str = "text";
        String nul = null;
        Object obj = new Point(3, 4);
        Integer boxed = 77;
        System.out.println("boolean " + z + " byte " + b + " short " + s + " char " + c + " int " + i);
        System.out.println("long " + l + " float " + f + " double " + d + " string " + str + " null " + nul);
        System.out.println("object " + obj + " boxed " + boxed + " nullToString " + new NullToString());
        System.out.println(b + s + c + i + "|" + l + f + d + z);
        System.out.println("" + z + b + s + c + i + l + f + d);
        System.out.println(c + c + " vs " + c + c);
        System.out.println('a' + 'b' + "c" + 'd' + 'e');
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println(nul + nul);
        System.out.println(str + null);
        System.out.println("\u0001 tag chars \u0002 survive " + i + "\u0001\u0002");
        char[] chars = { 'h', 'i' };
        System.out.println("char array via valueOf " + String.valueOf(chars));
        final String constant = "CONST";
        System.out.println("constant " + constant + " int " + 5 + " in the middle " + i + constant);

        String acc = "";
        for (int k = 0; k < 10; k++) {
            acc += k;
            acc += ',';
        }
        System.out.println("loop " + acc);
        String s2 = "x";
        s2 += 1 + 2;
        s2 += 'c';
        s2 += 1.0;
        s2 += null;
        s2 += true;
        System.out.println("compound " + s2);

        // many arguments (more than a typical small recipe)
        int a0 = 0, a1 = 1, a2 = 2, a3 = 3, a4 = 4, a5 = 5, a6 = 6, a7 = 7, a8 = 8, a9 = 9;
        System.out.println(a0 + "-" + a1 + "-" + a2 + "-" + a3 + "-" + a4 + "-" + a5 + "-" + a6 + "-" + a7 + "-" + a8 + "-" + a9
                + "-" + l + "-" + d + "-" + c + "-" + str + "-" + obj + "-" + z + "-" + f + "-" + b + "-" + s);
        // extreme values
        System.out.println(Integer.MIN_VALUE + " " + Long.MIN_VALUE + " " + Double.MIN_VALUE + " " + Float.MAX_VALUE + " "
                + Character.MAX_VALUE + "|" + (int) Character.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Short.MAX_VALUE);
        // concatenation result is a fresh string
        String p = "ab", q = p + "";
        System.out.println("fresh " + (p == q) + " equal " + p.equals(q));
        // nested concatenation in arguments
        System.out.println(join3("<" + i + ">", "[" + l + "]", "{" + obj + "}"));
        // toString of an object that throws is propagated
        try {
            Object bad = new Object() {
                @Override public String toString() { throw new IllegalStateException("no toString"); }
            };
            System.out.println("never " + bad);
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
        }
    }

    static String join3(String x, String y, String z) {
        return x + y + z;
    }
}
