// A long-running allocator with a small live set under -Xmx16m: about 600 MB of
// short-lived arrays, strings and lists pass through a 16 MB heap. Only a window of
// the last few hundred objects is alive at any time, so the collector must reclaim
// the rest again and again; the checksums show nothing live was lost.
import java.util.ArrayList;
import java.util.List;

public class GcSmallHeap {
    public static void main(String[] args) {
        Object[] window = new Object[500];
        long checksum = 0;
        int rounds = 200_000;
        for (int i = 0; i < rounds; i++) {
            Object o;
            switch (i % 4) {
                case 0 -> o = new int[256 + i % 512];
                case 1 -> o = "item-" + i;
                case 2 -> {
                    List<Integer> l = new ArrayList<>();
                    for (int k = 0; k < 20; k++) l.add(i + k);
                    o = l;
                }
                default -> o = new long[i % 300 + 1];
            }
            Object old = window[i % window.length];
            if (old instanceof int[] a) checksum += a.length;
            else if (old instanceof String s) checksum += s.length();
            else if (old instanceof List<?> l) checksum += (Integer) l.get(19);
            else if (old instanceof long[] a) checksum += a.length;
            window[i % window.length] = o;
        }
        System.out.println("rounds " + rounds + " checksum " + checksum);
        Runtime rt = Runtime.getRuntime();
        System.out.println("max heap within 16 MB: " + (rt.maxMemory() <= 16L << 20));
        System.out.println("total within max: " + (rt.totalMemory() <= rt.maxMemory()));
        System.out.println("free within total: " + (rt.freeMemory() <= rt.totalMemory()));
    }
}
