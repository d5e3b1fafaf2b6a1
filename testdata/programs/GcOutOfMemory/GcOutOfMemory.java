// Filling the heap until OutOfMemoryError, catching it, and going on: after the
// hoard is dropped the same allocations succeed again. Also the two messages of
// impossible array requests, and an error thrown while a finally block runs.
import java.util.ArrayList;
import java.util.List;

public class GcOutOfMemory {
    static List<byte[]> hoard = new ArrayList<>();

    static boolean fill() {
        try {
            while (true) hoard.add(new byte[1 << 20]);
        } catch (OutOfMemoryError e) {
            int kept = hoard.size();
            hoard = new ArrayList<>();
            System.out.println("caught " + e.getClass().getName() + ": " + e.getMessage());
            return kept > 10;
        }
    }

    public static void main(String[] args) {
        for (int round = 1; round <= 3; round++) {
            System.out.println("round " + round + " filled more than 10 MB: " + fill());
        }
        try {
            long[] huge = new long[Integer.MAX_VALUE];
            System.out.println(huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("huge: " + e.getMessage());
        }
        try {
            int[] big = new int[200_000_000];
            System.out.println(big.length);
        } catch (OutOfMemoryError e) {
            System.out.println("big: " + e.getMessage());
        }
        String state = "start";
        try {
            try {
                List<int[]> l = new ArrayList<>();
                while (true) l.add(new int[100_000]);
            } finally {
                state = "finally ran";
            }
        } catch (OutOfMemoryError e) {
            System.out.println(state + ", then caught: " + e.getMessage());
        }
        int[] after = new int[1_000_000];
        after[999_999] = 42;
        System.out.println("after: " + after[999_999]);
    }
}
