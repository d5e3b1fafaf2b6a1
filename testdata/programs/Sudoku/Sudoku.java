// A backtracking Sudoku solver with bitmask candidate sets, solving two puzzles and
// printing the grids, the number of recursive calls, and a validity check.
public class Sudoku {
    final int[] cells = new int[81];
    final int[] rowMask = new int[9], colMask = new int[9], boxMask = new int[9];
    long calls;

    Sudoku(String puzzle) {
        for (int i = 0; i < 81; i++) {
            char c = puzzle.charAt(i);
            if (c >= '1' && c <= '9') place(i, c - '0');
        }
    }

    static int box(int i) {
        return (i / 27) * 3 + (i % 9) / 3;
    }

    void place(int i, int d) {
        cells[i] = d;
        int bit = 1 << d;
        rowMask[i / 9] |= bit;
        colMask[i % 9] |= bit;
        boxMask[box(i)] |= bit;
    }

    void remove(int i, int d) {
        cells[i] = 0;
        int bit = ~(1 << d);
        rowMask[i / 9] &= bit;
        colMask[i % 9] &= bit;
        boxMask[box(i)] &= bit;
    }

    boolean solve() {
        calls++;
        int best = -1, bestCount = 10, bestCandidates = 0;
        for (int i = 0; i < 81; i++) {
            if (cells[i] != 0) continue;
            int candidates = ~(rowMask[i / 9] | colMask[i % 9] | boxMask[box(i)]) & 0x3FE;
            int count = Integer.bitCount(candidates);
            if (count < bestCount) {
                best = i;
                bestCount = count;
                bestCandidates = candidates;
                if (count <= 1) break;
            }
        }
        if (best < 0) return true;
        while (bestCandidates != 0) {
            int bit = Integer.lowestOneBit(bestCandidates);
            bestCandidates &= bestCandidates - 1;
            int d = Integer.numberOfTrailingZeros(bit);
            place(best, d);
            if (solve()) return true;
            remove(best, d);
        }
        return false;
    }

    boolean valid() {
        for (int u = 0; u < 9; u++) {
            int r = 0, c = 0, b = 0;
            for (int k = 0; k < 9; k++) {
                r |= 1 << cells[u * 9 + k];
                c |= 1 << cells[k * 9 + u];
                b |= 1 << cells[(u / 3) * 27 + (u % 3) * 3 + (k / 3) * 9 + k % 3];
            }
            if (r != 0x3FE || c != 0x3FE || b != 0x3FE) return false;
        }
        return true;
    }

    void print() {
        for (int r = 0; r < 9; r++) {
            if (r % 3 == 0) System.out.println("+-------+-------+-------+");
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < 9; c++) {
                if (c % 3 == 0) sb.append("| ");
                int v = cells[r * 9 + c];
                sb.append(v == 0 ? '.' : (char) ('0' + v)).append(' ');
            }
            System.out.println(sb.append('|'));
        }
        System.out.println("+-------+-------+-------+");
    }

    public static void main(String[] args) {
        String[] puzzles = {
            "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
            "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
        };
        for (String p : puzzles) {
            Sudoku s = new Sudoku(p);
            System.out.println("puzzle:");
            s.print();
            boolean ok = s.solve();
            System.out.println("solved " + ok + " valid " + s.valid() + " calls " + s.calls);
            s.print();
        }
        Sudoku impossible = new Sudoku("12345678." + "........9" + ".".repeat(63));
        System.out.println("impossible solved " + impossible.solve() + " calls " + impossible.calls);
    }
}
