import java.util.*;

public class UtilRandom {
    static String d(double v) {
        return Long.toHexString(Double.doubleToLongBits(v)) + "~" + (long) (v * 1_000_000);
    }

    public static void main(String[] args) {
        long[] seeds = {0L, 1L, 42L, -1L, 123456789L, Long.MAX_VALUE};
        for (long seed : seeds) {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder("seed " + seed + ":");
            for (int i = 0; i < 5; i++) sb.append(' ').append(r.nextInt());
            System.out.println(sb);
        }
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder("nextInt(bound):");
        int[] bounds = {1, 2, 3, 7, 10, 16, 100, 1000, 1 << 20, 1 << 30, Integer.MAX_VALUE, 1_000_000_007};
        for (int b : bounds) sb.append(' ').append(r.nextInt(b));
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 30; i++) sb.append(r.nextInt(6) + 1);
        System.out.println("dice " + sb);
        sb.setLength(0);
        for (int i = 0; i < 6; i++) sb.append(r.nextLong()).append(' ');
        System.out.println("nextLong " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 20; i++) sb.append(r.nextBoolean() ? 'T' : 'F');
        System.out.println("nextBoolean " + sb);
        for (int i = 0; i < 5; i++) System.out.println("nextDouble " + d(r.nextDouble()));
        for (int i = 0; i < 5; i++) {
            float f = r.nextFloat();
            System.out.println("nextFloat " + Integer.toHexString(Float.floatToIntBits(f)) + "~" + (int) (f * 100000));
        }
        for (int i = 0; i < 7; i++) System.out.println("nextGaussian " + d(r.nextGaussian()));
        byte[] bytes = new byte[13];
        r.nextBytes(bytes);
        System.out.println("nextBytes " + Arrays.toString(bytes));
        r.setSeed(42);
        System.out.println("after setSeed(42) nextInt " + r.nextInt() + " (same as fresh " + new Random(42).nextInt() + ")");
        Random g = new Random(99);
        g.nextGaussian();
        g.setSeed(99);
        Random g2 = new Random(99);
        System.out.println("setSeed clears gaussian cache " + (Double.doubleToLongBits(g.nextGaussian()) == Double.doubleToLongBits(g2.nextGaussian())));
        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(0): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            r.nextInt(-5);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(-5): " + e.getClass().getName());
        }
        // histogram
        Random h = new Random(2024);
        int[] counts = new int[10];
        for (int i = 0; i < 10000; i++) counts[h.nextInt(10)]++;
        System.out.println("histogram " + Arrays.toString(counts));
        int[] gcounts = new int[8];
        for (int i = 0; i < 5000; i++) {
            double v = h.nextGaussian();
            int bucket = (int) Math.floor(v + 4);
            if (bucket < 0) bucket = 0;
            if (bucket > 7) bucket = 7;
            gcounts[bucket]++;
        }
        System.out.println("gaussian buckets " + Arrays.toString(gcounts));
        long acc = 0;
        for (int i = 0; i < 1000; i++) acc += (long) (h.nextDouble() * 1000);
        System.out.println("double sum " + acc);
        // Monte Carlo pi with fixed seed
        Random mc = new Random(314159);
        int inside = 0;
        int n = 20000;
        for (int i = 0; i < n; i++) {
            double x = mc.nextDouble();
            double y = mc.nextDouble();
            if (x * x + y * y <= 1.0) inside++;
        }
        System.out.println("monte carlo inside " + inside + " of " + n);
        // random walk
        Random w = new Random(5);
        int pos = 0, maxPos = 0, minPos = 0;
        for (int i = 0; i < 1000; i++) {
            pos += w.nextBoolean() ? 1 : -1;
            maxPos = Math.max(maxPos, pos);
            minPos = Math.min(minPos, pos);
        }
        System.out.println("walk end " + pos + " max " + maxPos + " min " + minPos);
        // Fisher-Yates by hand vs Collections.shuffle
        int[] perm = new int[12];
        for (int i = 0; i < perm.length; i++) perm[i] = i;
        Random fy = new Random(11);
        for (int i = perm.length - 1; i > 0; i--) {
            int j = fy.nextInt(i + 1);
            int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
        }
        System.out.println("fisher-yates " + Arrays.toString(perm));
        List<Integer> lst = new ArrayList<>();
        for (int i = 0; i < 12; i++) lst.add(i);
        Collections.shuffle(lst, new Random(11));
        System.out.println("Collections.shuffle " + lst);
        Random rg = new Random(77);
        sb.setLength(0);
        for (int i = 0; i < 8; i++) sb.append(rg.nextInt(5, 10)).append(' ');
        System.out.println("nextInt(origin,bound) " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(rg.nextLong(1000)).append(' ');
        System.out.println("nextLong(bound) " + sb.toString().trim());
        // sequences are shared between instances with the same seed
        Random p = new Random(8), q = new Random(8);
        boolean same = true;
        for (int i = 0; i < 100; i++) if (p.nextLong() != q.nextLong()) same = false;
        System.out.println("same sequence " + same);
    }
}
