import java.util.*;

public class UtilFailFast {
    interface Action { void run(); }

    static void attempt(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": no exception");
        } catch (ConcurrentModificationException e) {
            System.out.println(label + ": " + e.getClass().getName());
        } catch (RuntimeException e) {
            System.out.println(label + ": other " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        attempt("ArrayList add during foreach", () -> {
            List<Integer> l = new ArrayList<>(Arrays.asList(1, 2, 3, 4));
            for (Integer x : l) if (x == 2) l.add(5);
        });
        attempt("ArrayList remove during foreach", () -> {
            List<Integer> l = new ArrayList<>(Arrays.asList(1, 2, 3, 4));
            for (Integer x : l) if (x == 1) l.remove(x);
        });
        attempt("ArrayList remove second-to-last (no CME)", () -> {
            List<Integer> l = new ArrayList<>(Arrays.asList(1, 2, 3, 4));
            for (Integer x : l) if (x == 3) l.remove(x);
            System.out.println("  list now " + l);
        });
        attempt("ArrayList set during foreach (allowed)", () -> {
            List<Integer> l = new ArrayList<>(Arrays.asList(1, 2, 3, 4));
            for (int i = 0; i < l.size(); i++) l.set(i, l.get(i) * 2);
            for (Integer x : l) l.set(0, x);
            System.out.println("  list now " + l);
        });
        attempt("iterator remove (allowed)", () -> {
            List<Integer> l = new ArrayList<>(Arrays.asList(1, 2, 3, 4, 5, 6));
            for (Iterator<Integer> it = l.iterator(); it.hasNext(); ) if (it.next() % 2 == 0) it.remove();
            System.out.println("  list now " + l);
        });
        attempt("iterator remove twice", () -> {
            List<Integer> l = new ArrayList<>(Arrays.asList(1, 2, 3));
            Iterator<Integer> it = l.iterator();
            it.next();
            it.remove();
            it.remove();
        });
        attempt("iterator next past end", () -> {
            Iterator<Integer> it = new ArrayList<Integer>().iterator();
            it.next();
        });
        attempt("LinkedList add during iteration", () -> {
            List<String> l = new LinkedList<>(Arrays.asList("a", "b", "c"));
            for (String s : l) if (s.equals("a")) l.add("d");
        });
        attempt("HashMap put during keySet iteration", () -> {
            Map<String, Integer> m = new HashMap<>();
            m.put("x", 1); m.put("y", 2); m.put("z", 3);
            for (String k : m.keySet()) m.put(k + k, 0);
        });
        attempt("HashMap replace value during iteration (allowed)", () -> {
            Map<String, Integer> m = new HashMap<>();
            m.put("x", 1); m.put("y", 2); m.put("z", 3);
            for (String k : m.keySet()) m.put(k, m.get(k) + 10);
            System.out.println("  map now " + m);
        });
        attempt("HashMap remove during entrySet iteration", () -> {
            Map<Integer, Integer> m = new HashMap<>();
            for (int i = 0; i < 10; i++) m.put(i, i);
            for (Map.Entry<Integer, Integer> e : m.entrySet()) if (e.getKey() == 3) m.remove(3);
        });
        attempt("HashMap computeIfAbsent modifying map in function", () -> {
            Map<Integer, Integer> m = new HashMap<>();
            m.computeIfAbsent(1, k -> { m.put(2, 2); return 1; });
        });
        attempt("TreeMap remove during values iteration", () -> {
            TreeMap<Integer, String> m = new TreeMap<>();
            for (int i = 0; i < 5; i++) m.put(i, "v" + i);
            for (String v : m.values()) if (v.equals("v1")) m.remove(4);
        });
        attempt("TreeSet add during iteration", () -> {
            TreeSet<Integer> s = new TreeSet<>(Arrays.asList(1, 2, 3));
            for (Integer x : s) s.add(x + 10);
        });
        attempt("LinkedHashMap access-order get during iteration", () -> {
            LinkedHashMap<String, Integer> m = new LinkedHashMap<>(16, 0.75f, true);
            m.put("a", 1); m.put("b", 2); m.put("c", 3);
            for (String k : m.keySet()) m.get("a");
        });
        attempt("ArrayDeque add during iteration", () -> {
            ArrayDeque<Integer> d = new ArrayDeque<>(Arrays.asList(1, 2, 3));
            for (Integer x : d) d.addLast(x);
        });
        attempt("PriorityQueue offer during iteration", () -> {
            PriorityQueue<Integer> q = new PriorityQueue<>(Arrays.asList(1, 2, 3));
            for (Integer x : q) q.offer(x);
        });
        attempt("Vector add during iteration", () -> {
            Vector<Integer> v = new Vector<>(Arrays.asList(1, 2, 3));
            for (Integer x : v) v.add(x);
        });
        attempt("subList after parent modification", () -> {
            List<Integer> l = new ArrayList<>(Arrays.asList(1, 2, 3, 4, 5));
            List<Integer> sub = l.subList(1, 3);
            l.add(6);
            sub.size();
        });
        attempt("ArrayList forEach modifying", () -> {
            List<Integer> l = new ArrayList<>(Arrays.asList(1, 2, 3));
            l.forEach(x -> { if (x == 1) l.add(9); });
        });
        attempt("ArrayList removeIf then iterate (ok)", () -> {
            List<Integer> l = new ArrayList<>(Arrays.asList(1, 2, 3, 4));
            l.removeIf(x -> x > 2);
            int s = 0;
            for (int x : l) s += x;
            System.out.println("  sum " + s);
        });
        attempt("ListIterator add then set", () -> {
            List<Integer> l = new ArrayList<>(Arrays.asList(1, 2, 3));
            ListIterator<Integer> it = l.listIterator();
            it.next();
            it.add(10);
            it.set(20);
        });
        attempt("two iterators, one removes", () -> {
            List<Integer> l = new ArrayList<>(Arrays.asList(1, 2, 3));
            Iterator<Integer> a = l.iterator();
            Iterator<Integer> b = l.iterator();
            a.next();
            a.remove();
            b.next();
        });
        try {
            List<Integer> l = new ArrayList<>(Arrays.asList(1, 2, 3));
            for (Integer x : l) l.add(x);
        } catch (ConcurrentModificationException e) {
            System.out.println("message null? " + (e.getMessage() == null) + " is RuntimeException " + (e instanceof RuntimeException));
        }
    }
}
