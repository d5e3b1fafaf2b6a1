import java.io.*;
import java.util.*;

// Competitive-programming style input and output: BufferedReader + StringTokenizer,
// StreamTokenizer, and a PrintWriter around a BufferedWriter.
public class ContestIO {
    static class FastReader {
        private final BufferedReader br;
        private StringTokenizer st;
        FastReader(InputStream in) { br = new BufferedReader(new InputStreamReader(in)); }
        String next() throws IOException {
            while (st == null || !st.hasMoreTokens()) {
                String line = br.readLine();
                if (line == null) return null;
                st = new StringTokenizer(line);
            }
            return st.nextToken();
        }
        int nextInt() throws IOException { return Integer.parseInt(next()); }
        long nextLong() throws IOException { return Long.parseLong(next()); }
        double nextDouble() throws IOException { return Double.parseDouble(next()); }
        String nextLine() throws IOException { st = null; return br.readLine(); }
    }

    static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }

    static long modPow(long b, long e, long m) {
        long r = 1;
        b %= m;
        while (e > 0) {
            if ((e & 1) == 1) r = r * b % m;
            b = b * b % m;
            e >>= 1;
        }
        return r;
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader(System.in);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        int t = in.nextInt();
        for (int tc = 1; tc <= t; tc++) {
            int n = in.nextInt();
            long[] a = new long[n];
            for (int i = 0; i < n; i++) a[i] = in.nextLong();
            long g = 0, sum = 0, best = Long.MIN_VALUE, cur = 0;
            for (long v : a) {
                g = gcd(g, Math.abs(v));
                sum += v;
                cur = Math.max(v, cur + v);
                best = Math.max(best, cur);
            }
            long[] sorted = a.clone();
            Arrays.sort(sorted);
            out.printf("Case #%d: sum=%d gcd=%d maxSub=%d median=%d%n", tc, sum, g, best, sorted[n / 2]);
        }
        String title = in.nextLine();
        out.println("title: [" + title.trim() + "]");
        double x = in.nextDouble();
        out.println(String.format("%.3f %e", x, x));
        out.println(modPow(2, 1_000_000, 1_000_000_007L) + " " + modPow(3, 200, 998244353));

        StringTokenizer csv = new StringTokenizer("a,b;;c,,d", ",;");
        out.print(csv.countTokens() + ":");
        while (csv.hasMoreElements()) out.print(" " + csv.nextElement());
        out.println();
        StringTokenizer keep = new StringTokenizer("1+2*(3-4)", "+-*()", true);
        List<String> toks = new ArrayList<>();
        while (keep.hasMoreTokens()) toks.add(keep.nextToken());
        out.println(toks);
        StringTokenizer sw = new StringTokenizer("key=value;k2=v2", ";");
        while (sw.hasMoreTokens()) out.print(sw.nextToken("=;") + "|");
        out.println();
        try {
            new StringTokenizer("   ").nextToken();
        } catch (NoSuchElementException e) {
            out.println("NSEE " + e.getMessage());
        }

        // rest of the input through StreamTokenizer
        StreamTokenizer stok = new StreamTokenizer(new StringReader("width = 42.5; name 'quoted str' // comment\n x-1 \"dq\\n\" end"));
        stok.slashSlashComments(true);
        stok.ordinaryChar('/');
        StringBuilder sb = new StringBuilder();
        while (stok.nextToken() != StreamTokenizer.TT_EOF) {
            switch (stok.ttype) {
                case StreamTokenizer.TT_NUMBER -> sb.append("N(").append(stok.nval).append(") ");
                case StreamTokenizer.TT_WORD -> sb.append("W(").append(stok.sval).append(") ");
                case '\'', '"' -> sb.append("Q(").append(stok.sval).append(") ");
                default -> sb.append("C(").append((char) stok.ttype).append(") ");
            }
        }
        out.println(sb.toString().trim());
        out.println("lineno " + stok.lineno());

        int q = in.nextInt();
        int[] prefix = new int[q + 1];
        StringBuilder res = new StringBuilder();
        for (int i = 0; i < q; i++) prefix[i + 1] = prefix[i] + in.nextInt();
        String tok;
        while ((tok = in.next()) != null) {
            int l = Integer.parseInt(tok), r = in.nextInt();
            res.append(prefix[r] - prefix[l - 1]).append('\n');
        }
        out.print(res);
        out.flush();
        out.close();
    }
}
