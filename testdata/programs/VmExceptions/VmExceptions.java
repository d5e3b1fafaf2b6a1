// Exceptions raised by the VM itself and their messages: idiv/irem/ldiv/lrem by zero,
// array index out of bounds (every array type, negative index), negative array size,
// checkcast failure, array store failure, NullPointerException (class name only), and
// floating point division by zero which does not throw.
public class VmExceptions {
    interface Shape { }
    static class Circle implements Shape { }
    static class Square implements Shape { }

    static int zero() { return 0; }
    static Object nothing() { return null; }

    public static void main(String[] args) {
        try { System.out.println(10 / zero()); } catch (ArithmeticException e) { System.out.println("idiv: " + e.getMessage()); }
        try { System.out.println(10 % zero()); } catch (ArithmeticException e) { System.out.println("irem: " + e.getMessage()); }
        try { System.out.println(10L / zero()); } catch (ArithmeticException e) { System.out.println("ldiv: " + e.getMessage()); }
        try { System.out.println(10L % (long) zero()); } catch (ArithmeticException e) { System.out.println("lrem: " + e); }
        System.out.println("fdiv: " + (10f / zero()) + " ddiv: " + (10.0 / zero()) + " drem: " + (10.0 % zero()));

        int[] ints = new int[3];
        try { ints[5] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("iastore: " + e.getMessage()); }
        try { System.out.println(ints[-1]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("iaload: " + e.getMessage()); }
        long[] longs = new long[2];
        double[] doubles = new double[0];
        byte[] bytes = new byte[4];
        boolean[] bools = new boolean[1];
        char[] chars = new char[2];
        short[] shorts = new short[3];
        float[] floats = new float[1];
        String[] strings = new String[2];
        try { System.out.println(longs[2]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("laload: " + e.getMessage()); }
        try { System.out.println(doubles[0]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("daload: " + e.getMessage()); }
        try { bytes[4] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("bastore: " + e.getMessage()); }
        try { bools[Integer.MAX_VALUE] = true; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("bastore bool: " + e.getMessage()); }
        try { chars[Integer.MIN_VALUE] = 'x'; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("castore: " + e.getMessage()); }
        try { System.out.println(shorts[3]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("saload: " + e.getMessage()); }
        try { System.out.println(floats[1]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("faload: " + e.getMessage()); }
        try { System.out.println(strings[7]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("aaload: " + e.getMessage()); }
        try { ints[3]++; } catch (IndexOutOfBoundsException e) { System.out.println("as IOOBE: " + e); }

        int n = -1;
        try { int[] a = new int[n]; System.out.println(a.length); } catch (NegativeArraySizeException e) { System.out.println("newarray: " + e.getMessage()); }
        try { String[] a = new String[n - 4]; System.out.println(a.length); } catch (NegativeArraySizeException e) { System.out.println("anewarray: " + e.getMessage()); }
        try { int[][] a = new int[2][n]; System.out.println(a.length); } catch (NegativeArraySizeException e) { System.out.println("multianewarray: " + e.getMessage()); }
        int[] zeroLen = new int[0];
        System.out.println("zero length ok " + zeroLen.length);

        Object o = Integer.valueOf(42);
        try { String s = (String) o; System.out.println(s); } catch (ClassCastException e) { System.out.println("checkcast: " + e.getMessage()); }
        Shape shape = new Circle();
        try { Square sq = (Square) shape; System.out.println(sq); } catch (ClassCastException e) { System.out.println("checkcast user: " + e.getMessage()); }
        Object arr = new int[1];
        // (HotSpot's message for primitive array types differs between its interpreter and
        // compilers, so only the class name is printed here)
        try { long[] la = (long[]) arr; System.out.println(la); } catch (ClassCastException e) { System.out.println("checkcast array: " + e.getClass().getName()); }
        Object nul = nothing();
        String fromNull = (String) nul;
        System.out.println("cast of null ok: " + fromNull);

        Object[] objs = new String[2];
        try { objs[0] = Integer.valueOf(1); } catch (ArrayStoreException e) { System.out.println("aastore: " + e.getMessage()); }
        Object[] shapes = new Circle[1];
        try { shapes[0] = new Square(); } catch (ArrayStoreException e) { System.out.println("aastore user: " + e.getMessage()); }
        objs[1] = "fine";
        objs[0] = null;
        System.out.println("aastore ok: " + objs[1] + " " + objs[0]);

        try { System.out.println(nul.hashCode()); } catch (NullPointerException e) { System.out.println("invokevirtual on null: " + e.getClass().getName()); }
        int[] nullArr = null;
        try { System.out.println(nullArr.length); } catch (NullPointerException e) { System.out.println("arraylength on null: " + e.getClass().getName()); }
        try { nullArr[0] = 1; } catch (NullPointerException e) { System.out.println("iastore on null: " + e.getClass().getName()); }
        Circle nullCircle = null;
        try { synchronized (nullCircle) { System.out.println("no"); } } catch (NullPointerException e) { System.out.println("monitorenter on null: " + e.getClass().getName()); }
        RuntimeException nullEx = null;
        try { throw nullEx; } catch (NullPointerException e) { System.out.println("athrow null: " + e.getClass().getName()); }
        try { String s = null; s.length(); } catch (NullPointerException e) { System.out.println("String method on null: " + e.getClass().getName()); }
        Holder h = null;
        try { System.out.println(h.value); } catch (NullPointerException e) { System.out.println("getfield on null: " + e.getClass().getName()); }
        try { h.value = 3; } catch (NullPointerException e) { System.out.println("putfield on null: " + e.getClass().getName()); }

        // an exception thrown inside a deeply nested expression leaves earlier side effects
        int[] counter = { 0 };
        try {
            int r = counter[0]++ + counter[0]++ + 1 / zero() + counter[0]++;
            System.out.println(r);
        } catch (ArithmeticException e) {
            System.out.println("side effects before throw: " + counter[0]);
        }
    }

    static class Holder {
        int value;
    }
}
