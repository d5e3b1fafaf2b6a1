import java.lang.reflect.Array;
import java.util.*;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

// Smaller library pieces everyday programs touch: TimeUnit conversions (benchmark
// harnesses), reflective arrays (generic array helpers), ThreadLocalRandom (only its
// ranges are printed, its values differ from run to run).
public class OddsAndEnds {
    @SuppressWarnings("unchecked")
    static <T> T[] concat(T[] a, T[] b) {
        T[] r = (T[]) Array.newInstance(a.getClass().getComponentType(), a.length + b.length);
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    static String describe(Object array) {
        StringBuilder sb = new StringBuilder(array.getClass().getSimpleName()).append('(').append(Array.getLength(array)).append(")[");
        for (int i = 0; i < Array.getLength(array); i++) {
            Object e = Array.get(array, i);
            sb.append(i > 0 ? ", " : "").append(e != null && e.getClass().isArray() ? describe(e) : String.valueOf(e));
        }
        return sb.append(']').toString();
    }

    public static void main(String[] args) {
        long elapsedNanos = 3_723_456_789_012L;
        for (TimeUnit u : TimeUnit.values()) {
            System.out.println(u + ": " + u.convert(elapsedNanos, TimeUnit.NANOSECONDS) + " " + u.toMillis(90) + " " + u.toSeconds(-1) + " "
                + TimeUnit.HOURS.convert(5000, u) + " " + u.toNanos(Long.MAX_VALUE / 1000) + " " + u.ordinal());
        }
        System.out.println(TimeUnit.DAYS.toHours(2) + " " + TimeUnit.MINUTES.toDays(10_000) + " " + TimeUnit.MILLISECONDS.toMicros(Long.MIN_VALUE / 10)
            + " " + TimeUnit.valueOf("SECONDS").toMinutes(3599) + " " + TimeUnit.SECONDS.compareTo(TimeUnit.DAYS));
        try {
            TimeUnit.MILLISECONDS.sleep(1);
            TimeUnit.SECONDS.sleep(0);
            System.out.println("slept");
        } catch (InterruptedException e) {
            System.out.println("interrupted");
        }

        String[] s = concat(new String[] {"a", "b"}, new String[] {"c"});
        Integer[] n = concat(new Integer[] {1}, new Integer[] {2, 3});
        System.out.println(Arrays.toString(s) + " " + s.getClass().getSimpleName() + " " + Arrays.toString(n));
        int[][] grid = (int[][]) Array.newInstance(int.class, 2, 3);
        Array.setInt(grid[1], 2, 9);
        Array.set(grid[0], 0, (short) 4);
        System.out.println(describe(grid) + " " + describe(new char[] {'x', 'y'}) + " " + describe(new Object[] {null, "s", new double[] {1.5}}));
        double[] ds = new double[3];
        Array.setFloat(ds, 0, 1.5f);
        Array.setLong(ds, 1, 7L);
        Array.setChar(ds, 2, 'A');
        System.out.println(Arrays.toString(ds) + " " + Array.getDouble(new int[] {3}, 0) + " " + Array.getLong(new char[] {'b'}, 0) + " " + Array.getBoolean(new boolean[] {true}, 0));
        Object[] bad = {
            "not an array", new int[2],
        };
        try { Array.getLength(bad[0]); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { Array.get(bad[1], 2); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE " + e.getMessage()); }
        try { Array.set(bad[1], 0, "x"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { Array.set(new String[1], 0, 1); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { Array.getInt(new long[1], 0); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { Array.newInstance(int.class, -1); } catch (NegativeArraySizeException e) { System.out.println("NASE " + e.getMessage()); }
        System.out.println((Array.get(new int[] {5}, 0) == Array.get(new int[] {5}, 0)) + " " + Array.get(new long[] {5}, 0).equals(5L));

        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        boolean ok = true;
        int[] hist = new int[6];
        for (int i = 0; i < 6000; i++) {
            int die = rnd.nextInt(1, 7);
            hist[die - 1]++;
            double d = rnd.nextDouble(2.0, 3.0);
            long l = rnd.nextLong(-5, 5);
            ok &= die >= 1 && die <= 6 && d >= 2.0 && d < 3.0 && l >= -5 && l < 5 && rnd.nextInt(10) < 10;
        }
        boolean spread = Arrays.stream(hist).allMatch(h -> h > 700 && h < 1300);
        System.out.println("ranges ok: " + ok + ", every face seen often: " + spread + ", same instance: " + (rnd == ThreadLocalRandom.current()));
        try {
            rnd.setSeed(42);
        } catch (UnsupportedOperationException e) {
            System.out.println("setSeed: UnsupportedOperationException");
        }
        List<Integer> deck = new ArrayList<>();
        for (int i = 0; i < 20; i++) deck.add(i);
        Collections.shuffle(deck, rnd);
        Collections.sort(deck);
        System.out.println(deck.equals(new ArrayList<>(new TreeSet<>(deck))) + " " + rnd.ints(5, 0, 3).allMatch(x -> x >= 0 && x < 3));
    }
}
