// Matrix arithmetic on double[][] and long[][]: multiplication (naive and transposed),
// identity checks, Gaussian elimination to solve a linear system, determinant, matrix
// power by squaring for Fibonacci numbers, and printing of results.
public class MatrixMultiply {
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int x = 0; x < k; x++) s += a[i][x] * b[x][j];
                c[i][j] = s;
            }
        return c;
    }

    static long[][] multiply(long[][] a, long[][] b) {
        int n = a.length;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++)
            for (int x = 0; x < n; x++) {
                long v = a[i][x];
                for (int j = 0; j < n; j++) c[i][j] += v * b[x][j];
            }
        return c;
    }

    static long[][] power(long[][] m, int p) {
        int n = m.length;
        long[][] result = new long[n][n];
        for (int i = 0; i < n; i++) result[i][i] = 1;
        while (p > 0) {
            if ((p & 1) != 0) result = multiply(result, m);
            m = multiply(m, m);
            p >>= 1;
        }
        return result;
    }

    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = new double[n + 1];
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) m[r][c] -= f * m[col][c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int c = r + 1; c < n; c++) s -= m[r][c] * x[c];
            x[r] = s / m[r][r];
        }
        return x;
    }

    static long det(long[][] a) {
        int n = a.length;
        if (n == 1) return a[0][0];
        long d = 0;
        for (int col = 0; col < n; col++) {
            long[][] minor = new long[n - 1][n - 1];
            for (int r = 1; r < n; r++) {
                int mc = 0;
                for (int c = 0; c < n; c++) if (c != col) minor[r - 1][mc++] = a[r][c];
            }
            d += (col % 2 == 0 ? 1 : -1) * a[0][col] * det(minor);
        }
        return d;
    }

    static void print(String title, double[][] m) {
        System.out.println(title);
        for (double[] row : m) {
            StringBuilder sb = new StringBuilder(" ");
            for (double v : row) sb.append(' ').append(v);
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        double[][] a = { { 1, 2, 3 }, { 4, 5, 6 } };
        double[][] b = { { 7, 8 }, { 9, 10 }, { 11, 12 } };
        print("a*b", multiply(a, b));
        print("b*a", multiply(b, a));
        int n = 24;
        double[][] h = new double[n][n];
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
            for (int j = 0; j < n; j++) h[i][j] = (i * 7 + j * 3) % 11 - 5 + (i == j ? 0.5 : 0);
        }
        double[][] hi = multiply(h, id);
        boolean same = true;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) if (hi[i][j] != h[i][j]) same = false;
        System.out.println("h*I == h " + same);
        double[][] hh = multiply(h, h);
        double trace = 0;
        for (int i = 0; i < n; i++) trace += hh[i][i];
        System.out.println("trace(h*h) " + trace + " corner " + hh[0][n - 1] + " " + hh[n - 1][0]);
        double[][] sys = { { 2, 1, -1 }, { -3, -1, 2 }, { -2, 1, 2 } };
        double[] x = solve(sys, new double[] { 8, -11, -3 });
        System.out.println("solution " + Math.round(x[0] * 1e9) / 1e9 + " " + Math.round(x[1] * 1e9) / 1e9 + " " + Math.round(x[2] * 1e9) / 1e9);
        long[][] fib = { { 1, 1 }, { 1, 0 } };
        for (int p : new int[] { 1, 2, 10, 50, 90 }) {
            System.out.println("fib(" + p + ") = " + power(fib, p)[0][1]);
        }
        long[][] dm = { { 2, -3, 1, 5 }, { 4, 0, -2, 1 }, { 1, 7, 3, -1 }, { 0, 2, -4, 6 } };
        System.out.println("det " + det(dm));
        long[][] big = new long[16][16];
        for (int i = 0; i < 16; i++) for (int j = 0; j < 16; j++) big[i][j] = (i * 31 + j * 17) % 13 - 6;
        long[][] bp = power(big, 5);
        long check = 0;
        for (long[] row : bp) for (long v : row) check = check * 31 + v;
        System.out.println("big^5 checksum " + check);
    }
}
