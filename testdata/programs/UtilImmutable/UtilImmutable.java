import java.util.*;

public class UtilImmutable {
    interface Action { Object run(); }

    static void check(String label, Action a) {
        try {
            System.out.println(label + ": " + a.run());
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        List<Integer> l0 = List.of();
        List<Integer> l1 = List.of(1);
        List<Integer> l2 = List.of(1, 2);
        List<Integer> l5 = List.of(5, 4, 3, 2, 1);
        List<Integer> l12 = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        System.out.println("lists " + l0 + " " + l1 + " " + l2 + " " + l5 + " " + l12);
        System.out.println("sizes " + l0.size() + " " + l1.size() + " " + l2.size() + " " + l5.size() + " " + l12.size());
        System.out.println("get " + l5.get(0) + " " + l12.get(11) + " indexOf " + l5.indexOf(3) + " lastIndexOf " + l12.lastIndexOf(12) + " contains " + l5.contains(4) + " " + l5.contains(9));
        System.out.println("equals " + l5.equals(Arrays.asList(5, 4, 3, 2, 1)) + " " + new ArrayList<>(l2).equals(l2) + " hash " + l5.hashCode() + " " + l0.hashCode());
        System.out.println("subList " + l12.subList(3, 7) + " " + l12.subList(3, 7).getClass().getSimpleName().isEmpty());
        List<Integer> copy = new ArrayList<>(l5);
        Collections.sort(copy);
        System.out.println("sorted copy " + copy);
        System.out.println("copyOf " + List.copyOf(copy) + " copyOf of immutable is same " + (List.copyOf(l5) == l5));
        check("List.of add", () -> l5.add(0));
        check("List.of set", () -> l5.set(0, 0));
        check("List.of remove", () -> l5.remove(0));
        check("List.of clear", () -> { l1.clear(); return null; });
        check("List.of get(5)", () -> l5.get(5));
        check("List.of null element", () -> List.of("a", null));
        check("List.of contains(null)", () -> l5.contains(null));
        check("List.copyOf with null", () -> List.copyOf(Arrays.asList(1, null)));
        Iterator<Integer> it = l5.iterator();
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) sb.append(it.next());
        System.out.println("iterate " + sb);
        ListIterator<Integer> li = l5.listIterator(5);
        sb.setLength(0);
        while (li.hasPrevious()) sb.append(li.previous());
        System.out.println("backwards " + sb);

        Set<String> s3 = Set.of("red", "green", "blue");
        System.out.println("set size " + s3.size() + " contains red " + s3.contains("red") + " contains pink " + s3.contains("pink"));
        System.out.println("set sorted " + new TreeSet<>(s3) + " equals " + s3.equals(new HashSet<>(Arrays.asList("blue", "green", "red"))) + " hash " + s3.hashCode());
        check("Set.of duplicate", () -> Set.of("a", "a"));
        check("Set.of add", () -> s3.add("x"));
        check("Set.of null", () -> Set.of("a", null));
        check("Set.of contains(null)", () -> s3.contains(null));
        Set<Integer> bigSet = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        int sum = 0;
        for (int v : bigSet) sum += v;
        System.out.println("set sum " + sum + " size " + bigSet.size() + " sorted " + new TreeSet<>(bigSet));
        System.out.println("Set.copyOf dedup size " + Set.copyOf(Arrays.asList(1, 1, 2, 2, 3)).size());

        Map<String, Integer> m = Map.of("one", 1, "two", 2, "three", 3);
        System.out.println("map size " + m.size() + " get two " + m.get("two") + " get four " + m.get("four") + " getOrDefault " + m.getOrDefault("four", 4));
        System.out.println("map sorted " + new TreeMap<>(m) + " containsKey one " + m.containsKey("one") + " containsValue 3 " + m.containsValue(3));
        System.out.println("map equals " + m.equals(new HashMap<>(m)) + " hash " + m.hashCode());
        check("Map.of put", () -> m.put("four", 4));
        check("Map.of remove", () -> m.remove("one"));
        check("Map.of merge", () -> m.merge("one", 1, Integer::sum));
        check("Map.of duplicate key", () -> Map.of("k", 1, "k", 2));
        check("Map.of null value", () -> Map.of("k", null));
        check("Map.of get(null)", () -> m.get(null));
        Map<Integer, String> me = Map.ofEntries(Map.entry(1, "a"), Map.entry(2, "b"), Map.entry(3, "c"));
        System.out.println("ofEntries sorted " + new TreeMap<>(me));
        Map.Entry<String, Integer> en = Map.entry("key", 7);
        System.out.println("entry " + en + " key " + en.getKey() + " value " + en.getValue() + " hash " + en.hashCode());
        check("entry setValue", () -> en.setValue(8));
        int total = 0;
        for (Map.Entry<String, Integer> e : m.entrySet()) total += e.getValue() * e.getKey().length();
        System.out.println("weighted total " + total);
        Map<String, Integer> mc = Map.copyOf(new TreeMap<>(m));
        System.out.println("copyOf sorted " + new TreeMap<>(mc));
        AbstractMap.SimpleEntry<String, Integer> se = new AbstractMap.SimpleEntry<>("s", 1);
        se.setValue(2);
        AbstractMap.SimpleImmutableEntry<String, Integer> sie = new AbstractMap.SimpleImmutableEntry<>("s", 2);
        System.out.println("SimpleEntry " + se + " equals immutable " + se.equals(sie) + " equals Map.entry " + se.equals(Map.entry("s", 2)));
        check("SimpleImmutableEntry setValue", () -> sie.setValue(3));
        List<String> ul = Collections.unmodifiableList(new ArrayList<>(List.of("q")));
        System.out.println("List.copyOf(unmodifiable) is new " + (List.copyOf(ul) != ul));
    }
}
