// Allocation-heavy work that leaves most objects garbage quickly: short-lived strings,
// boxed integers, small arrays and objects, with a few survivors kept in a ring buffer;
// results are checksums, so a collector that frees a live object changes the output.
public class GarbageChurn {
    static final class Pair {
        final Object first;
        final Object second;

        Pair(Object first, Object second) {
            this.first = first;
            this.second = second;
        }
    }

    public static void main(String[] args) {
        Object[] ring = new Object[64];
        long checksum = 0;
        for (int i = 0; i < 60_000; i++) {
            String s = "item-" + i;
            Integer boxed = i * 7;
            int[] arr = new int[i % 17 + 1];
            arr[arr.length - 1] = i;
            Pair p = new Pair(s, new Pair(boxed, arr));
            if (i % 97 == 0) ring[(i / 97) % ring.length] = p;
            checksum += s.length() + boxed + arr.length;
        }
        System.out.println("checksum " + checksum);
        long survivors = 0;
        for (Object o : ring) {
            if (o == null) continue;
            Pair p = (Pair) o;
            Pair inner = (Pair) p.second;
            int[] arr = (int[]) inner.second;
            survivors += ((String) p.first).hashCode() + (Integer) inner.first + arr[arr.length - 1];
        }
        System.out.println("survivors " + survivors);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            big.append(Integer.toHexString(i * 31));
            if (big.length() > 1000) big = new StringBuilder(big.substring(500));
        }
        System.out.println("builder " + big.length() + " hash " + big.toString().hashCode());
        long[][] matrices = new long[100][];
        for (int round = 0; round < 20; round++) {
            for (int k = 0; k < matrices.length; k++) {
                long[] m = new long[100 + k];
                m[k] = round * k;
                if ((k + round) % 3 == 0) matrices[k] = m;
            }
        }
        long msum = 0;
        for (long[] m : matrices) if (m != null) for (long v : m) msum += v;
        System.out.println("matrices " + msum);
        String chain = "";
        for (int i = 0; i < 300; i++) chain = (chain + (char) ('a' + i % 26)).substring(Math.max(0, chain.length() - 40));
        System.out.println("chain " + chain);
    }
}
