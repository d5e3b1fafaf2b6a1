import java.util.*;

public class UtilCollections {
    interface Action { void run(); }

    static void uoe(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": allowed");
        } catch (UnsupportedOperationException e) {
            System.out.println(label + ": " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 20; i++) l.add((i * 13 + 5) % 23);
        System.out.println("list " + l);
        Collections.sort(l);
        System.out.println("sort " + l);
        System.out.println("binarySearch 18 " + Collections.binarySearch(l, 18) + " 4 " + Collections.binarySearch(l, 4) + " 100 " + Collections.binarySearch(l, 100));
        Collections.reverse(l);
        System.out.println("reverse " + l);
        Collections.sort(l, Collections.reverseOrder());
        System.out.println("sort reverseOrder " + l);
        System.out.println("binarySearch with cmp 10 " + Collections.binarySearch(l, 10, Collections.reverseOrder()));
        Collections.shuffle(l, new Random(42));
        System.out.println("shuffle(42) " + l);
        Collections.shuffle(l, new Random(42));
        System.out.println("shuffle(42) again " + l);
        List<String> letters = new ArrayList<>(Arrays.asList("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"));
        Collections.shuffle(letters, new Random(7));
        System.out.println("letters shuffle(7) " + letters);
        LinkedList<String> ll = new LinkedList<>(Arrays.asList("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"));
        Collections.shuffle(ll, new Random(7));
        System.out.println("linked shuffle(7) " + ll);
        System.out.println("min " + Collections.min(l) + " max " + Collections.max(l));
        System.out.println("min by cmp " + Collections.min(letters, Comparator.reverseOrder()) + " max by cmp " + Collections.max(Arrays.asList("aaa", "b", "cc"), Comparator.comparing(String::length)));
        List<String> words = Arrays.asList("x", "y", "x", "z", "x", "y", null, null);
        System.out.println("frequency x " + Collections.frequency(words, "x") + " y " + Collections.frequency(words, "y") + " null " + Collections.frequency(words, null) + " q " + Collections.frequency(words, "q"));
        List<String> nc = Collections.nCopies(5, "ab");
        System.out.println("nCopies " + nc + " size " + nc.size() + " indexOf " + nc.indexOf("ab") + " contains " + nc.contains("ab"));
        uoe("nCopies add", () -> nc.add("x"));
        List<Integer> rot = new ArrayList<>(Arrays.asList(1, 2, 3, 4, 5, 6, 7));
        Collections.rotate(rot, 2);
        System.out.println("rotate 2 " + rot);
        Collections.rotate(rot, -3);
        System.out.println("rotate -3 " + rot);
        Collections.swap(rot, 0, 6);
        System.out.println("swap " + rot);
        Collections.fill(rot, 0);
        System.out.println("fill " + rot);
        List<Integer> dst = new ArrayList<>(Arrays.asList(9, 9, 9, 9, 9));
        Collections.copy(dst, Arrays.asList(1, 2, 3));
        System.out.println("copy " + dst);
        System.out.println("replaceAll " + Collections.replaceAll(dst, 9, 8) + " " + dst);
        List<Integer> src = Arrays.asList(1, 2, 3, 1, 2, 3, 4);
        System.out.println("indexOfSubList " + Collections.indexOfSubList(src, Arrays.asList(2, 3)) + " last " + Collections.lastIndexOfSubList(src, Arrays.asList(2, 3)) + " none " + Collections.indexOfSubList(src, Arrays.asList(5)));
        System.out.println("disjoint " + Collections.disjoint(src, Arrays.asList(7, 8)) + " " + Collections.disjoint(src, Arrays.asList(4, 8)));
        List<String> target = new ArrayList<>(Arrays.asList("start"));
        System.out.println("addAll " + Collections.addAll(target, "p", "q", "r") + " " + target);

        List<Integer> base = new ArrayList<>(Arrays.asList(3, 1, 2));
        List<Integer> ul = Collections.unmodifiableList(base);
        System.out.println("unmodifiableList " + ul + " get(1) " + ul.get(1));
        uoe("unmodifiableList add", () -> ul.add(4));
        uoe("unmodifiableList set", () -> ul.set(0, 4));
        uoe("unmodifiableList remove", () -> ul.remove(0));
        uoe("unmodifiableList sort", () -> ul.sort(null));
        uoe("unmodifiableList iterator remove", () -> { Iterator<Integer> it = ul.iterator(); it.next(); it.remove(); });
        base.add(99);
        System.out.println("view reflects backing change " + ul);
        Set<String> us = Collections.unmodifiableSet(new TreeSet<>(Arrays.asList("b", "a")));
        System.out.println("unmodifiableSet " + us);
        uoe("unmodifiableSet add", () -> us.add("c"));
        uoe("unmodifiableSet clear", us::clear);
        Map<String, Integer> um = Collections.unmodifiableMap(new TreeMap<>(Map.of("k", 1)));
        System.out.println("unmodifiableMap " + um + " get " + um.get("k"));
        uoe("unmodifiableMap put", () -> um.put("j", 2));
        uoe("unmodifiableMap merge", () -> um.merge("k", 1, Integer::sum));
        uoe("unmodifiableMap entry setValue", () -> um.entrySet().iterator().next().setValue(5));
        uoe("unmodifiableCollection add", () -> Collections.unmodifiableCollection(base).add(1));
        SortedMap<Integer, String> usm = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(1, "one")));
        uoe("unmodifiableSortedMap put", () -> usm.put(2, "two"));

        List<String> sl = Collections.singletonList("solo");
        Set<Integer> ss = Collections.singleton(7);
        Map<String, Integer> sm = Collections.singletonMap("key", 42);
        System.out.println("singletons " + sl + " " + ss + " " + sm + " sizes " + sl.size() + ss.size() + sm.size());
        System.out.println("singleton contains " + ss.contains(7) + " " + ss.contains(8) + " map get " + sm.get("key") + " " + sm.get("nokey"));
        uoe("singletonList add", () -> sl.add("x"));
        uoe("singleton remove", () -> ss.remove(7));
        uoe("singletonMap put", () -> sm.put("a", 1));
        uoe("singletonList set", () -> sl.set(0, "y"));

        List<String> el = Collections.emptyList();
        Set<String> es = Collections.emptySet();
        Map<String, String> em = Collections.emptyMap();
        System.out.println("empties " + el + " " + es + " " + em + " " + el.isEmpty() + es.isEmpty() + em.isEmpty());
        System.out.println("empty iterator hasNext " + Collections.emptyIterator().hasNext() + " emptyList equals ArrayList " + el.equals(new ArrayList<>()) + " hash " + el.hashCode() + " " + es.hashCode() + " " + em.hashCode());
        uoe("emptyList add", () -> el.add("x"));
        uoe("emptyMap put", () -> em.put("x", "y"));
        try {
            el.get(0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("emptyList get: " + e.getClass().getName());
        }
        List<Integer> syn = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 5; i++) syn.add(i);
        System.out.println("synchronizedList " + syn);
        Map<String, Integer> synm = Collections.synchronizedMap(new TreeMap<>());
        synm.put("b", 2); synm.put("a", 1);
        System.out.println("synchronizedMap " + synm);
        List<Integer> checked = Collections.checkedList(new ArrayList<>(), Integer.class);
        checked.add(1);
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Object> raw = (List) checked;
        try {
            raw.add("str");
        } catch (ClassCastException e) {
            System.out.println("checkedList: " + e.getClass().getName());
        }
        Deque<Integer> dq = new ArrayDeque<>();
        Queue<Integer> lifo = Collections.asLifoQueue(dq);
        lifo.add(1); lifo.add(2); lifo.add(3);
        System.out.println("asLifoQueue poll " + lifo.poll() + " " + lifo);
        Set<String> fromMap = Collections.newSetFromMap(new LinkedHashMap<>());
        fromMap.add("z"); fromMap.add("a"); fromMap.add("z");
        System.out.println("newSetFromMap " + fromMap);
        Enumeration<String> en = Collections.enumeration(Arrays.asList("e1", "e2"));
        System.out.println("list(enumeration) " + Collections.list(en));
        Comparator<String> rc = Collections.reverseOrder(Comparator.comparing(String::length));
        List<String> byLen = new ArrayList<>(Arrays.asList("ccc", "a", "bb", "dddd", "ee"));
        byLen.sort(rc);
        System.out.println("reverseOrder(cmp) " + byLen);
    }
}
