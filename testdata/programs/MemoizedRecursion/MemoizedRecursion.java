import java.util.*;
import java.util.function.*;

// Memoization with Map.computeIfAbsent and friends: the classic recursive version fails
// with ConcurrentModificationException on HashMap and TreeMap; the get/put version works.
public class MemoizedRecursion {
    static Map<Integer, Long> memo;

    static long fibCompute(int n) {
        if (n < 2) return n;
        return memo.computeIfAbsent(n, k -> fibCompute(k - 1) + fibCompute(k - 2));
    }

    static long fibGetPut(int n) {
        if (n < 2) return n;
        Long v = memo.get(n);
        if (v != null) return v;
        long r = fibGetPut(n - 1) + fibGetPut(n - 2);
        memo.put(n, r);
        return r;
    }

    static String attempt(String name, Supplier<Map<Integer, Long>> maker, IntFunction<Long> f, int n) {
        memo = maker.get();
        try {
            return name + " fib(" + n + ") = " + f.apply(n) + " (memo " + memo.size() + ")";
        } catch (ConcurrentModificationException e) {
            return name + " fib(" + n + "): " + e.getClass().getSimpleName() + " (memo " + memo.size() + ")";
        }
    }

    public static void main(String[] args) {
        List<Supplier<Map<Integer, Long>>> makers = List.of(HashMap::new, TreeMap::new, LinkedHashMap::new, () -> new TreeMap<>(Comparator.reverseOrder()));
        String[] names = {"HashMap", "TreeMap", "LinkedHashMap", "TreeMap(rev)"};
        for (int i = 0; i < makers.size(); i++) {
            System.out.println(attempt(names[i], makers.get(i), MemoizedRecursion::fibGetPut, 80));
            System.out.println(attempt(names[i], makers.get(i), MemoizedRecursion::fibCompute, 2));
            System.out.println(attempt(names[i], makers.get(i), MemoizedRecursion::fibCompute, 3));
            System.out.println(attempt(names[i], makers.get(i), MemoizedRecursion::fibCompute, 30));
        }

        // compute/merge/computeIfPresent that change the map inside the function
        for (int i = 0; i < 2; i++) {
            Map<String, Integer> m = i == 0 ? new HashMap<>() : new TreeMap<>();
            m.put("a", 1);
            m.put("b", 2);
            String kind = m.getClass().getSimpleName();
            try { m.compute("c", (k, v) -> { m.put("d", 4); return 3; }); System.out.println(kind + " compute ok " + m); }
            catch (ConcurrentModificationException e) { System.out.println(kind + " compute CME " + new TreeMap<>(m)); }
            try { m.merge("a", 10, (x, y) -> { m.remove("b"); return x + y; }); System.out.println(kind + " merge ok " + m); }
            catch (ConcurrentModificationException e) { System.out.println(kind + " merge CME " + new TreeMap<>(m)); }
            try { m.computeIfPresent("a", (k, v) -> { m.put("a", 100); return v + 1; }); System.out.println(kind + " cip(same key) ok " + new TreeMap<>(m)); }
            catch (ConcurrentModificationException e) { System.out.println(kind + " cip CME " + new TreeMap<>(m)); }
            try { m.computeIfAbsent("z", k -> { m.clear(); return 26; }); System.out.println(kind + " cia ok " + m); }
            catch (ConcurrentModificationException e) { System.out.println(kind + " cia CME " + new TreeMap<>(m)); }
            try { m.replaceAll((k, v) -> { if (k.equals("z")) m.put("y", 0); return v * 2; }); System.out.println(kind + " replaceAll ok " + new TreeMap<>(m)); }
            catch (ConcurrentModificationException e) { System.out.println(kind + " replaceAll CME " + new TreeMap<>(m)); }
        }

        // ordinary uses of the compute family on a TreeMap
        TreeMap<String, Integer> tm = new TreeMap<>();
        for (String w : "to be or not to be that is the question".split(" ")) tm.merge(w, 1, Integer::sum);
        tm.computeIfPresent("be", (k, v) -> v * 100);
        tm.computeIfPresent("not", (k, v) -> null);
        tm.compute("or", (k, v) -> v == null ? 0 : v + 7);
        tm.compute("xyz", (k, v) -> null);
        tm.computeIfAbsent("and", k -> k.length());
        tm.computeIfAbsent("to", k -> -1);
        tm.merge("is", 5, (a, b) -> null);
        System.out.println(tm + " " + tm.replace("that", 9) + " " + tm.replace("to", 2, 22) + " " + tm.replace("nope", 1));
        tm.replaceAll((k, v) -> v + k.length());
        System.out.println(tm);
        try { new TreeMap<String, Integer>().computeIfAbsent(null, k -> 1); } catch (NullPointerException e) { System.out.println("null key NPE"); }
        TreeMap<String, Integer> withNull = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        withNull.merge(null, 1, Integer::sum);
        withNull.merge(null, 1, Integer::sum);
        withNull.computeIfAbsent("q", k -> null);
        System.out.println(withNull);
    }
}
