// String identity: literals are interned and shared, compile-time constant expressions
// fold to the same literal, run-time concatenation creates new strings, intern() returns
// the canonical instance, and literals from another class are the same object.
public class StringIntern {
    static final String PREFIX = "hel";
    static String nonFinal = "hel";

    public static void main(String[] args) {
        String a = "hello";
        String b = "hello";
        String c = new String("hello");
        String d = "hel" + "lo";
        String e = PREFIX + "lo";
        String f = nonFinal + "lo";
        String g = f.intern();
        String h = new StringBuilder("hel").append("lo").toString();
        System.out.println("a==b " + (a == b));
        System.out.println("a==c " + (a == c));
        System.out.println("a.equals(c) " + a.equals(c));
        System.out.println("a==d " + (a == d));
        System.out.println("a==e " + (a == e));
        System.out.println("a==f " + (a == f));
        System.out.println("a==g " + (a == g));
        System.out.println("a==h " + (a == h) + " a==h.intern() " + (a == h.intern()));
        System.out.println("c.intern()==a " + (c.intern() == a));
        System.out.println("other class literal " + (a == Other.HELLO) + " " + (a == Other.hello()));
        String fresh = new String(new char[] { 'u', 'n', 'i', 'q', 'u', 'e', '1', '2', '3' });
        String freshInterned = fresh.intern();
        // (whether fresh itself becomes the canonical instance depends on when the VM resolves
        // the literal below, so only equality is printed)
        System.out.println("fresh equals interned " + fresh.equals(freshInterned));
        System.out.println("literal after intern " + ("unique123" == freshInterned));
        String empty1 = "";
        String empty2 = new String();
        System.out.println("empty " + (empty1 == empty2) + " " + empty1.equals(empty2) + " " + (empty2.intern() == empty1));
        String num = String.valueOf(12345);
        System.out.println("valueOf not interned " + (num == "12345") + " interned " + (num.intern() == "12345"));
        // switch-free lookup via intern
        String[] keys = { "alpha", "beta", "gamma" };
        String probe = new String("beta").intern();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == probe) System.out.println("found beta at " + i + " by identity");
        }
        // concatenation with constants is folded even with char and int constants
        final int n = 5;
        final char ch = 'x';
        String folded = "v" + n + ch;
        System.out.println("folded " + (folded == "v5x"));
        String unfolded = "v" + args.length + ch;
        System.out.println("unfolded " + (unfolded == "v0x") + " " + unfolded.equals("v0x"));
    }
}

class Other {
    static final String HELLO = "hello";

    static String hello() {
        return "hel" + "lo";
    }
}
