// Conway's Game of Life on a wrapping 20x20 boolean grid: a glider, a blinker and an
// R-pentomino evolve for 40 generations; prints a few generations and population counts.
public class GameOfLife {
    static final int N = 20;

    static boolean[][] step(boolean[][] g) {
        boolean[][] next = new boolean[N][N];
        for (int r = 0; r < N; r++) {
            for (int c = 0; c < N; c++) {
                int n = 0;
                for (int dr = -1; dr <= 1; dr++)
                    for (int dc = -1; dc <= 1; dc++)
                        if ((dr != 0 || dc != 0) && g[(r + dr + N) % N][(c + dc + N) % N]) n++;
                next[r][c] = g[r][c] ? (n == 2 || n == 3) : n == 3;
            }
        }
        return next;
    }

    static int population(boolean[][] g) {
        int p = 0;
        for (boolean[] row : g) for (boolean b : row) if (b) p++;
        return p;
    }

    static void print(boolean[][] g) {
        for (boolean[] row : g) {
            StringBuilder sb = new StringBuilder();
            for (boolean b : row) sb.append(b ? '#' : '.');
            System.out.println(sb);
        }
    }

    static void set(boolean[][] g, int r, int c, String... rows) {
        for (int i = 0; i < rows.length; i++)
            for (int j = 0; j < rows[i].length(); j++)
                if (rows[i].charAt(j) == '#') g[r + i][c + j] = true;
    }

    public static void main(String[] args) {
        boolean[][] g = new boolean[N][N];
        set(g, 1, 1, ".#.", "..#", "###");
        set(g, 2, 14, "###");
        set(g, 10, 8, ".##", "##.", ".#.");
        System.out.println("generation 0, population " + population(g));
        print(g);
        StringBuilder pops = new StringBuilder();
        for (int gen = 1; gen <= 40; gen++) {
            g = step(g);
            pops.append(population(g)).append(' ');
            if (gen == 1 || gen == 4 || gen == 40) {
                System.out.println("generation " + gen + ", population " + population(g));
                print(g);
            }
        }
        System.out.println("populations " + pops.toString().trim());
        long hash = 0;
        for (boolean[] row : g) for (boolean b : row) hash = hash * 3 + (b ? 1 : 0);
        System.out.println("final hash " + hash);
    }
}
