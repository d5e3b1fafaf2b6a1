// Overload resolution: exact match, widening primitive conversion before boxing, boxing
// before varargs, most specific method, null arguments, char vs int, Object vs String,
// overloads differing in long/float/double, and static vs instance overloads.
public class Overloading {
    static String f(int x) { return "f(int)"; }
    static String f(long x) { return "f(long)"; }
    static String f(double x) { return "f(double)"; }
    static String f(Integer x) { return "f(Integer)"; }
    static String f(Object x) { return "f(Object)"; }
    static String f(int... x) { return "f(int...)"; }

    static String g(long x) { return "g(long)"; }
    static String g(Integer x) { return "g(Integer)"; }

    static String h(Object x) { return "h(Object)"; }
    static String h(String x) { return "h(String)"; }

    static String k(char c) { return "k(char)"; }
    static String k(int i) { return "k(int)"; }

    static String m(double d) { return "m(double)"; }
    static String m(float f) { return "m(float)"; }

    static String v(Object... os) { return "v(Object...) " + os.length; }
    static String v(String s, Object... os) { return "v(String, Object...) " + os.length; }

    static String boxOnly(Long l) { return "boxOnly(Long)"; }
    static String boxOnly(Object o) { return "boxOnly(Object)"; }

    static String n(Number n) { return "n(Number)"; }
    static String n(Comparable<?> c) { return "n(Comparable)"; }
    static String n(Integer i) { return "n(Integer)"; }

    String inst(int x) { return "inst(int)"; }
    String inst(String x) { return "inst(String)"; }

    public static void main(String[] args) {
        byte b = 1;
        short s = 2;
        char c = 'c';
        long l = 3;
        float fl = 4f;
        Integer boxed = 5;
        Long boxedLong = 6L;
        System.out.println("byte " + f(b) + " short " + f(s) + " char " + f(c) + " int " + f(1) + " long " + f(l));
        System.out.println("float " + f(fl) + " double " + f(1.0) + " Integer " + f(boxed) + " Long " + f(boxedLong) + " String " + f("x"));
        System.out.println("none " + f() + " two " + f(1, 2) + " array " + f(new int[] { 1 }));
        System.out.println("g(int) widening wins over boxing: " + g(5) + " g(Integer) " + g(boxed));
        System.out.println("h(null) most specific: " + h(null) + " h(Object) " + h((Object) "s") + " h(\"s\") " + h("s"));
        System.out.println("k('a') " + k('a') + " k(97) " + k(97) + " k('a'+1) " + k('a' + 1) + " k((char)98) " + k((char) 98));
        System.out.println("m(1) " + m(1) + " m(1L) " + m(1L) + " m(1.0) " + m(1.0) + " m(1f) " + m(1f));
        System.out.println(v() + " | " + v("a") + " | " + v("a", "b") + " | " + v(1, 2) + " | " + v((Object) "a"));
        System.out.println("boxOnly(1L) " + boxOnly(1L) + " boxOnly(1) " + boxOnly(1));
        System.out.println("n(Integer) " + n(boxed) + " n(1.5) via Double " + n((Number) 1.5) + " n(\"s\") " + n("s"));
        Overloading o = new Overloading();
        System.out.println("instance " + o.inst(1) + " " + o.inst("x") + " " + o.inst('c'));
        Object obj = "runtime String";
        System.out.println("static type decides: " + h(obj));
    }
}
