// Arrays much larger than the heap's starting size: the heap must grow to fit them
// (up to -Xmx), and give their memory back to later ones when they die.
public class GcLargeArrays {
    public static void main(String[] args) {
        byte[] b = new byte[4_000_000];
        b[3_999_999] = 7;
        System.out.println("bytes " + b.length + " last " + b[3_999_999]);
        long total = 0;
        for (int round = 0; round < 20; round++) {
            int[] big = new int[5_000_000 + round];
            big[big.length - 1] = round;
            total += big.length + big[big.length - 1];
        }
        System.out.println("rounds total " + total);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2_000_000; i++) sb.append((char) ('a' + i % 26));
        String line = sb.toString();
        System.out.println("line " + line.length() + " " + line.charAt(1_999_999));
        double[][] grid = new double[2000][2000];
        grid[1999][1999] = 1.5;
        System.out.println("grid " + grid.length + " " + grid[1999][1999]);
    }
}
