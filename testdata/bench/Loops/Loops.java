// Benchmark: nested loops over int arrays (array loads/stores, arithmetic, branches).
// Argument: array size (default 600); work grows with its square.
public class Loops {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        int[] a = new int[n];
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = (i * 7919) % 1000;
            b[i] = (i * 104729) % 997;
        }
        long sum = 0;
        int matches = 0;
        for (int i = 0; i < n; i++) {
            int ai = a[i];
            for (int j = 0; j < n; j++) {
                int v = ai ^ b[j];
                sum += v & 0xFF;
                if (v % 7 == 0) matches++;
            }
        }
        int[] prefix = new int[n + 1];
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + a[(i + round) % n];
            for (int i = 0; i < n; i++) b[i] = (b[i] + prefix[n - i]) & 1023;
        }
        long bsum = 0;
        for (int v : b) bsum += v;
        System.out.println("n " + n + " sum " + sum + " matches " + matches + " bsum " + bsum);
    }
}
