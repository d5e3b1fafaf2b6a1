// Benchmark: an application-like mix that makes hundreds of methods hot (its own
// and the class library's): a tokenizer, parser and evaluator for arithmetic with
// a class per syntax node, word statistics with maps and streams, a graph search
// with queues, records sorted by comparators, string building and BigInteger.
// Argument: rounds (default 10). It measures compilation cost as much as speed.
import java.math.BigInteger;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class Workload {
    // ---- expressions: tokens, nodes, parser, evaluation, printing, simplification
    interface Node {
        long eval(Map<String, Long> env);
        String show();
        Node simplify();
    }

    record Num(long value) implements Node {
        public long eval(Map<String, Long> env) { return value; }
        public String show() { return Long.toString(value); }
        public Node simplify() { return this; }
    }

    record Var(String name) implements Node {
        public long eval(Map<String, Long> env) { return env.getOrDefault(name, 0L); }
        public String show() { return name; }
        public Node simplify() { return this; }
    }

    record Bin(char op, Node left, Node right) implements Node {
        public long eval(Map<String, Long> env) {
            long a = left.eval(env), b = right.eval(env);
            switch (op) {
                case '+': return a + b;
                case '-': return a - b;
                case '*': return a * b;
                case '/': return b == 0 ? 0 : a / b;
                default: return a % (b == 0 ? 1 : b);
            }
        }
        public String show() { return "(" + left.show() + " " + op + " " + right.show() + ")"; }
        public Node simplify() {
            Node l = left.simplify(), r = right.simplify();
            if (l instanceof Num && r instanceof Num) return new Num(new Bin(op, l, r).eval(Map.of()));
            if (op == '*' && (isConst(l, 0) || isConst(r, 0))) return new Num(0);
            if (op == '+' && isConst(l, 0)) return r;
            if ((op == '+' || op == '-') && isConst(r, 0)) return l;
            if (op == '*' && isConst(l, 1)) return r;
            if (op == '*' && isConst(r, 1)) return l;
            return new Bin(op, l, r);
        }
        static boolean isConst(Node n, long v) { return n instanceof Num num && num.value() == v; }
    }

    static final class Parser {
        private final List<String> tokens;
        private int at;

        Parser(String text) { tokens = tokenize(text); }

        static List<String> tokenize(String s) {
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) { i++; continue; }
                int j = i + 1;
                if (Character.isDigit(c)) { while (j < s.length() && Character.isDigit(s.charAt(j))) j++; }
                else if (Character.isLetter(c)) { while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) j++; }
                out.add(s.substring(i, j));
                i = j;
            }
            return out;
        }

        String peek() { return at < tokens.size() ? tokens.get(at) : ""; }
        String next() { return tokens.get(at++); }

        Node expression() {
            Node n = term();
            while (peek().equals("+") || peek().equals("-")) n = new Bin(next().charAt(0), n, term());
            return n;
        }

        Node term() {
            Node n = factor();
            while (peek().equals("*") || peek().equals("/") || peek().equals("%")) n = new Bin(next().charAt(0), n, factor());
            return n;
        }

        Node factor() {
            String t = next();
            if (t.equals("(")) { Node n = expression(); next(); return n; }
            if (Character.isDigit(t.charAt(0))) return new Num(Long.parseLong(t));
            return new Var(t);
        }
    }

    static String randomExpression(Random r, int depth) {
        if (depth == 0 || r.nextInt(4) == 0) {
            return r.nextBoolean() ? Integer.toString(r.nextInt(20)) : "v" + r.nextInt(5);
        }
        String op = "+-*/%".charAt(r.nextInt(5)) + "";
        return "(" + randomExpression(r, depth - 1) + " " + op + " " + randomExpression(r, depth - 1) + ")";
    }

    static long expressions(Random r) {
        Map<String, Long> env = new HashMap<>();
        for (int i = 0; i < 5; i++) env.put("v" + i, (long) r.nextInt(100) - 50);
        long sum = 0;
        for (int i = 0; i < 60; i++) {
            Node n = new Parser(randomExpression(r, 5)).expression();
            Node s = n.simplify();
            sum += n.eval(env) ^ s.eval(env);
            sum += s.show().length();
        }
        return sum;
    }

    // ---- text: words, counts, sorting, streams
    static final String[] WORDS = ("the quick brown fox jumps over the lazy dog while seven wizards "
            + "quietly hex jumbo crates of liquor and a sphinx of black quartz judges my vow").split(" ");

    static long text(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 400; i++) sb.append(WORDS[r.nextInt(WORDS.length)]).append(i % 13 == 0 ? ". " : " ");
        String doc = sb.toString();
        Map<String, Integer> counts = new TreeMap<>();
        for (String w : doc.split("[ .]+")) counts.merge(w.toLowerCase(), 1, Integer::sum);
        List<Map.Entry<String, Integer>> top = new ArrayList<>(counts.entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        String joined = top.stream().limit(5).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        Map<Integer, List<String>> byLength = counts.keySet().stream().collect(Collectors.groupingBy(String::length));
        long sentences = Arrays.stream(doc.split("\\. ")).filter(s -> !s.isBlank()).count();
        return joined.hashCode() + byLength.size() * 31L + sentences + doc.replace("the", "THE").indexOf("THE");
    }

    // ---- graphs: grid BFS with a deque, Dijkstra with a priority queue
    static long graphs(Random r) {
        int n = 30;
        boolean[][] wall = new boolean[n][n];
        for (int i = 0; i < n * n / 4; i++) wall[r.nextInt(n)][r.nextInt(n)] = true;
        wall[0][0] = false;
        int[][] dist = new int[n][n];
        for (int[] row : dist) Arrays.fill(row, -1);
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {0, 0});
        dist[0][0] = 0;
        int[] dx = {1, -1, 0, 0}, dy = {0, 0, 1, -1};
        long reached = 0;
        while (!queue.isEmpty()) {
            int[] p = queue.poll();
            reached += dist[p[0]][p[1]];
            for (int k = 0; k < 4; k++) {
                int x = p[0] + dx[k], y = p[1] + dy[k];
                if (x >= 0 && y >= 0 && x < n && y < n && !wall[x][y] && dist[x][y] < 0) {
                    dist[x][y] = dist[p[0]][p[1]] + 1;
                    queue.add(new int[] {x, y});
                }
            }
        }
        int v = 200;
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i < v; i++) adj.add(new ArrayList<>());
        for (int i = 0; i < v * 4; i++) {
            int a = r.nextInt(v), b = r.nextInt(v), w = 1 + r.nextInt(50);
            adj.get(a).add(new int[] {b, w});
            adj.get(b).add(new int[] {a, w});
        }
        long[] best = new long[v];
        Arrays.fill(best, Long.MAX_VALUE);
        best[0] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>(Comparator.comparingLong(e -> e[0]));
        pq.add(new long[] {0, 0});
        while (!pq.isEmpty()) {
            long[] e = pq.poll();
            int u = (int) e[1];
            if (e[0] > best[u]) continue;
            for (int[] edge : adj.get(u)) {
                long d = e[0] + edge[1];
                if (d < best[edge[0]]) { best[edge[0]] = d; pq.add(new long[] {d, edge[0]}); }
            }
        }
        return reached + Arrays.stream(best).filter(d -> d != Long.MAX_VALUE).sum();
    }

    // ---- records, comparators, sets, numbers
    record Person(String name, int age, double score) {}

    static long people(Random r) {
        List<Person> list = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            list.add(new Person(WORDS[r.nextInt(WORDS.length)] + (i % 17), 18 + r.nextInt(60), r.nextInt(1000) / 10.0));
        }
        list.sort(Comparator.comparing(Person::name).thenComparingInt(Person::age).thenComparing(Person::score, Comparator.reverseOrder()));
        Set<String> names = new HashSet<>();
        LinkedHashMap<Integer, Double> byDecade = new LinkedHashMap<>();
        for (Person p : list) {
            names.add(p.name());
            byDecade.merge(p.age() / 10, p.score(), Double::sum);
        }
        DoubleSummaryStatistics stats = list.stream().mapToDouble(Person::score).summaryStatistics();
        Optional<Person> oldest = list.stream().max(Comparator.comparingInt(Person::age));
        String s = String.format("%.2f/%.1f/%d", stats.getAverage(), stats.getMax(), oldest.map(Person::age).orElse(0));
        return names.size() * 1000L + byDecade.size() + s.hashCode() + list.get(0).hashCode() % 1000;
    }

    static long numbers(int round) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 60 + round % 10; i++) f = f.multiply(BigInteger.valueOf(i));
        String digits = f.toString();
        long s = 0;
        for (char c : digits.toCharArray()) s += c - '0';
        IntUnaryOperator collatz = x -> x % 2 == 0 ? x / 2 : 3 * x + 1;
        for (int start = 1; start < 200; start++) {
            int x = start;
            while (x != 1) { x = collatz.applyAsInt(x); s++; }
        }
        return s + Integer.toBinaryString(round).length() + Long.toHexString(s).length() + Integer.parseInt("" + (round % 1000));
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Random r = new Random(42);
        long[] totals = new long[5];
        for (int round = 0; round < rounds; round++) {
            totals[0] += expressions(r);
            totals[1] += text(r);
            totals[2] += graphs(r);
            totals[3] += people(r);
            totals[4] += numbers(round);
        }
        System.out.println("rounds " + rounds + " expressions " + totals[0] + " text " + totals[1]
                + " graphs " + totals[2] + " people " + totals[3] + " numbers " + totals[4]);
    }
}
