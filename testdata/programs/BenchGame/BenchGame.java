public class BenchGame {
    static double a(int i, int j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }
    static void mulAv(double[] v, double[] av) { for (int i = 0; i < v.length; i++) { double s = 0; for (int j = 0; j < v.length; j++) s += a(i, j) * v[j]; av[i] = s; } }
    static void mulAtv(double[] v, double[] atv) { for (int i = 0; i < v.length; i++) { double s = 0; for (int j = 0; j < v.length; j++) s += a(j, i) * v[j]; atv[i] = s; } }
    static void mulAtAv(double[] v, double[] out, double[] tmp) { mulAv(v, tmp); mulAtv(tmp, out); }
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        double[] u = new double[n], v = new double[n], tmp = new double[n];
        java.util.function.Supplier<String> s = null;
        for (int i = 0; i < n; i++) u[i] = 1;
        for (int i = 0; i < 10; i++) { mulAtAv(u, v, tmp); mulAtAv(v, u, tmp); }
        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++) { vBv += u[i] * v[i]; vv += v[i] * v[i]; }
        System.out.println(Math.sqrt(vBv / vv));
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < 12; y++) { for (int x = 0; x < 40; x++) { double cr = 2.0 * x / 40 - 1.5, ci = 2.0 * y / 12 - 1.0, zr = 0, zi = 0; int it = 0; while (it < 50 && zr * zr + zi * zi < 4) { double t = zr * zr - zi * zi + cr; zi = 2 * zr * zi + ci; zr = t; it++; } sb.append(it == 50 ? '#' : '.'); } sb.append('\n'); }
        System.out.print(sb);
        Object o = new int[][] { {1}, {2, 3} };
        System.out.println(o instanceof int[][] m ? m[1].length + ":" + m.getClass().getName() : "no");
        String t = "hello";
        switch (t) { case "hello" -> System.out.println("sw " + t.hashCode()); default -> System.out.println("none"); }
        char c = 'a'; c += 2; System.out.println(c + " " + (int) c + " " + (char) (c + 1) + Character.toUpperCase(c));
        long big = Long.MAX_VALUE; System.out.println(big + 1 + " " + (big >>> 3) + " " + Long.toHexString(big) + " " + Integer.toBinaryString(-8 >>> 28));
        System.out.println(0.1 + 0.2 + " " + (float) 0.1 + " " + 1e16 + " " + 100.0 / 3 + " " + (int) 3.99e10 + " " + Double.MIN_VALUE);
    }
}
