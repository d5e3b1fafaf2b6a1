// Spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1).


public class SpectralNorm {
    private static double a(int i, int j) {
        return 1.0 / (((i + j) * (i + j + 1) >>> 1) + i + 1);
    }

    private static void multiplyAv(double[] v, double[] av) {
        final int n = v.length;
        for (int i = 0; i < n; i++) {
            double sum = 0.0;
            for (int j = 0; j < n; j++) sum += a(i, j) * v[j];
            av[i] = sum;
        }
    }

    private static void multiplyAtv(double[] v, double[] atv) {
        final int n = v.length;
        for (int i = 0; i < n; i++) {
            double sum = 0.0;
            for (int j = 0; j < n; j++) sum += a(j, i) * v[j];
            atv[i] = sum;
        }
    }

    private static void multiplyAtAv(double[] v, double[] out, double[] tmp) {
        multiplyAv(v, tmp);
        multiplyAtv(tmp, out);
    }

    public static void main(String[] args) {
        int n = 100;
        if (args.length > 0) n = Integer.parseInt(args[0]);
        double[] u = new double[n];
        double[] v = new double[n];
        double[] tmp = new double[n];
        java.util.Arrays.fill(u, 1.0);
        for (int i = 0; i < 10; i++) {
            multiplyAtAv(u, v, tmp);
            multiplyAtAv(v, u, tmp);
        }
        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++) {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        System.out.printf("%.9f\n", Math.sqrt(vBv / vv));
    }
}
