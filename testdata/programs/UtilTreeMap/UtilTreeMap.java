import java.util.*;

public class UtilTreeMap {
    public static void main(String[] args) {
        TreeMap<Integer, String> tm = new TreeMap<>();
        int[] ks = {50, 20, 80, 10, 30, 70, 90, 25, 35, 65, 5, 95, 60};
        for (int k : ks) tm.put(k, "v" + k);
        System.out.println("map " + tm);
        System.out.println("first " + tm.firstKey() + " last " + tm.lastKey());
        System.out.println("firstEntry " + tm.firstEntry() + " lastEntry " + tm.lastEntry());
        int[] probes = {0, 5, 22, 30, 61, 95, 100};
        for (int p : probes) {
            System.out.println("probe " + p + ": floor=" + tm.floorKey(p) + " ceiling=" + tm.ceilingKey(p)
                + " lower=" + tm.lowerKey(p) + " higher=" + tm.higherKey(p)
                + " floorEntry=" + tm.floorEntry(p) + " higherEntry=" + tm.higherEntry(p));
        }
        System.out.println("headMap(30) " + tm.headMap(30));
        System.out.println("headMap(30,true) " + tm.headMap(30, true));
        System.out.println("tailMap(65) " + tm.tailMap(65));
        System.out.println("tailMap(65,false) " + tm.tailMap(65, false));
        System.out.println("subMap(20,70) " + tm.subMap(20, 70));
        System.out.println("subMap(20,false,70,true) " + tm.subMap(20, false, 70, true));
        System.out.println("descendingMap " + tm.descendingMap());
        System.out.println("descendingKeySet " + tm.descendingKeySet());
        System.out.println("navigableKeySet " + tm.navigableKeySet());
        NavigableMap<Integer, String> view = tm.subMap(20, true, 70, true);
        view.put(40, "new40");
        System.out.println("view put reflects " + tm.get(40) + " view " + view);
        try {
            view.put(75, "out");
        } catch (IllegalArgumentException e) {
            System.out.println("out of range put: " + e.getClass().getName() + ": " + e.getMessage());
        }
        view.remove(25);
        System.out.println("after view remove " + tm);
        System.out.println("view first " + view.firstKey() + " last " + view.lastKey() + " size " + view.size());
        System.out.println("view descending " + view.descendingMap());
        System.out.println("pollFirstEntry " + tm.pollFirstEntry() + " pollLastEntry " + tm.pollLastEntry());
        System.out.println("now " + tm);
        System.out.println("containsKey 60 " + tm.containsKey(60) + " containsValue v60 " + tm.containsValue("v60") + " get 61 " + tm.get(61));
        tm.replaceAll((k, v) -> v.toUpperCase());
        System.out.println("replaceAll " + tm);
        TreeMap<String, Integer> rev = new TreeMap<>(Comparator.reverseOrder());
        for (String s : "delta alpha echo charlie bravo foxtrot".split(" ")) rev.put(s, s.length());
        System.out.println("reverse order " + rev);
        System.out.println("rev ceiling c " + rev.ceilingKey("c") + " floor c " + rev.floorKey("c"));
        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.put("Hello", 1); ci.put("hello", 2); ci.put("WORLD", 3); ci.put("apple", 4); ci.put("Banana", 5);
        System.out.println("case insensitive " + ci + " get HELLO " + ci.get("HELLO"));
        System.out.println("comparator null? " + (tm.comparator() == null));
        try {
            tm.put(null, "x");
        } catch (NullPointerException e) {
            System.out.println("null key: " + e.getClass().getName());
        }
        TreeMap<Integer, String> empty = new TreeMap<>();
        System.out.println("empty firstEntry " + empty.firstEntry() + " pollFirst " + empty.pollFirstEntry() + " floorKey " + empty.floorKey(1));
        try {
            empty.firstKey();
        } catch (NoSuchElementException e) {
            System.out.println("empty firstKey: " + e.getClass().getName());
        }
        // large tree with removals
        TreeMap<Integer, Integer> big = new TreeMap<>();
        for (int i = 0; i < 1000; i++) big.put((i * 7919) % 1000, i);
        for (int i = 0; i < 1000; i += 3) big.remove(i);
        System.out.println("big size " + big.size() + " first " + big.firstKey() + " last " + big.lastKey()
            + " floor(300) " + big.floorKey(300) + " ceil(300) " + big.ceilingKey(300));
        System.out.println("big headMap(20) " + big.headMap(20));
        System.out.println("big sub size " + big.subMap(100, 200).size());
        Map.Entry<Integer, Integer> e = big.ceilingEntry(500);
        try {
            e.setValue(3);
        } catch (UnsupportedOperationException ex) {
            System.out.println("entry setValue: " + ex.getClass().getName());
        }
        for (Map.Entry<Integer, Integer> en : big.headMap(10).entrySet()) en.setValue(-en.getValue());
        System.out.println("negated head " + big.headMap(10));
        Iterator<Integer> it = big.keySet().iterator();
        while (it.hasNext()) if (it.next() % 2 == 1) it.remove();
        System.out.println("evens size " + big.size() + " " + big.headMap(40));
        TreeMap<String, List<String>> groups = new TreeMap<>();
        for (String w : "ant bee cat dog eel fox gnu hen ibis jay koala lion mole newt owl".split(" ")) {
            groups.computeIfAbsent(w.length() + "", x -> new ArrayList<>()).add(w);
        }
        System.out.println("groups " + groups);
        System.out.println("equals HashMap " + tm.equals(new HashMap<>(tm)) + " hash " + tm.hashCode());
    }
}
