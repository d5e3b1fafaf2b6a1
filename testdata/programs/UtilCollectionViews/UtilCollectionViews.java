import java.util.*;

// Collections' views (unmodifiable sorted/navigable, synchronized, checked, LIFO queue,
// set from map, enumerations), Arrays.compare/mismatch/equals on ranges, PriorityQueue's
// bulk removal order, a big EnumSet (more than 64 constants), EnumMap and BitSet edge cases.
public class UtilCollectionViews {
    enum Color { RED, GREEN, BLUE }

    enum Big {
        B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11, B12, B13, B14, B15, B16, B17, B18, B19,
        B20, B21, B22, B23, B24, B25, B26, B27, B28, B29, B30, B31, B32, B33, B34, B35, B36, B37, B38, B39,
        B40, B41, B42, B43, B44, B45, B46, B47, B48, B49, B50, B51, B52, B53, B54, B55, B56, B57, B58, B59,
        B60, B61, B62, B63, B64, B65, B66, B67, B68, B69
    }

    interface Action { Object run(); }

    static String ex(Action a) {
        try {
            return String.valueOf(a.run());
        } catch (RuntimeException e) {
            return e.getClass().getName() + (e instanceof NullPointerException ? "" : ": " + e.getMessage());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int i = 0; i < 10; i++) tm.put(i * 3, "v" + i);
        NavigableMap<Integer, String> um = Collections.unmodifiableNavigableMap(tm);
        System.out.println("unmodifiable navigable map " + um.firstEntry() + " " + um.floorKey(10) + " " + um.headMap(9) + " " + um.subMap(3, true, 12, false));
        System.out.println("  descending " + um.descendingMap() + " keys " + um.descendingKeySet());
        System.out.println("  pollFirstEntry " + ex(() -> um.pollFirstEntry()) + ", entry setValue " + ex(() -> um.firstEntry().setValue("x")) + ", headMap put " + ex(() -> um.headMap(10).put(1, "a")));
        NavigableSet<Integer> us = Collections.unmodifiableNavigableSet(new TreeSet<>(tm.keySet()));
        System.out.println("unmodifiable navigable set lower " + us.lower(5) + " ceiling " + us.ceiling(5) + " headSet " + us.headSet(9, true) + " subSet " + us.subSet(1, 20) + " pollLast " + ex(() -> us.pollLast()));
        SortedSet<String> uss = Collections.unmodifiableSortedSet(new TreeSet<>(List.of("b", "a", "c")));
        System.out.println("unmodifiable sorted set " + uss + " " + uss.first() + " " + uss.last() + " " + uss.headSet("b") + " remove " + ex(() -> uss.remove("a")));
        System.out.println("empty sorted/navigable " + Collections.emptySortedSet() + " " + Collections.emptyNavigableMap() + " " + Collections.emptySortedMap().size() + " " + Collections.emptyEnumeration().hasMoreElements() + " add " + ex(() -> Collections.emptyNavigableSet().add(1)));

        List<Integer> sl = Collections.synchronizedList(new ArrayList<>(List.of(3, 1, 2)));
        sl.sort(null);
        sl.add(0, 9);
        sl.removeIf(x -> x == 2);
        sl.replaceAll(x -> x * 2);
        System.out.println("synchronizedList " + sl + " subList " + sl.subList(1, 3) + " equals " + sl.equals(List.of(18, 2, 6)) + " hash " + sl.hashCode() + " RandomAccess " + (sl instanceof RandomAccess) + " " + (Collections.synchronizedList(new LinkedList<>()) instanceof RandomAccess));
        Map<String, Integer> sm = Collections.synchronizedMap(new TreeMap<>());
        sm.merge("a", 1, Integer::sum);
        sm.merge("a", 1, Integer::sum);
        sm.computeIfAbsent("b", k -> 5);
        sm.putIfAbsent("c", 7);
        System.out.println("synchronizedMap " + sm + " " + sm.keySet() + " " + sm.values() + " " + sm.entrySet() + " " + sm.getOrDefault("z", -1));
        NavigableMap<Integer, String> snm = Collections.synchronizedNavigableMap(new TreeMap<>(tm));
        System.out.println("synchronizedNavigableMap " + snm.headMap(6) + " " + snm.ceilingEntry(7) + " poll " + snm.pollFirstEntry() + " last " + snm.descendingMap().firstKey());
        NavigableSet<Integer> sns = Collections.synchronizedNavigableSet(new TreeSet<>(List.of(5, 1, 3)));
        System.out.println("synchronizedNavigableSet poll " + sns.pollFirst() + " " + sns + " " + sns.descendingSet() + " " + sns.higher(3));

        List raw = Collections.checkedList(new ArrayList<>(List.of(1, 2)), Integer.class);
        System.out.println("checkedList add " + ex(() -> raw.add("x")));
        System.out.println("  set " + ex(() -> raw.set(0, 2.5)));
        System.out.println("  addAll " + ex(() -> raw.addAll(List.of(3, "y"))) + " -> " + raw);
        System.out.println("  null allowed " + raw.add(null) + " " + raw);
        Map rm = Collections.checkedMap(new TreeMap<>(), String.class, Integer.class);
        System.out.println("checkedMap put " + ex(() -> rm.put("a", 1)) + " " + ex(() -> rm.put(1, 1)));
        System.out.println("  value " + ex(() -> rm.put("b", "c")));
        System.out.println("  entry setValue " + ex(() -> ((Map.Entry) rm.entrySet().iterator().next()).setValue("bad")) + " -> " + rm);
        System.out.println("checkedQueue offer " + ex(() -> Collections.checkedQueue(new ArrayDeque(), String.class).offer(3)));

        Queue<Integer> lifo = Collections.asLifoQueue(new ArrayDeque<>());
        lifo.offer(1);
        lifo.add(2);
        lifo.offer(3);
        System.out.println("asLifoQueue " + lifo + " peek " + lifo.peek() + " poll " + lifo.poll() + " remove " + lifo.remove() + " left " + lifo);
        Set<String> sfm = Collections.newSetFromMap(new TreeMap<>());
        sfm.add("b");
        sfm.add("a");
        System.out.println("newSetFromMap " + sfm + " add again " + sfm.add("a") + " remove " + sfm.remove("b") + " -> " + sfm + " non-empty map " + ex(() -> Collections.newSetFromMap(new HashMap<>(Map.of("x", true)))));
        Enumeration<Integer> en = Collections.enumeration(List.of(4, 5));
        System.out.println("enumeration " + en.nextElement() + " " + en.hasMoreElements() + " list " + Collections.list(Collections.enumeration(List.of(6, 7))));
        List<Integer> src = Arrays.asList(1, 2, 3, 1, 2, 3, 4);
        System.out.println("subList search " + Collections.indexOfSubList(src, List.of(3, 1)) + " " + Collections.lastIndexOfSubList(src, List.of(1, 2)) + " " + Collections.indexOfSubList(src, List.of()) + " " + Collections.lastIndexOfSubList(src, List.of()));

        System.out.println("Arrays.compare " + Arrays.compare(new int[]{1, 2}, new int[]{1, 3}) + " " + Arrays.compare(new int[]{1, 2}, new int[]{1}) + " " + Arrays.compare((int[]) null, new int[0])
            + " bytes " + Arrays.compare(new byte[]{-1}, new byte[]{1}) + " unsigned " + Arrays.compareUnsigned(new byte[]{-1}, new byte[]{1})
            + " doubles " + Arrays.compare(new double[]{-0.0}, new double[]{0.0}) + " objects " + Arrays.compare(new String[]{"a", null}, new String[]{"a", "b"}));
        System.out.println("Arrays.mismatch " + Arrays.mismatch(new int[]{1, 2, 3}, new int[]{1, 2}) + " " + Arrays.mismatch(new double[]{Double.NaN}, new double[]{Double.NaN}) + " " + Arrays.mismatch(new double[]{0.0}, new double[]{-0.0})
            + " range " + Arrays.mismatch(new char[]{'a', 'b', 'c'}, 1, 3, new char[]{'b', 'x'}, 0, 2) + " " + Arrays.equals(new long[]{5, 6, 7}, 1, 3, new long[]{6, 7}, 0, 2)
            + " with comparator " + Arrays.equals(new String[]{"a", "B"}, new String[]{"A", "b"}, String.CASE_INSENSITIVE_ORDER));
        System.out.println("bad ranges " + ex(() -> Arrays.compare(new int[3], 2, 1, new int[3], 0, 1)) + " / " + ex(() -> Arrays.mismatch(new int[3], -1, 1, new int[3], 0, 1)) + " / " + ex(() -> Arrays.equals(new int[3], 0, 4, new int[3], 0, 1)));
        int[] pref = {1, 2, 3, 4, 5};
        Arrays.parallelPrefix(pref, 1, 4, (a, b) -> a * b);
        String[] spre = {"a", "b", "c"};
        Arrays.parallelPrefix(spre, String::concat);
        long[] ls = new long[3];
        Arrays.setAll(ls, i -> (long) i << 33);
        System.out.println("prefix " + Arrays.toString(pref) + Arrays.toString(spre) + " setAll long " + Arrays.toString(ls) + " asList class " + Arrays.asList(1).getClass().getName());

        Random rnd = new Random(2718);
        for (int round = 0; round < 6; round++) {
            PriorityQueue<Integer> pq = new PriorityQueue<>(round % 2 == 0 ? null : Comparator.<Integer>reverseOrder());
            for (int i = 0; i < 15 + round; i++) pq.add(rnd.nextInt(40));
            String before = pq.toString();
            int mod = 2 + round % 3;
            boolean changed;
            if (round < 2) changed = pq.removeIf(x -> x % mod == 0);
            else if (round < 4) changed = pq.removeAll(List.of(1, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37));
            else changed = pq.retainAll(Set.of(2, 4, 8, 16, 32, 6, 12, 24, 36, 9, 27));
            System.out.println("pq " + before + " -> " + changed + " " + pq);
        }

        EnumSet<Big> big = EnumSet.range(Big.B10, Big.B66);
        big.removeIf(b -> b.ordinal() % 4 != 0);
        EnumSet<Big> bigc = EnumSet.complementOf(big);
        System.out.println("jumbo " + big + " size " + big.size() + " complement size " + bigc.size() + " contains B64 " + bigc.contains(Big.B64) + " " + big.contains(Big.B64));
        Iterator<Big> bi = bigc.iterator();
        int removed = 0;
        while (bi.hasNext()) if (bi.next().ordinal() > 5) { bi.remove(); removed++; }
        System.out.println("jumbo after iterator removal " + bigc + " removed " + removed + " allOf " + EnumSet.allOf(Big.class).size() + " equals " + EnumSet.copyOf(big).equals(big));
        EnumSet<Color> cs = EnumSet.of(Color.BLUE, Color.RED);
        Iterator<Color> ci = cs.iterator();
        ci.next();
        cs.remove(Color.BLUE);
        System.out.println("EnumSet iterator sees its snapshot: " + ci.next() + " set " + cs + " bad element " + ex(() -> ((Set) cs).add(Big.B1)) + " null " + ex(() -> cs.add(null)));
        EnumMap<Color, String> em = new EnumMap<>(Map.of(Color.BLUE, "b"));
        em.put(Color.RED, null);
        System.out.println("EnumMap " + em + " containsValue(null) " + em.containsValue(null) + " get(other) " + em.get("RED") + " copy of empty HashMap " + ex(() -> new EnumMap<>(new HashMap<Color, String>())) + " bad key " + ex(() -> ((Map) em).put(Big.B0, 1)));
        Map.Entry<Color, String> first = em.entrySet().iterator().next();
        em.put(Color.RED, "r");
        System.out.println("  live entry " + first + " entries " + Arrays.toString(em.entrySet().toArray()) + " remove " + em.entrySet().remove(Map.entry(Color.BLUE, "b")) + " -> " + em);

        BitSet bs = BitSet.valueOf(new byte[]{1, 0, (byte) 0x80, 0, 0});
        System.out.println("BitSet.valueOf(bytes) " + bs + " size " + bs.size() + " length " + bs.length() + " longs " + Arrays.toString(bs.toLongArray()) + " get(0,30) " + bs.get(0, 30) + " previousClearBit(23) " + bs.previousClearBit(23));
        BitSet wide = new BitSet(10);
        wide.set(60, 70);
        wide.flip(65, 130);
        BitSet part = wide.get(62, 140);
        System.out.println("wide " + wide + " size " + wide.size() + " part " + part + " size " + part.size() + " bytes " + Arrays.toString(part.toByteArray()) + " hash " + wide.hashCode());
        System.out.println("BitSet errors " + ex(() -> new BitSet(-1)) + " / " + ex(() -> bs.get(-1)) + " / " + ex(() -> { bs.set(3, 1); return null; }) + " / " + ex(() -> bs.previousSetBit(-2)) + " / " + ex(() -> bs.nextClearBit(-1)));
    }
}
