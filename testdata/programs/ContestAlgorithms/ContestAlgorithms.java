import java.io.*;
import java.util.*;

// A set of classic competitive-programming routines run on generated inputs, with
// fast output through a StringBuilder and PrintWriter.
public class ContestAlgorithms {
    static final int MOD = 1_000_000_007;
    static long seed = 88172645463325252L;

    static long next() {
        seed ^= seed << 13;
        seed ^= seed >>> 7;
        seed ^= seed << 17;
        return seed;
    }

    static int nextInt(int bound) {
        return (int) Math.floorMod(next(), (long) bound);
    }

    // --- union-find with path compression and union by size
    static int[] parent, size;
    static int find(int x) {
        while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
        return x;
    }
    static boolean union(int a, int b) {
        a = find(a); b = find(b);
        if (a == b) return false;
        if (size[a] < size[b]) { int t = a; a = b; b = t; }
        parent[b] = a;
        size[a] += size[b];
        return true;
    }

    // --- segment tree: range sum, point update
    static long[] tree;
    static int n;
    static void update(int pos, long val) {
        for (tree[pos += n] = val; pos > 1; pos >>= 1) tree[pos >> 1] = tree[pos] + tree[pos ^ 1];
    }
    static long query(int l, int r) { // [l, r)
        long res = 0;
        for (l += n, r += n; l < r; l >>= 1, r >>= 1) {
            if ((l & 1) == 1) res += tree[l++];
            if ((r & 1) == 1) res += tree[--r];
        }
        return res;
    }

    // --- KMP prefix function
    static int[] prefix(String s) {
        int[] pi = new int[s.length()];
        for (int i = 1; i < s.length(); i++) {
            int k = pi[i - 1];
            while (k > 0 && s.charAt(i) != s.charAt(k)) k = pi[k - 1];
            if (s.charAt(i) == s.charAt(k)) k++;
            pi[i] = k;
        }
        return pi;
    }

    static long power(long b, long e, long m) {
        long r = 1;
        b %= m;
        for (; e > 0; e >>= 1, b = b * b % m) if ((e & 1) == 1) r = r * b % m;
        return r;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        StringBuilder sb = new StringBuilder();

        // union-find: components of a random graph
        int V = 2000;
        parent = new int[V];
        size = new int[V];
        for (int i = 0; i < V; i++) { parent[i] = i; size[i] = 1; }
        int comps = V;
        for (int e = 0; e < 1800; e++) if (union(nextInt(V), nextInt(V))) comps--;
        int largest = 0;
        for (int i = 0; i < V; i++) if (find(i) == i) largest = Math.max(largest, size[i]);
        sb.append("components ").append(comps).append(" largest ").append(largest).append('\n');

        // segment tree
        n = 1 << 12;
        tree = new long[2 * n];
        long[] naive = new long[n];
        long check = 0;
        for (int q = 0; q < 20000; q++) {
            if (nextInt(2) == 0) {
                int p = nextInt(n);
                long v = nextInt(1_000_000);
                update(p, v);
                naive[p] = v;
            } else {
                int l = nextInt(n), r = nextInt(n);
                if (l > r) { int t = l; l = r; r = t; }
                long s = query(l, r + 1);
                check = (check * 31 + s) % MOD;
                if (q % 5000 == 1) {
                    long t = 0;
                    for (int i = l; i <= r; i++) t += naive[i];
                    sb.append("seg ").append(l).append("..").append(r).append(" = ").append(s).append(s == t ? " ok" : " MISMATCH").append('\n');
                }
            }
        }
        sb.append("segment checksum ").append(check).append('\n');

        // KMP occurrences
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) text.append((char) ('a' + nextInt(3)));
        String pat = "abcab";
        int[] pi = prefix(pat + "#" + text);
        int occ = 0, first = -1;
        for (int i = pat.length() + 1; i < pi.length; i++) if (pi[i] == pat.length()) { occ++; if (first < 0) first = i - 2 * pat.length(); }
        sb.append("kmp ").append(occ).append(" first at ").append(first).append(" indexOf ").append(text.indexOf(pat)).append('\n');

        // LIS with binary search
        int[] arr = new int[3000];
        for (int i = 0; i < arr.length; i++) arr[i] = nextInt(10000);
        int[] tails = new int[arr.length];
        int len = 0;
        for (int x : arr) {
            int pos = Arrays.binarySearch(tails, 0, len, x);
            if (pos < 0) pos = -pos - 1;
            tails[pos] = x;
            if (pos == len) len++;
        }
        sb.append("lis ").append(len).append('\n');

        // 0/1 knapsack
        int items = 100, cap = 1000;
        int[] w = new int[items], val = new int[items];
        for (int i = 0; i < items; i++) { w[i] = 1 + nextInt(100); val[i] = 1 + nextInt(1000); }
        long[] dp = new long[cap + 1];
        for (int i = 0; i < items; i++) for (int c = cap; c >= w[i]; c--) dp[c] = Math.max(dp[c], dp[c - w[i]] + val[i]);
        sb.append("knapsack ").append(dp[cap]).append('\n');

        // bitmask TSP on 12 cities
        int m = 12;
        int[][] dist = new int[m][m];
        for (int i = 0; i < m; i++) for (int j = i + 1; j < m; j++) dist[i][j] = dist[j][i] = 1 + nextInt(100);
        int[][] best = new int[1 << m][m];
        for (int[] row : best) Arrays.fill(row, Integer.MAX_VALUE / 2);
        best[1][0] = 0;
        for (int mask = 1; mask < (1 << m); mask++) {
            if ((mask & 1) == 0) continue;
            for (int last = 0; last < m; last++) {
                int cur = best[mask][last];
                if (cur >= Integer.MAX_VALUE / 2 || (mask & (1 << last)) == 0) continue;
                for (int nxt = 0; nxt < m; nxt++) {
                    if ((mask & (1 << nxt)) != 0) continue;
                    int nm = mask | (1 << nxt);
                    best[nm][nxt] = Math.min(best[nm][nxt], cur + dist[last][nxt]);
                }
            }
        }
        int tour = Integer.MAX_VALUE;
        for (int last = 1; last < m; last++) tour = Math.min(tour, best[(1 << m) - 1][last] + dist[last][0]);
        sb.append("tsp ").append(tour).append('\n');

        // sieve + modular arithmetic
        int N = 200000;
        boolean[] composite = new boolean[N + 1];
        List<Integer> primes = new ArrayList<>();
        for (int i = 2; i <= N; i++) {
            if (!composite[i]) { primes.add(i); for (long j = (long) i * i; j <= N; j += i) composite[(int) j] = true; }
        }
        long prod = 1;
        for (int p : primes.subList(0, 1000)) prod = prod * p % MOD;
        long inv = power(prod, MOD - 2, MOD);
        sb.append("primes ").append(primes.size()).append(" last ").append(primes.get(primes.size() - 1))
          .append(" prod ").append(prod).append(" inv ").append(inv).append(" check ").append(prod * inv % MOD).append('\n');

        // BFS on a grid maze
        int R = 60, C = 80;
        char[][] grid = new char[R][C];
        for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) grid[i][j] = nextInt(100) < 28 ? '#' : '.';
        grid[0][0] = grid[R - 1][C - 1] = '.';
        int[][] d = new int[R][C];
        for (int[] row : d) Arrays.fill(row, -1);
        ArrayDeque<int[]> q = new ArrayDeque<>();
        q.add(new int[] {0, 0});
        d[0][0] = 0;
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        int reached = 0;
        while (!q.isEmpty()) {
            int[] cur = q.poll();
            reached++;
            for (int k = 0; k < 4; k++) {
                int nr = cur[0] + dr[k], nc = cur[1] + dc[k];
                if (nr >= 0 && nr < R && nc >= 0 && nc < C && grid[nr][nc] == '.' && d[nr][nc] < 0) {
                    d[nr][nc] = d[cur[0]][cur[1]] + 1;
                    q.add(new int[] {nr, nc});
                }
            }
        }
        sb.append("bfs reached ").append(reached).append(" dist to corner ").append(d[R - 1][C - 1]).append('\n');

        // topological order (Kahn with a min-heap for determinism)
        int T = 300;
        List<List<Integer>> adj = new ArrayList<>();
        int[] indeg = new int[T];
        for (int i = 0; i < T; i++) adj.add(new ArrayList<>());
        for (int e = 0; e < 900; e++) {
            int a = nextInt(T), b = nextInt(T);
            if (a < b) { adj.get(a).add(b); indeg[b]++; }
        }
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int i = 0; i < T; i++) if (indeg[i] == 0) pq.add(i);
        long orderHash = 0;
        int seen = 0;
        while (!pq.isEmpty()) {
            int u = pq.poll();
            orderHash = orderHash * 1_000_003 + u;
            seen++;
            for (int v : adj.get(u)) if (--indeg[v] == 0) pq.add(v);
        }
        sb.append("topo ").append(seen).append(" hash ").append(orderHash).append('\n');

        // sorting intervals and sweeping
        int[][] iv = new int[2000][];
        for (int i = 0; i < iv.length; i++) { int a = nextInt(100000); iv[i] = new int[] {a, a + 1 + nextInt(500)}; }
        Arrays.sort(iv, (x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        int merged = 0, end = -1;
        long covered = 0;
        for (int[] x : iv) {
            if (x[0] > end) { merged++; covered += x[1] - x[0]; end = x[1]; }
            else if (x[1] > end) { covered += x[1] - end; end = x[1]; }
        }
        sb.append("intervals merged ").append(merged).append(" covered ").append(covered).append('\n');

        // longest common subsequence + memoized recursion with HashMap<Long, Long>
        String s1 = text.substring(0, 600), s2 = text.substring(600, 1200);
        int[][] lcs = new int[s1.length() + 1][s2.length() + 1];
        for (int i = 1; i <= s1.length(); i++)
            for (int j = 1; j <= s2.length(); j++)
                lcs[i][j] = s1.charAt(i - 1) == s2.charAt(j - 1) ? lcs[i - 1][j - 1] + 1 : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
        Map<Long, Long> memo = new HashMap<>();
        sb.append("lcs ").append(lcs[s1.length()][s2.length()]).append(" grid paths ").append(paths(16, 16, memo)).append(" memo ").append(memo.size()).append('\n');

        out.print(sb);
        out.printf("%.6f %d %s%n", Math.sqrt(2) * 1e6, Long.MAX_VALUE % 97, Integer.toBinaryString(comps));
        out.flush();
    }

    static long paths(int r, int c, Map<Long, Long> memo) {
        if (r == 0 || c == 0) return 1;
        long key = ((long) r << 32) | c;
        Long v = memo.get(key);
        if (v != null) return v;
        long res = (paths(r - 1, c, memo) + paths(r, c - 1, memo)) % MOD;
        memo.put(key, res);
        return res;
    }
}
