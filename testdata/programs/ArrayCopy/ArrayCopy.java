// System.arraycopy: every primitive type, overlapping copies in both directions within
// one array, zero-length copies, object arrays, and the exceptions for bad arguments
// (index out of bounds, type mismatch, null) with their messages.
public class ArrayCopy {
    static String str(int[] a) {
        StringBuilder sb = new StringBuilder();
        for (int v : a) sb.append(v).append(' ');
        return sb.toString().trim();
    }

    static int[] seq(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    public static void main(String[] args) {
        int[] src = seq(10);
        int[] dst = new int[10];
        System.arraycopy(src, 2, dst, 4, 5);
        System.out.println("simple " + str(dst));
        int[] a = seq(10);
        System.arraycopy(a, 0, a, 3, 7);
        System.out.println("overlap forward " + str(a));
        a = seq(10);
        System.arraycopy(a, 3, a, 0, 7);
        System.out.println("overlap backward " + str(a));
        a = seq(10);
        System.arraycopy(a, 2, a, 2, 5);
        System.out.println("same position " + str(a));
        System.arraycopy(a, 10, dst, 10, 0);
        System.out.println("zero length at end ok");

        byte[] bs = { 1, 2, 3, 4 };
        byte[] bd = new byte[6];
        System.arraycopy(bs, 0, bd, 1, 4);
        System.out.println("bytes " + bd[0] + bd[1] + bd[2] + bd[3] + bd[4] + bd[5]);
        char[] cs = "hello".toCharArray();
        System.arraycopy(cs, 0, cs, 1, 4);
        System.out.println("chars " + new String(cs));
        long[] ls = { 1L << 40, 2, 3 };
        long[] ld = new long[3];
        System.arraycopy(ls, 0, ld, 0, 3);
        System.out.println("longs " + ld[0] + " " + ld[2]);
        double[] ds = { 0.5, 1.5, 2.5 };
        double[] dd = new double[4];
        System.arraycopy(ds, 1, dd, 2, 2);
        System.out.println("doubles " + dd[0] + " " + dd[2] + " " + dd[3]);
        short[] ss = { -1, -2 };
        short[] sd = new short[2];
        System.arraycopy(ss, 0, sd, 0, 2);
        float[] fs = { 0.25f };
        float[] fd = new float[1];
        System.arraycopy(fs, 0, fd, 0, 1);
        boolean[] zs = { true, false, true };
        boolean[] zd = new boolean[3];
        System.arraycopy(zs, 0, zd, 0, 3);
        System.out.println("shorts " + sd[1] + " floats " + fd[0] + " booleans " + zd[0] + zd[1] + zd[2]);
        String[] strs = { "a", "b", "c" };
        Object[] objs = new Object[4];
        System.arraycopy(strs, 0, objs, 1, 3);
        System.out.println("objects " + objs[0] + " " + objs[1] + " " + objs[3]);
        Object[] mixed = { "x", 1, "y" };
        String[] target = new String[3];
        try {
            System.arraycopy(mixed, 0, target, 0, 3);
        } catch (ArrayStoreException e) {
            System.out.println("partial store then: " + e.getMessage());
            System.out.println("  copied before failure: " + target[0] + " " + target[1] + " " + target[2]);
        }
        try {
            System.arraycopy(src, 8, dst, 0, 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("src overflow: " + e.getMessage());
        }
        try {
            System.arraycopy(src, 0, dst, 7, 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("dst overflow: " + e.getMessage());
        }
        try {
            System.arraycopy(src, -1, dst, 0, 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("negative src pos: " + e.getMessage());
        }
        try {
            System.arraycopy(src, 0, dst, 0, -2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("negative length: " + e.getMessage());
        }
        try {
            System.arraycopy(src, 0, ld, 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("type mismatch: " + e.getMessage());
        }
        try {
            System.arraycopy("not an array", 0, dst, 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("not an array: " + e.getMessage());
        }
        try {
            System.arraycopy(null, 0, dst, 0, 1);
        } catch (NullPointerException e) {
            System.out.println("null src: " + e.getClass().getName());
        }
        try {
            System.arraycopy(strs, 0, new int[3], 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("object to primitive: " + e.getMessage());
        }
        int[] big = seq(1000);
        System.arraycopy(big, 0, big, 1, 999);
        long sum = 0;
        for (int v : big) sum += v;
        System.out.println("big shifted sum " + sum + " first " + big[0] + " " + big[1]);
    }
}
