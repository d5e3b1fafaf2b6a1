// String.valueOf for every type, Integer/Long/... toString, and the hashCode values of
// many strings (String.hashCode is specified, so it is deterministic).
public class StringValueOf {
    public static void main(String[] args) {
        System.out.println(String.valueOf(true) + " " + String.valueOf(false));
        System.out.println(String.valueOf('c'));
        System.out.println(String.valueOf(42) + " " + String.valueOf(-42) + " " + String.valueOf(Integer.MIN_VALUE));
        System.out.println(String.valueOf(42L) + " " + String.valueOf(Long.MIN_VALUE));
        System.out.println(String.valueOf(1.5f) + " " + String.valueOf(-0.0f));
        System.out.println(String.valueOf(2.5) + " " + String.valueOf(1e-10));
        System.out.println(String.valueOf(new char[] { 'a', 'b', 'c' }));
        System.out.println(String.valueOf(new char[] { 'a', 'b', 'c', 'd' }, 1, 2));
        Object nothing = null;
        System.out.println(String.valueOf(nothing));
        System.out.println(String.valueOf((Object) "an object"));
        System.out.println(String.valueOf(Integer.valueOf(7)));
        byte b = -3;
        short sh = 300;
        System.out.println(String.valueOf(b) + " " + String.valueOf(sh));
        System.out.println(Integer.toString(255) + " " + Long.toString(255L) + " " + Boolean.toString(true) + " " + Character.toString('q')
                + " " + Character.toString(0x1F600).length() + " " + Short.toString((short) -5) + " " + Byte.toString((byte) 127));

        String[] hs = { "", "a", "b", "ab", "ba", "abc", "Aa", "BB", "hello", "Hello", "hello world",
                "The quick brown fox jumps over the lazy dog", "polygenelubricants", "\u00e9", "\u4e2d\u6587",
                "\uD83D\uDE00", "0123456789", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" };
        for (String h : hs) {
            System.out.println("hash \"" + h + "\" = " + h.hashCode());
        }
        int sum = 0;
        for (int i = 0; i < 1000; i++) {
            sum = sum * 31 + String.valueOf(i).hashCode();
        }
        System.out.println("hash of 0..999 combined " + sum);
        System.out.println("Boolean.hashCode " + Boolean.hashCode(true) + " " + Boolean.hashCode(false));
        System.out.println("Character.hashCode " + Character.hashCode('A'));
        System.out.println("Double.hashCode " + Double.hashCode(1.5) + " " + Double.hashCode(-0.0) + " " + Double.valueOf(Double.NaN).hashCode());
        System.out.println("Float.hashCode " + Float.hashCode(1.5f) + " " + Float.valueOf(-1f).hashCode());
        System.out.println("Long.hashCode " + Long.hashCode(1L << 32) + " " + Long.hashCode(-1L));
        System.out.println("Integer.hashCode " + Integer.valueOf(-7).hashCode());
        System.out.println("Short/Byte hash " + Short.hashCode((short) -2) + " " + Byte.hashCode((byte) -2));
    }
}
