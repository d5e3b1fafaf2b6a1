import java.util.*;

public class UtilArraysSort {
    static final class Rec {
        final String key;
        final int seq;
        Rec(String key, int seq) { this.key = key; this.seq = seq; }
        public String toString() { return key + "#" + seq; }
    }

    public static void main(String[] args) {
        Random r = new Random(12345);
        int[] ia = new int[40];
        for (int i = 0; i < ia.length; i++) ia[i] = r.nextInt(201) - 100;
        ia[3] = Integer.MIN_VALUE;
        ia[7] = Integer.MAX_VALUE;
        Arrays.sort(ia);
        System.out.println("int " + Arrays.toString(ia));
        long[] la = new long[25];
        for (int i = 0; i < la.length; i++) la[i] = r.nextLong() >> (i % 40);
        Arrays.sort(la);
        System.out.println("long " + Arrays.toString(la));
        short[] sa = new short[30];
        for (int i = 0; i < sa.length; i++) sa[i] = (short) r.nextInt();
        Arrays.sort(sa);
        System.out.println("short " + Arrays.toString(sa));
        byte[] ba = new byte[30];
        r.nextBytes(ba);
        Arrays.sort(ba);
        System.out.println("byte " + Arrays.toString(ba));
        char[] ca = "the quick brown fox jumps over the lazy dog ZEBRA 123".toCharArray();
        Arrays.sort(ca);
        System.out.println("char " + new String(ca) + "|");
        System.out.println("char array " + Arrays.toString(Arrays.copyOfRange(ca, 0, 12)));
        double[] da = {3.5, -0.0, 0.0, Double.NaN, -1.25, Double.POSITIVE_INFINITY, 1e10, -1e-3, Double.NEGATIVE_INFINITY, 2.0, 0.0, Double.NaN, -0.0};
        Arrays.sort(da);
        System.out.println("double " + Arrays.toString(da));
        float[] fa = {2.5f, Float.NaN, -0.0f, 0.0f, -7f, 100f, Float.MIN_VALUE, -Float.MAX_VALUE, 0.25f};
        Arrays.sort(fa);
        System.out.println("float " + Arrays.toString(fa));
        // large arrays to exercise the quicksort paths
        int[] big = new int[5000];
        for (int i = 0; i < big.length; i++) big[i] = r.nextInt(1000);
        Arrays.sort(big);
        boolean ok = true;
        for (int i = 1; i < big.length; i++) if (big[i - 1] > big[i]) ok = false;
        long sum = 0;
        for (int v : big) sum += v;
        System.out.println("big int sorted " + ok + " sum " + sum + " min " + big[0] + " median " + big[2500] + " max " + big[4999]);
        long[] bigL = new long[3000];
        for (int i = 0; i < bigL.length; i++) bigL[i] = (long) (bigL.length - i) * 1000003L % 9973;
        Arrays.sort(bigL);
        ok = true;
        for (int i = 1; i < bigL.length; i++) if (bigL[i - 1] > bigL[i]) ok = false;
        System.out.println("big long sorted " + ok + " " + bigL[0] + " " + bigL[1500] + " " + bigL[2999]);
        double[] bigD = new double[2000];
        for (int i = 0; i < bigD.length; i++) bigD[i] = (i * 7919 % 2000) - 1000;
        Arrays.sort(bigD);
        System.out.println("big double " + bigD[0] + " " + bigD[1000] + " " + bigD[1999]);
        char[] bigC = new char[4000];
        for (int i = 0; i < bigC.length; i++) bigC[i] = (char) ('a' + (i * 31 % 26));
        Arrays.sort(bigC);
        System.out.println("big char " + bigC[0] + bigC[2000] + bigC[3999]);
        short[] bigS = new short[4000];
        for (int i = 0; i < bigS.length; i++) bigS[i] = (short) (i * 7777);
        Arrays.sort(bigS);
        System.out.println("big short " + bigS[0] + " " + bigS[2000] + " " + bigS[3999]);
        byte[] bigB = new byte[1000];
        for (int i = 0; i < bigB.length; i++) bigB[i] = (byte) (i * 37);
        Arrays.sort(bigB);
        System.out.println("big byte " + bigB[0] + " " + bigB[500] + " " + bigB[999]);
        // ranges
        int[] part = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
        Arrays.sort(part, 2, 7);
        System.out.println("range sort " + Arrays.toString(part));
        try {
            Arrays.sort(part, 5, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("bad range: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Arrays.sort(part, 0, 11);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("bad range: " + e.getClass().getName() + ": " + e.getMessage());
        }
        // objects, stability
        String[] keys = {"b", "a", "c", "a", "b", "c", "a", "d", "b"};
        Rec[] recs = new Rec[keys.length];
        for (int i = 0; i < keys.length; i++) recs[i] = new Rec(keys[i], i);
        Arrays.sort(recs, Comparator.comparing((Rec x) -> x.key));
        System.out.println("stable by key " + Arrays.toString(recs));
        Arrays.sort(recs, Comparator.comparing((Rec x) -> x.key).reversed());
        System.out.println("stable by key desc " + Arrays.toString(recs));
        Rec[] many = new Rec[300];
        for (int i = 0; i < many.length; i++) many[i] = new Rec("k" + (i * 7 % 5), i);
        Arrays.sort(many, (x, y) -> x.key.compareTo(y.key));
        boolean stable = true;
        for (int i = 1; i < many.length; i++) {
            if (many[i - 1].key.equals(many[i].key) && many[i - 1].seq > many[i].seq) stable = false;
        }
        System.out.println("large stable " + stable + " first " + many[0] + " mid " + many[150] + " last " + many[299]);
        String[] strs = {"pear", "Apple", "fig", "banana", "Cherry", "date", "apple"};
        Arrays.sort(strs);
        System.out.println("strings natural " + Arrays.toString(strs));
        Arrays.sort(strs, String.CASE_INSENSITIVE_ORDER);
        System.out.println("strings ci " + Arrays.toString(strs));
        Arrays.sort(strs, 1, 5, Comparator.reverseOrder());
        System.out.println("strings range reverse " + Arrays.toString(strs));
        Integer[] boxed = {5, 3, 9, 1, 7, 3};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println("boxed reverse " + Arrays.toString(boxed));
        Object[] objs = {"b", "a", "c"};
        Arrays.sort(objs);
        System.out.println("objects " + Arrays.toString(objs));
        try {
            Object[] mixed = {"a", 1, "b"};
            Arrays.sort(mixed);
        } catch (ClassCastException e) {
            System.out.println("mixed: " + e.getClass().getName());
        }
        int[] pre = {1, 2, 3, 4, 5};
        Arrays.sort(pre);
        System.out.println("already sorted " + Arrays.toString(pre));
    }
}
