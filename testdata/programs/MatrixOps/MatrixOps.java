// Dense linear algebra on double[][]: multiply, transpose, Gaussian elimination, inverse.
public class MatrixOps {
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int p = 0; p < k; p++) {
                double aip = a[i][p];
                for (int j = 0; j < m; j++) c[i][j] += aip * b[p][j];
            }
        return c;
    }

    static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
        return t;
    }

    static double determinant(double[][] src) {
        int n = src.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = src[i].clone();
        double det = 1;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
            if (Math.abs(a[pivot][col]) < 1e-12) return 0;
            if (pivot != col) { double[] t = a[pivot]; a[pivot] = a[col]; a[col] = t; det = -det; }
            det *= a[col][col];
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) a[r][c] -= f * a[col][c];
            }
        }
        return det;
    }

    static double[][] inverse(double[][] m) {
        int n = m.length;
        double[][] aug = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, aug[i], 0, n);
            aug[i][n + i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(aug[r][col]) > Math.abs(aug[pivot][col])) pivot = r;
            double[] t = aug[pivot]; aug[pivot] = aug[col]; aug[col] = t;
            double p = aug[col][col];
            for (int c = 0; c < 2 * n; c++) aug[col][c] /= p;
            for (int r = 0; r < n; r++) {
                if (r == col) continue;
                double f = aug[r][col];
                for (int c = 0; c < 2 * n; c++) aug[r][c] -= f * aug[col][c];
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) System.arraycopy(aug[i], n, inv[i], 0, n);
        return inv;
    }

    static void print(String title, double[][] a) {
        System.out.println(title + " (" + a.length + "x" + a[0].length + ")");
        for (double[] row : a) {
            StringBuilder sb = new StringBuilder();
            for (double v : row) sb.append(String.format("%10.4f", v));
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        double[][] a = new double[n][n], b = new double[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                a[i][j] = (i * 31 + j * 17) % 11 - 5 + (i == j ? n : 0);
                b[i][j] = ((i + 1) * (j + 2)) % 7 / 3.0;
            }
        double[][] c = multiply(a, b);
        double trace = 0, sum = 0;
        for (int i = 0; i < n; i++) { trace += c[i][i]; for (int j = 0; j < n; j++) sum += c[i][j]; }
        System.out.printf("trace=%.6f sum=%.6f%n", trace, sum);
        double[][] ct = transpose(multiply(transpose(b), transpose(a)));
        double maxDiff = 0;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) maxDiff = Math.max(maxDiff, Math.abs(ct[i][j] - c[i][j]));
        System.out.println("(B^T A^T)^T == AB: " + (maxDiff < 1e-9));

        double[][] small = {{4, 7, 2}, {3, 6, 1}, {2, 5, 3}};
        print("small", small);
        System.out.printf("det=%.6f%n", determinant(small));
        double[][] inv = inverse(small);
        print("inverse", inv);
        print("check", multiply(small, inv));
        double[][] sub = new double[8][8];
        for (int i = 0; i < 8; i++) System.arraycopy(a[i], 0, sub[i], 0, 8);
        System.out.printf("det(A[0..8])=%.6e%n", determinant(sub));
        System.out.println(java.util.Arrays.deepToString(new double[][] {{1.5, -0.0}, {Double.NaN, 1e-7}}));
        double[][][] cube = new double[2][3][4];
        cube[1][2][3] = 42;
        System.out.println(cube.length + " " + cube[0].length + " " + cube[0][0].length + " " + cube[1][2][3]);
        int[][] jag = new int[5][];
        for (int i = 0; i < jag.length; i++) { jag[i] = new int[i + 1]; jag[i][0] = jag[i][i] = 1; for (int j = 1; j < i; j++) jag[i][j] = jag[i - 1][j - 1] + jag[i - 1][j]; }
        System.out.println(java.util.Arrays.deepToString(jag));
    }
}
