import java.util.*;

public class UtilGraph {
    static final class Edge {
        final String to;
        final int w;
        Edge(String to, int w) { this.to = to; this.w = w; }
    }

    static final Map<String, List<Edge>> graph = new TreeMap<>();

    static void addEdge(String a, String b, int w) {
        graph.computeIfAbsent(a, k -> new ArrayList<>()).add(new Edge(b, w));
        graph.computeIfAbsent(b, k -> new ArrayList<>()).add(new Edge(a, w));
    }

    static List<String> bfs(String start) {
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> q = new ArrayDeque<>();
        q.add(start);
        seen.add(start);
        Map<String, Integer> depth = new TreeMap<>();
        depth.put(start, 0);
        while (!q.isEmpty()) {
            String cur = q.poll();
            order.add(cur);
            for (Edge e : graph.get(cur)) {
                if (seen.add(e.to)) {
                    depth.put(e.to, depth.get(cur) + 1);
                    q.add(e.to);
                }
            }
        }
        System.out.println("bfs depths " + depth);
        return order;
    }

    static void dfs(String cur, Set<String> seen, List<String> order) {
        if (!seen.add(cur)) return;
        order.add(cur);
        for (Edge e : graph.get(cur)) dfs(e.to, seen, order);
    }

    static List<String> dfsIter(String start) {
        List<String> order = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> st = new ArrayDeque<>();
        st.push(start);
        while (!st.isEmpty()) {
            String cur = st.pop();
            if (!seen.add(cur)) continue;
            order.add(cur);
            List<Edge> es = graph.get(cur);
            for (int i = es.size() - 1; i >= 0; i--) if (!seen.contains(es.get(i).to)) st.push(es.get(i).to);
        }
        return order;
    }

    static void dijkstra(String src) {
        Map<String, Integer> dist = new HashMap<>();
        Map<String, String> prev = new HashMap<>();
        PriorityQueue<Object[]> pq = new PriorityQueue<>(Comparator.comparingInt((Object[] a) -> (Integer) a[1]).thenComparing(a -> (String) a[0]));
        dist.put(src, 0);
        pq.add(new Object[]{src, 0});
        int pops = 0;
        while (!pq.isEmpty()) {
            Object[] top = pq.poll();
            pops++;
            String u = (String) top[0];
            int d = (Integer) top[1];
            if (d > dist.get(u)) continue;
            for (Edge e : graph.get(u)) {
                int nd = d + e.w;
                if (nd < dist.getOrDefault(e.to, Integer.MAX_VALUE)) {
                    dist.put(e.to, nd);
                    prev.put(e.to, u);
                    pq.add(new Object[]{e.to, nd});
                }
            }
        }
        System.out.println("dijkstra from " + src + " pops " + pops);
        for (String v : new TreeSet<>(dist.keySet())) {
            LinkedList<String> path = new LinkedList<>();
            for (String at = v; at != null; at = prev.get(at)) path.addFirst(at);
            System.out.println("  " + v + " dist " + dist.get(v) + " path " + String.join("->", path));
        }
    }

    static List<String> topo(Map<String, List<String>> dag) {
        Map<String, Integer> indeg = new TreeMap<>();
        for (String k : dag.keySet()) indeg.putIfAbsent(k, 0);
        for (List<String> outs : dag.values()) for (String o : outs) indeg.merge(o, 1, Integer::sum);
        PriorityQueue<String> ready = new PriorityQueue<>();
        for (Map.Entry<String, Integer> e : indeg.entrySet()) if (e.getValue() == 0) ready.add(e.getKey());
        List<String> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            String n = ready.poll();
            out.add(n);
            for (String m : dag.getOrDefault(n, Collections.emptyList())) if (indeg.merge(m, -1, Integer::sum) == 0) ready.add(m);
        }
        return out;
    }

    public static void main(String[] args) {
        String[][] edges = {
            {"A", "B", "4"}, {"A", "C", "2"}, {"B", "C", "5"}, {"B", "D", "10"}, {"C", "E", "3"},
            {"E", "D", "4"}, {"D", "F", "11"}, {"E", "G", "7"}, {"G", "F", "1"}, {"F", "H", "2"},
            {"G", "H", "9"}, {"H", "I", "3"}, {"I", "J", "6"}, {"C", "J", "30"}, {"K", "L", "1"}
        };
        for (String[] e : edges) addEdge(e[0], e[1], Integer.parseInt(e[2]));
        for (Map.Entry<String, List<Edge>> e : graph.entrySet()) {
            StringBuilder sb = new StringBuilder();
            for (Edge ed : e.getValue()) sb.append(ed.to).append('(').append(ed.w).append(") ");
            System.out.println(e.getKey() + ": " + sb.toString().trim());
        }
        System.out.println("bfs A " + bfs("A"));
        List<String> order = new ArrayList<>();
        dfs("A", new HashSet<>(), order);
        System.out.println("dfs A " + order);
        System.out.println("dfs iterative A " + dfsIter("A"));
        dijkstra("A");
        dijkstra("H");
        // connected components
        Set<String> seen = new HashSet<>();
        int comp = 0;
        for (String v : graph.keySet()) {
            if (seen.contains(v)) continue;
            List<String> members = new ArrayList<>();
            dfs(v, seen, members);
            Collections.sort(members);
            System.out.println("component " + (comp++) + " " + members);
        }
        // grid BFS shortest path
        String[] grid = {
            "S..#......",
            ".#.#.####.",
            ".#...#....",
            ".####.#.#.",
            "......#.#E",
        };
        int rows = grid.length, cols = grid[0].length();
        int[][] dist = new int[rows][cols];
        for (int[] row : dist) Arrays.fill(row, -1);
        ArrayDeque<int[]> q = new ArrayDeque<>();
        q.add(new int[]{0, 0});
        dist[0][0] = 0;
        int[][] dirs = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}};
        while (!q.isEmpty()) {
            int[] c = q.poll();
            for (int[] d : dirs) {
                int r = c[0] + d[0], cc = c[1] + d[1];
                if (r < 0 || cc < 0 || r >= rows || cc >= cols || grid[r].charAt(cc) == '#' || dist[r][cc] >= 0) continue;
                dist[r][cc] = dist[c[0]][c[1]] + 1;
                q.add(new int[]{r, cc});
            }
        }
        for (int r = 0; r < rows; r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                if (grid[r].charAt(c) == '#') sb.append("  #");
                else sb.append(dist[r][c] < 10 ? "  " : " ").append(dist[r][c]);
            }
            System.out.println(sb);
        }
        System.out.println("grid distance to E " + dist[4][9]);
        Map<String, List<String>> dag = new TreeMap<>();
        dag.put("shirt", Arrays.asList("tie", "belt"));
        dag.put("tie", Arrays.asList("jacket"));
        dag.put("pants", Arrays.asList("shoes", "belt"));
        dag.put("belt", Arrays.asList("jacket"));
        dag.put("socks", Arrays.asList("shoes"));
        dag.put("undershorts", Arrays.asList("pants", "shoes"));
        dag.put("watch", Collections.emptyList());
        System.out.println("topological " + topo(dag));
    }
}
