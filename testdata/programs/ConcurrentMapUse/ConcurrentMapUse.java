import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.stream.*;

// ConcurrentHashMap used as a cache and a counter table, single-threaded, the way
// service-style code uses it; its iteration order is the JDK's table order.
public class ConcurrentMapUse {
    static final ConcurrentHashMap<Integer, Long> memo = new ConcurrentHashMap<>();

    static long collatzLength(long n) {
        if (n == 1) return 1;
        if (n < 10_000) {
            Long cached = memo.get((int) n);
            if (cached != null) return cached;
        }
        long len = 1 + collatzLength(n % 2 == 0 ? n / 2 : 3 * n + 1);
        if (n < 10_000) memo.putIfAbsent((int) n, len);
        return len;
    }

    record Point(int x, int y) {}

    public static void main(String[] args) {
        String text = "the cat sat on the mat the dog ate the cat food and the bird sang on the wire "
            + "while a cat and a dog and a bird sat together on a mat near the wire";
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        for (String w : text.split(" ")) counts.merge(w, 1, Integer::sum);
        System.out.println(counts);
        System.out.println(counts.size() + " " + counts.mappingCount() + " " + counts.get("the") + " " + counts.getOrDefault("zebra", 0));

        ConcurrentMap<String, LongAdder> adders = new ConcurrentHashMap<>();
        for (String w : text.split(" ")) adders.computeIfAbsent(w.substring(0, 1), k -> new LongAdder()).increment();
        System.out.println(adders);

        Map<String, List<String>> byLen = new ConcurrentHashMap<>();
        for (String w : text.split(" ")) byLen.computeIfAbsent("len" + w.length(), k -> new ArrayList<>()).add(w);
        byLen.forEach((k, v) -> System.out.println(k + " -> " + v.size() + " " + new TreeSet<>(v)));

        long best = 0, arg = 0;
        for (int i = 1; i < 3000; i++) { long l = collatzLength(i); if (l > best) { best = l; arg = i; } }
        System.out.println("collatz " + arg + " " + best + " memo=" + memo.size());

        ConcurrentHashMap<Point, String> grid = new ConcurrentHashMap<>(64);
        for (int x = 0; x < 5; x++) for (int y = 0; y < 5; y++) if ((x * y) % 3 == 1) grid.put(new Point(x, y), x + "" + y);
        System.out.println(grid);
        System.out.println(grid.containsKey(new Point(1, 1)) + " " + grid.containsValue("22") + " " + grid.contains("44"));

        // iteration while removing (allowed: weakly consistent iterators)
        for (String k : counts.keySet()) if (counts.get(k) == 1) counts.remove(k);
        System.out.println("repeated: " + counts);
        counts.replaceAll((k, v) -> v * 10);
        counts.computeIfPresent("the", (k, v) -> v + 1);
        counts.compute("new", (k, v) -> v == null ? -1 : v);
        counts.replace("cat", 30, 33);
        counts.remove("dog", 999);
        System.out.println(counts + " " + counts.keySet().stream().sorted().collect(Collectors.joining(",")));

        // null keys and values are rejected
        try { counts.put(null, 1); } catch (NullPointerException e) { System.out.println("NPE key"); }
        try { counts.put("x", null); } catch (NullPointerException e) { System.out.println("NPE value"); }
        try { counts.get(null); } catch (NullPointerException e) { System.out.println("NPE get"); }

        // a concurrent set and key views with a default value
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        int dups = 0;
        for (int i = 0; i < 100; i++) if (!seen.add((i * 37) % 61)) dups++;
        System.out.println("dups " + dups + " size " + seen.size() + " first10 " + seen.stream().limit(10).collect(Collectors.toList()));
        ConcurrentHashMap.KeySetView<String, Boolean> flags = new ConcurrentHashMap<String, Boolean>().keySet(Boolean.TRUE);
        flags.addAll(List.of("b", "a", "c"));
        System.out.println(flags + " " + flags.getMap() + " " + flags.getMappedValue());

        // bulk operations
        ConcurrentHashMap<String, Integer> scores = new ConcurrentHashMap<>();
        String[] names = {"ann", "bob", "cid", "dee", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lou", "max", "ned", "oz", "pam", "quin"};
        for (int i = 0; i < names.length; i++) scores.put(names[i], (i * 53) % 101);
        System.out.println(scores);
        System.out.println(scores.reduceValuesToInt(Long.MAX_VALUE, v -> v, 0, Integer::sum) + " "
            + scores.reduceKeys(Long.MAX_VALUE, (a, b) -> a.compareTo(b) < 0 ? a : b) + " "
            + scores.search(Long.MAX_VALUE, (k, v) -> v > 90 ? k : null) + " "
            + scores.reduce(Long.MAX_VALUE, (k, v) -> k.length() == 2 ? k + v : null, (a, b) -> a + b));
        StringBuilder sb = new StringBuilder();
        scores.forEach(Long.MAX_VALUE, (k, v) -> { if (v % 2 == 0) sb.append(k).append(' '); });
        System.out.println(sb.toString().trim());
        System.out.println(scores.entrySet().stream().max(Map.Entry.comparingByValue()).get()
            + " " + scores.values().stream().mapToInt(Integer::intValue).summaryStatistics());
        Enumeration<String> keys = scores.keys();
        int n = 0;
        while (keys.hasMoreElements()) if (keys.nextElement().contains("a")) n++;
        System.out.println("keys with a: " + n);
        ConcurrentHashMap<String, Integer> copy = new ConcurrentHashMap<>(scores);
        System.out.println(copy.equals(scores) + " " + copy.hashCode() + " " + (copy.hashCode() == new HashMap<>(scores).hashCode()));
        copy.entrySet().removeIf(e -> e.getValue() > 50);
        copy.values().removeIf(v -> v < 10);
        System.out.println(copy);
        for (Map.Entry<String, Integer> e : copy.entrySet()) e.setValue(-e.getValue());
        System.out.println(copy + " " + copy.isEmpty());
        copy.clear();
        System.out.println(copy + " " + copy.isEmpty() + " " + copy.size());

        // growth: iteration order follows the JDK's table
        ConcurrentHashMap<Integer, Integer> squares = new ConcurrentHashMap<>();
        for (int i = 0; i < 40; i++) squares.put(i * i, i);
        System.out.println(squares.keySet());
        ConcurrentSkipListLike();
    }

    static void ConcurrentSkipListLike() {
        AtomicInteger hits = new AtomicInteger();
        ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();
        for (String q : List.of("a", "b", "a", "c", "b", "a")) {
            cache.computeIfAbsent(q, k -> { hits.incrementAndGet(); return k.toUpperCase(); });
        }
        System.out.println(cache + " misses=" + hits);
        try {
            ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
            m.computeIfAbsent("AaAa", k -> m.computeIfAbsent("BBBB", k2 -> 1));
            System.out.println("no exception " + m);
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
    }
}
