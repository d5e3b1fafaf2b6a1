// Boolean logic: short-circuit && and || (side effects show which operands ran),
// non-short-circuit & | ^ on booleans, !, ternaries with mixed operand types, nested ternaries.
public class BooleanLogic {
    static int calls = 0;
    static StringBuilder log = new StringBuilder();

    static boolean t(String name) {
        calls++;
        log.append(name);
        return true;
    }

    static boolean f(String name) {
        calls++;
        log.append(name);
        return false;
    }

    static void show(String expr, boolean value) {
        System.out.println(expr + " = " + value + " [" + log + "] calls=" + calls);
        log.setLength(0);
        calls = 0;
    }

    static String sign(int x) {
        return x > 0 ? "positive" : x < 0 ? "negative" : "zero";
    }

    public static void main(String[] args) {
        show("t && f", t("a") && f("b"));
        show("f && t", f("a") && t("b"));
        show("t || f", t("a") || f("b"));
        show("f || t", f("a") || t("b"));
        show("f & t", f("a") & t("b"));
        show("t | f", t("a") | f("b"));
        show("t ^ t", t("a") ^ t("b"));
        show("t ^ f", t("a") ^ f("b"));
        show("!(f || f) && t", !(f("a") || f("b")) && t("c"));
        show("f && t || t", f("a") && t("b") || t("c"));
        show("t || t && f", t("a") || t("b") && f("c"));
        show("(t || t) && f", (t("a") || t("b")) && f("c"));

        boolean[] bs = { false, true };
        for (boolean x : bs) {
            for (boolean y : bs) {
                for (boolean z : bs) {
                    System.out.println(x + " " + y + " " + z + ": " + (x && y || z) + " " + (x || y && z) + " " + (x ^ y ^ z)
                            + " " + (x == y) + " " + (x != z) + " " + (!x & y | z));
                }
            }
        }
        for (int i = -2; i <= 2; i++) System.out.println("sign " + i + " " + sign(i));

        // ternary operand typing: int and char -> char when constant fits; Integer and int -> int
        char c = true ? 'x' : 0;
        System.out.println("char ternary " + c);
        int ci = 'x';
        System.out.println("ternary int/char " + (false ? ci : 'y'));
        Object o = true ? 1 : "one";
        System.out.println("object ternary " + o + " " + o.getClass().getName());
        Object num = true ? Integer.valueOf(1) : Double.valueOf(2.0);
        System.out.println("numeric promotion in ternary " + num);
        long l = false ? 1 : 2L;
        System.out.println("long ternary " + l);

        // boolean fields/arrays default and compound boolean assignment
        boolean flag = false;
        flag |= true;
        flag &= true;
        flag ^= true;
        System.out.println("compound flag " + flag);
        boolean[] arr = new boolean[3];
        arr[1] = !arr[0];
        System.out.println("array " + arr[0] + " " + arr[1] + " " + arr[2]);
        // conditions on ints: all the if<cond> and if_icmp<cond> forms
        int[] vals = { -5, 0, 5 };
        for (int x : vals) {
            String s = "";
            if (x == 0) s += "eq0 ";
            if (x != 0) s += "ne0 ";
            if (x < 0) s += "lt0 ";
            if (x <= 0) s += "le0 ";
            if (x > 0) s += "gt0 ";
            if (x >= 0) s += "ge0 ";
            for (int y : vals) {
                if (x == y) s += "=";
                if (x != y) s += "!";
                if (x < y) s += "<";
                if (x <= y) s += "l";
                if (x > y) s += ">";
                if (x >= y) s += "g";
                s += ",";
            }
            System.out.println(x + ": " + s);
        }
        // reference comparisons: if_acmpeq, if_acmpne, ifnull, ifnonnull
        String s1 = "abc", s2 = "abc", s3 = new String("abc"), n = null;
        System.out.println("acmp " + (s1 == s2) + " " + (s1 == s3) + " " + (s1 != s3) + " " + (n == null) + " " + (s1 != null));
    }
}
