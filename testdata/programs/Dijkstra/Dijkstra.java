import java.util.*;

// Shortest paths on a pseudo-random graph with PriorityQueue<int[]>.
public class Dijkstra {
    static long seed = 12345;
    static int nextInt(int bound) {
        seed = (seed * 6364136223846793005L + 1442695040888963407L);
        return (int) ((seed >>> 33) % bound);
    }

    record Edge(int to, int w) {}

    public static void main(String[] args) {
        int n = 200, m = 1200;
        List<List<Edge>> g = new ArrayList<>();
        for (int i = 0; i < n; i++) g.add(new ArrayList<>());
        for (int i = 0; i < m; i++) {
            int a = nextInt(n), b = nextInt(n), w = 1 + nextInt(100);
            g.get(a).add(new Edge(b, w));
            g.get(b).add(new Edge(a, w));
        }
        int[] dist = new int[n];
        int[] prev = new int[n];
        Arrays.fill(dist, Integer.MAX_VALUE);
        Arrays.fill(prev, -1);
        dist[0] = 0;
        PriorityQueue<int[]> pq = new PriorityQueue<>((x, y) -> x[1] != y[1] ? Integer.compare(x[1], y[1]) : x[0] - y[0]);
        pq.offer(new int[] {0, 0});
        int pops = 0;
        while (!pq.isEmpty()) {
            int[] cur = pq.poll();
            pops++;
            int u = cur[0];
            if (cur[1] > dist[u]) continue;
            for (Edge e : g.get(u)) {
                int nd = dist[u] + e.w();
                if (nd < dist[e.to()]) {
                    dist[e.to()] = nd;
                    prev[e.to()] = u;
                    pq.add(new int[] {e.to(), nd});
                }
            }
        }
        System.out.println("pops=" + pops);
        long reachable = Arrays.stream(dist).filter(d -> d != Integer.MAX_VALUE).count();
        System.out.println("reachable=" + reachable);
        System.out.println("max=" + Arrays.stream(dist).filter(d -> d != Integer.MAX_VALUE).max().getAsInt());
        System.out.println("sum=" + Arrays.stream(dist).asLongStream().sum());
        for (int t : new int[] {1, 57, 123, 199}) {
            Deque<Integer> path = new ArrayDeque<>();
            for (int v = t; v != -1; v = prev[v]) path.push(v);
            System.out.println("0 -> " + t + " (" + dist[t] + "): " + path);
        }
        // Floyd–Warshall on a small prefix to cross-check
        int k = 30;
        int[][] d = new int[k][k];
        for (int[] row : d) Arrays.fill(row, Integer.MAX_VALUE / 2);
        for (int i = 0; i < k; i++) d[i][i] = 0;
        for (int i = 0; i < k; i++) for (Edge e : g.get(i)) if (e.to() < k) d[i][e.to()] = Math.min(d[i][e.to()], e.w());
        for (int via = 0; via < k; via++)
            for (int i = 0; i < k; i++)
                for (int j = 0; j < k; j++)
                    if (d[i][via] + d[via][j] < d[i][j]) d[i][j] = d[i][via] + d[via][j];
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < 10; j++) sb.append(d[0][j] >= Integer.MAX_VALUE / 2 ? "inf" : String.valueOf(d[0][j])).append(j < 9 ? " " : "");
        System.out.println(sb);
        // BFS levels with an ArrayDeque
        int[] level = new int[n];
        Arrays.fill(level, -1);
        ArrayDeque<Integer> q = new ArrayDeque<>();
        q.add(0);
        level[0] = 0;
        while (!q.isEmpty()) {
            int u = q.poll();
            for (Edge e : g.get(u)) if (level[e.to()] < 0) { level[e.to()] = level[u] + 1; q.add(e.to()); }
        }
        Map<Integer, Long> byLevel = new TreeMap<>();
        for (int l : level) byLevel.merge(l, 1L, Long::sum);
        System.out.println(byLevel);
        System.out.println(g.get(0).subList(0, 3));
    }
}
