// Box caches: Integer/Short/Byte/Long/Character valueOf cache -128..127 (Character 0..127),
// Boolean.TRUE/FALSE, autoboxing uses valueOf, new-style constructors never cached,
// Float/Double are never cached. Identity comparisons show which are cached.
public class BoxCaches {
    @SuppressWarnings({"removal", "deprecation"})
    public static void main(String[] args) {
        int[] probes = { -129, -128, -1, 0, 1, 100, 127, 128, 1000 };
        for (int p : probes) {
            Integer a = p, b = p;
            Long la = (long) p, lb = (long) p;
            Short sa = (short) p, sb = (short) p;
            System.out.println(p + ": Integer " + (a == b) + " Long " + (la == lb) + " Short " + (sa == sb)
                    + " equals " + a.equals(b) + " valueOf " + (Integer.valueOf(p) == Integer.valueOf(p)));
        }
        for (int p = -128; p <= 127; p += 51) {
            Byte x = (byte) p, y = (byte) p;
            System.out.println("Byte " + p + " " + (x == y));
        }
        char[] chars = { 0, 'A', 127, 128, '\u00e9', '\u4e2d' };
        for (char c : chars) {
            Character x = c, y = c;
            System.out.println("Character " + (int) c + " " + (x == y));
        }
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE"), t3 = Boolean.valueOf(true);
        System.out.println("Boolean " + (t1 == t2) + " " + (t2 == t3) + " " + (t1 == Boolean.TRUE) + " parse " + Boolean.parseBoolean("yes")
                + " " + Boolean.parseBoolean("True"));
        Double d1 = 1.0, d2 = 1.0;
        Float f1 = 1f, f2 = 1f;
        System.out.println("Double " + (d1 == d2) + " " + d1.equals(d2) + " Float " + (f1 == f2) + " " + f1.equals(f2));
        Integer n1 = new Integer(5), n2 = new Integer(5);
        System.out.println("new Integer " + (n1 == n2) + " " + n1.equals(n2) + " vs cache " + (n1 == Integer.valueOf(5)));
        // comparing boxed with primitive unboxes
        Integer big1 = 1000, big2 = 1000;
        int prim = 1000;
        System.out.println("big1==big2 " + (big1 == big2) + " big1==prim " + (big1 == prim) + " big1.equals(big2) " + big1.equals(big2)
                + " big1<=big2 " + (big1 <= big2) + " big1>=big2 " + (big1 >= big2));
        // boxing in collections-like arrays
        Object[] objs = { 1, 1L, 1.0, 1f, (short) 1, (byte) 1, 'c', true, "s" };
        for (Object o : objs) {
            System.out.println("boxed " + o + " -> " + o.getClass().getName() + " " + o.getClass().getSimpleName());
        }
        // counting with boxed accumulator
        Integer counter = 0;
        for (int i = 0; i < 200; i++) counter++;
        System.out.println("counter " + counter + " cached " + (counter == Integer.valueOf(200)));
        Integer small = 0;
        for (int i = 0; i < 100; i++) small++;
        System.out.println("small " + small + " cached " + (small == Integer.valueOf(100)));
    }
}
