// StringBuilder: append of every type, insert, reverse (incl. surrogate pairs), delete,
// deleteCharAt, replace, setCharAt, setLength, indexOf/lastIndexOf, charAt, capacity growth
// through many appends, chaining, and StringBuffer's equivalent methods.
public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(true).append(',').append('c').append(',').append(42).append(',').append(-7L).append(',')
                .append(1.5f).append(',').append(2.25).append(',').append("str").append(',').append((Object) null)
                .append(',').append((String) null).append(',').append(new char[] { 'x', 'y' }).append(',')
                .append(Integer.valueOf(9)).append(',').append(new StringBuilder("sb")).append(',')
                .append("abcdef", 1, 3).append(',').append(new char[] { 'p', 'q', 'r', 's' }, 1, 2);
        System.out.println(sb);
        System.out.println("length " + sb.length());

        StringBuilder ins = new StringBuilder("0123456789");
        ins.insert(0, "start-");
        ins.insert(ins.length(), "-end");
        ins.insert(8, 'X');
        ins.insert(3, 77);
        ins.insert(1, true);
        ins.insert(2, 3.5);
        ins.insert(0, (Object) "obj");
        ins.insert(4, new char[] { '#', '#' });
        System.out.println("insert " + ins);

        StringBuilder r = new StringBuilder("stressed");
        System.out.println("reverse " + r.reverse());
        StringBuilder sur = new StringBuilder("a\uD83D\uDE00b");
        System.out.println("reverse keeps surrogate pairs " + (sur.reverse().toString().equals("b\uD83D\uDE00a")));

        StringBuilder d = new StringBuilder("Hello, cruel world");
        d.delete(5, 11);
        System.out.println("delete " + d);
        d.deleteCharAt(0);
        System.out.println("deleteCharAt " + d);
        d.replace(0, 4, "Goodbye");
        System.out.println("replace " + d);
        d.setCharAt(0, 'g');
        System.out.println("setCharAt " + d);
        d.setLength(7);
        System.out.println("setLength shorter [" + d + "]");
        d.setLength(9);
        System.out.println("setLength longer has NULs " + (d.charAt(7) == '\0') + " " + (int) d.charAt(8) + " length " + d.length());
        d.setLength(0);
        System.out.println("cleared [" + d + "] " + d.length());

        StringBuilder idx = new StringBuilder("abcabcabc");
        System.out.println("indexOf bc " + idx.indexOf("bc") + " from 2 " + idx.indexOf("bc", 2) + " last " + idx.lastIndexOf("bc")
                + " last from 6 " + idx.lastIndexOf("bc", 6) + " missing " + idx.indexOf("zz"));
        System.out.println("charAt 4 " + idx.charAt(4) + " substring(3) " + idx.substring(3) + " substring(3,5) " + idx.substring(3, 5));

        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            big.append(i % 10);
        }
        System.out.println("big length " + big.length() + " hash " + big.toString().hashCode());
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 50; i++) digits.append(i).append(i % 2 == 0 ? ' ' : '|');
        System.out.println(digits);

        System.out.println("compareTo " + new StringBuilder("abc").compareTo(new StringBuilder("abd")));
        System.out.println("toString new object " + (sb.toString() != sb.toString()) + " equal " + sb.toString().equals(sb.toString()));
        System.out.println("equals is identity " + new StringBuilder("a").equals(new StringBuilder("a")));

        StringBuffer buf = new StringBuffer("buffer");
        buf.append(1).append('!').insert(0, "[").append(']').reverse();
        System.out.println("StringBuffer " + buf + " length " + buf.length());
        buf.reverse().deleteCharAt(0).setCharAt(0, 'B');
        System.out.println("StringBuffer again " + buf);

        try {
            new StringBuilder("abc").charAt(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("charAt(5): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new StringBuilder("abc").deleteCharAt(3);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("deleteCharAt(3): " + e.getMessage());
        }
        try {
            new StringBuilder("abc").insert(4, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("insert(4): " + e.getMessage());
        }
        // appendCodePoint and codePoint methods
        StringBuilder cp = new StringBuilder();
        cp.appendCodePoint(65).appendCodePoint(0x1F600).appendCodePoint(0xE9);
        System.out.println("codepoints length " + cp.length() + " count " + cp.codePointCount(0, cp.length()) + " at1 " + Integer.toHexString(cp.codePointAt(1)));
    }
}
