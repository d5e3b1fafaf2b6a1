// Arrays of every primitive type: default values, stores and loads with narrowing
// (bastore truncates, castore zero-extends), length, clone (a shallow copy), for-each,
// boolean arrays, array fields, array equality by identity, and getClass names.
public class PrimitiveArrays {
    public static void main(String[] args) {
        boolean[] z = new boolean[3];
        byte[] b = new byte[3];
        short[] s = new short[3];
        char[] c = new char[3];
        int[] i = new int[3];
        long[] l = new long[3];
        float[] f = new float[3];
        double[] d = new double[3];
        System.out.println("defaults " + z[0] + " " + b[1] + " " + s[2] + " " + (int) c[0] + " " + i[1] + " " + l[2] + " " + f[0] + " " + d[1]);
        for (int k = 0; k < 3; k++) {
            z[k] = k % 2 == 0;
            b[k] = (byte) (k * 100);
            s[k] = (short) (k * 20000);
            c[k] = (char) ('x' + k);
            i[k] = k * 1000000000;
            l[k] = k * 4000000000L;
            f[k] = k / 3f;
            d[k] = k / 3.0;
        }
        for (int k = 0; k < 3; k++) {
            System.out.println(k + ": " + z[k] + " " + b[k] + " " + s[k] + " " + c[k] + " " + i[k] + " " + l[k] + " " + f[k] + " " + d[k]);
        }
        b[0] = (byte) 0xFF;
        b[1] += 100;
        c[0] = (char) -1;
        s[0] = (short) 0x18000;
        System.out.println("narrowing " + b[0] + " " + b[1] + " " + (int) c[0] + " " + s[0]);
        System.out.println("lengths " + z.length + " " + new int[0].length + " " + new long[1000].length);
        int[] orig = { 1, 2, 3, 4 };
        int[] copy = orig.clone();
        copy[0] = 99;
        System.out.println("clone independent " + orig[0] + " " + copy[0] + " same " + (orig == copy) + " length " + copy.length);
        double[] dc = d.clone();
        System.out.println("double clone " + dc[2] + " class " + dc.getClass().getName());
        long sum = 0;
        for (long v : l) sum += v;
        System.out.println("for-each long sum " + sum);
        char[] word = { 'j', 'a', 'v', 'a' };
        System.out.println("char array as String " + new String(word) + " println(char[]):");
        System.out.println(word);
        System.out.println("class names " + z.getClass().getName() + " " + b.getClass().getName() + " " + s.getClass().getName() + " "
                + c.getClass().getName() + " " + i.getClass().getName() + " " + l.getClass().getName() + " " + f.getClass().getName()
                + " " + d.getClass().getName());
        System.out.println("simple names " + i.getClass().getSimpleName() + " " + d.getClass().getSimpleName()
                + " component " + i.getClass().getComponentType() + " isArray " + i.getClass().isArray());
        System.out.println("equals is identity " + orig.equals(orig.clone()) + " " + orig.equals(orig));
        // histogram with a byte array index and char index
        String text = "hello array world";
        int[] counts = new int[26];
        for (char ch : text.toCharArray()) if (ch >= 'a' && ch <= 'z') counts[ch - 'a']++;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 26; k++) if (counts[k] > 0) sb.append((char) ('a' + k)).append(counts[k]);
        System.out.println("histogram " + sb);
        // reverse in place, rotate, and prefix sums
        int[] arr = new int[10];
        for (int k = 0; k < arr.length; k++) arr[k] = k * k;
        for (int lo = 0, hi = arr.length - 1; lo < hi; lo++, hi--) {
            int t = arr[lo];
            arr[lo] = arr[hi];
            arr[hi] = t;
        }
        StringBuilder r = new StringBuilder();
        for (int v : arr) r.append(v).append(',');
        System.out.println("reversed " + r);
        long[] prefix = new long[arr.length + 1];
        for (int k = 0; k < arr.length; k++) prefix[k + 1] = prefix[k] + arr[k];
        System.out.println("prefix total " + prefix[arr.length] + " middle " + (prefix[7] - prefix[3]));
        float[] fs = { 1.5f, Float.NaN, -0f, Float.MAX_VALUE };
        double[] ds = { Double.MIN_VALUE, Double.NEGATIVE_INFINITY };
        System.out.println("float/double elements " + fs[0] + " " + fs[1] + " " + fs[2] + " " + fs[3] + " " + ds[0] + " " + ds[1]);
        boolean[] sieve = new boolean[50];
        int primes = 0;
        for (int p = 2; p < sieve.length; p++) {
            if (!sieve[p]) {
                primes++;
                for (int m = p * p; m < sieve.length; m += p) sieve[m] = true;
            }
        }
        System.out.println("primes below 50: " + primes);
    }
}
