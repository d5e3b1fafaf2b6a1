// Autoboxing and unboxing in arithmetic, compound assignment on boxes, boxed method
// arguments, conditional expression typing (Integer vs int: a null unboxes to an NPE),
// boxed comparisons, and widening plus boxing in assignments.
public class BoxingArithmetic {
    static int twice(int x) { return 2 * x; }
    static Integer boxedTwice(Integer x) { return x * 2; }
    static long widen(long x) { return x + 1; }
    static Object box(Object o) { return o; }
    static Integer nullInteger() { return null; }

    public static void main(String[] args) {
        Integer a = 10, b = 32;
        int sum = a + b;
        Integer boxedSum = a + b;
        System.out.println("sum " + sum + " boxedSum " + boxedSum + " product " + (a * b) + " div " + (b / a) + " rem " + (b % a));
        Long l = 5L;
        Double d = 2.5;
        Float f = 1.5f;
        Character c = 'A';
        Short s = 7;
        Byte by = 3;
        System.out.println("mixed " + (a + l) + " " + (l * d) + " " + (f + d) + " " + (c + 1) + " " + (s * by) + " " + (a / d));
        a++;
        a += 5;
        a *= 2;
        a -= 7;
        a >>= 1;
        System.out.println("compound " + a);
        c++;
        System.out.println("char box ++ " + c);
        d /= 2;
        System.out.println("double box /= " + d);
        System.out.println("twice(Integer) " + twice(a) + " boxedTwice(int) " + boxedTwice(21) + " widen(int box) " + widen(a));
        Object o = box(42);
        System.out.println("box(42) " + o.getClass().getSimpleName() + " box('x') " + box('x').getClass().getSimpleName()
                + " box(4.0f) " + box(4.0f).getClass().getSimpleName() + " box(1L) " + box(1L).getClass().getSimpleName());
        boolean flag = true;
        Integer i1 = flag ? 1 : null;
        System.out.println("conditional boxed " + i1);
        Integer nothing = null;
        try {
            int bad = flag ? nothing : 0;
            System.out.println("not reached " + bad);
        } catch (NullPointerException e) {
            System.out.println("conditional unboxing null: " + e.getClass().getName());
        }
        try {
            Integer x = flag ? nullInteger() : Integer.valueOf(0);
            System.out.println("all-boxed conditional keeps null: " + x);
            Integer y = flag ? nullInteger() : 0;
            System.out.println("not reached " + y);
        } catch (NullPointerException e) {
            System.out.println("mixed conditional unboxes: " + e.getClass().getName());
        }
        try {
            int z = nothing + 1;
            System.out.println("not reached " + z);
        } catch (NullPointerException e) {
            System.out.println("arithmetic on null box: " + e.getClass().getName());
        }
        try {
            Boolean bb = null;
            if (bb) System.out.println("not reached");
        } catch (NullPointerException e) {
            System.out.println("if on null Boolean: " + e.getClass().getName());
        }
        Object mixed = flag ? 1 : 2.0;
        System.out.println("int:double conditional gives " + mixed + " " + mixed.getClass().getSimpleName());
        Object mixed2 = flag ? (Object) 1 : 2.0;
        System.out.println("object cast keeps " + mixed2 + " " + mixed2.getClass().getSimpleName());
        long wide = a;
        double wider = l;
        System.out.println("widening from boxes " + wide + " " + wider);
        Integer big = 1000;
        int total = 0;
        for (Integer k = 0; k < 10; k++) total += k * big;
        System.out.println("loop with boxed counter " + total);
        Integer[] arr = { 3, 1, 2 };
        int prod = 1;
        for (int v : arr) prod *= v;
        System.out.println("unboxing in for-each " + prod);
        Double acc = 0.0;
        for (int k = 1; k <= 4; k++) acc += 1.0 / k;
        System.out.println("double accumulator " + acc);
        System.out.println("equals across types " + Integer.valueOf(1).equals(Long.valueOf(1)) + " " + Long.valueOf(1).equals(1L)
                + " == after unboxing " + (Integer.valueOf(1) == 1L));
    }
}
