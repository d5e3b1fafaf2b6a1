import java.util.*;
import java.util.function.*;

public class UtilMapDefaults {
    public static void main(String[] args) {
        Map<String, Integer> m = new TreeMap<>();
        m.put("a", 1);
        m.put("b", 2);
        m.put("n", null);
        System.out.println("start " + m);
        System.out.println("getOrDefault a " + m.getOrDefault("a", -1) + " z " + m.getOrDefault("z", -1) + " n " + m.getOrDefault("n", -1));
        System.out.println("putIfAbsent a " + m.putIfAbsent("a", 10) + " c " + m.putIfAbsent("c", 3) + " n " + m.putIfAbsent("n", 14) + " -> " + m);
        System.out.println("merge a " + m.merge("a", 5, Integer::sum) + " d " + m.merge("d", 4, Integer::sum) + " -> " + m);
        System.out.println("merge to null removes: " + m.merge("d", 0, (x, y) -> null) + " -> " + m);
        System.out.println("compute b " + m.compute("b", (k, v) -> v == null ? 0 : v * 10) + " e " + m.compute("e", (k, v) -> v == null ? 100 : v) + " -> " + m);
        System.out.println("compute to null " + m.compute("e", (k, v) -> null) + " -> " + m);
        System.out.println("computeIfAbsent f " + m.computeIfAbsent("f", k -> k.length() * 7) + " a " + m.computeIfAbsent("a", k -> 999) + " -> " + m);
        System.out.println("computeIfAbsent null result " + m.computeIfAbsent("g", k -> null) + " contains g " + m.containsKey("g"));
        System.out.println("computeIfPresent a " + m.computeIfPresent("a", (k, v) -> v + 1) + " zz " + m.computeIfPresent("zz", (k, v) -> 1) + " -> " + m);
        System.out.println("computeIfPresent null removes " + m.computeIfPresent("f", (k, v) -> null) + " -> " + m);
        System.out.println("replace c " + m.replace("c", 33) + " q " + m.replace("q", 1) + " -> " + m);
        System.out.println("replace(k,old,new) " + m.replace("c", 33, 34) + " " + m.replace("c", 0, 1) + " -> " + m);
        System.out.println("remove(k,v) " + m.remove("b", 21) + " " + m.remove("b", 20) + " -> " + m);
        m.replaceAll((k, v) -> v == null ? -1 : v * 2);
        System.out.println("replaceAll " + m);
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append('=').append(v).append(' '));
        System.out.println("forEach " + sb.toString().trim());

        // same ops against HashMap and LinkedHashMap
        List<Map<String, Integer>> maps = new ArrayList<>();
        maps.add(new HashMap<>());
        maps.add(new LinkedHashMap<>());
        maps.add(new TreeMap<>());
        maps.add(new Hashtable<>());
        String text = "to be or not to be that is the question whether tis nobler in the mind to suffer";
        for (Map<String, Integer> mm : maps) {
            for (String w : text.split(" ")) mm.merge(w, 1, Integer::sum);
            mm.computeIfPresent("to", (k, v) -> v * 100);
            mm.computeIfAbsent("extra", String::length);
            mm.compute("be", (k, v) -> v == null ? 1 : v + 1000);
            mm.replaceAll((k, v) -> v + k.length());
            System.out.println(mm.getClass().getSimpleName() + " " + mm);
        }
        System.out.println("all equal " + maps.get(0).equals(maps.get(1)) + " " + maps.get(1).equals(maps.get(2)) + " " + maps.get(2).equals(maps.get(3)));
        // multimap pattern
        Map<Integer, List<String>> byLen = new TreeMap<>();
        for (String w : text.split(" ")) byLen.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        System.out.println("byLen " + byLen);
        Map<Character, Set<String>> byFirst = new TreeMap<>();
        for (String w : text.split(" ")) byFirst.computeIfAbsent(w.charAt(0), k -> new TreeSet<>()).add(w);
        System.out.println("byFirst " + byFirst);
        // functional interfaces
        BiFunction<Integer, Integer, Integer> mul = (x, y) -> x * y;
        Function<Integer, Integer> inc = x -> x + 1;
        System.out.println("andThen " + mul.andThen(inc).apply(6, 7));
        Function<Integer, Integer> dbl = x -> x * 2;
        System.out.println("compose " + inc.compose(dbl).apply(5) + " andThen " + inc.andThen(dbl).apply(5) + " identity " + Function.<Integer>identity().apply(9));
        Supplier<Map<String, Integer>> sup = TreeMap::new;
        Map<String, Integer> fresh = sup.get();
        BiConsumer<String, Integer> putter = fresh::put;
        putter.accept("k1", 1);
        putter.andThen((k, v) -> fresh.put(k + "!", v * 2)).accept("k2", 2);
        System.out.println("fresh " + fresh);
        BinaryOperator<Integer> mx = BinaryOperator.maxBy(Comparator.naturalOrder());
        BinaryOperator<Integer> mn = BinaryOperator.minBy(Comparator.naturalOrder());
        System.out.println("maxBy " + mx.apply(3, 9) + " minBy " + mn.apply(3, 9));
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println("unary " + up.apply("shout"));
        Map<String, String> nulls = new HashMap<>();
        try {
            nulls.merge("x", null, (p, q) -> p);
        } catch (NullPointerException e) {
            System.out.println("merge null value: " + e.getClass().getName());
        }
        Map<String, Integer> tm = new TreeMap<>(Map.of("only", 1));
        try {
            tm.computeIfAbsent("boom", k -> { throw new IllegalStateException("from mapping"); });
        } catch (IllegalStateException e) {
            System.out.println("exception propagates: " + e.getMessage() + " map " + tm);
        }
    }
}
