import java.util.*;

public class UtilIdentityHashMap {
    public static void main(String[] args) {
        IdentityHashMap<String, Integer> ihm = new IdentityHashMap<>();
        String a1 = new String("key");
        String a2 = new String("key");
        String lit = "key";
        ihm.put(a1, 1);
        ihm.put(a2, 2);
        ihm.put(lit, 3);
        System.out.println("size " + ihm.size());
        System.out.println("get a1 " + ihm.get(a1) + " get a2 " + ihm.get(a2) + " get lit " + ihm.get(lit) + " get new " + ihm.get(new String("key")));
        System.out.println("containsKey a1 " + ihm.containsKey(a1) + " containsKey fresh " + ihm.containsKey(new String("key")));
        System.out.println("containsValue 2 " + ihm.containsValue(2) + " containsValue 9 " + ihm.containsValue(9));
        HashMap<String, Integer> hm = new HashMap<>();
        hm.put(a1, 1);
        hm.put(a2, 2);
        hm.put(lit, 3);
        System.out.println("HashMap size " + hm.size() + " value " + hm.get("key"));
        System.out.println("remove a2 " + ihm.remove(a2) + " size " + ihm.size() + " remove fresh " + ihm.remove(new String("key")));
        int total = 0;
        for (Map.Entry<String, Integer> e : ihm.entrySet()) total += e.getValue();
        System.out.println("sum of values " + total);
        ihm.put(null, 10);
        System.out.println("null key get " + ihm.get(null) + " size " + ihm.size());
        // visited-set usage with objects that have equal-but-distinct contents
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < 6; i++) lists.add(new ArrayList<>(Arrays.asList(i % 2, 0)));
        Set<List<Integer>> byEquals = new HashSet<>(lists);
        Set<List<Integer>> byIdentity = Collections.newSetFromMap(new IdentityHashMap<>());
        byIdentity.addAll(lists);
        byIdentity.add(lists.get(0));
        System.out.println("equal-based set " + byEquals.size() + " identity set " + byIdentity.size());
        System.out.println("identity contains copy " + byIdentity.contains(new ArrayList<>(lists.get(0))) + " contains original " + byIdentity.contains(lists.get(3)));
        IdentityHashMap<Integer, String> boxes = new IdentityHashMap<>();
        for (int i = 0; i < 5; i++) boxes.put(Integer.valueOf(7), "cached" + i);
        System.out.println("cached box keys " + boxes.size() + " value " + boxes.get(7));
        IdentityHashMap<Object, Integer> many = new IdentityHashMap<>();
        Object[] objs = new Object[100];
        for (int i = 0; i < objs.length; i++) {
            objs[i] = new StringBuilder("o" + i);
            many.put(objs[i], i);
        }
        int bad = 0;
        for (int i = 0; i < objs.length; i++) if (many.get(objs[i]) != i) bad++;
        System.out.println("many size " + many.size() + " mismatches " + bad);
        for (int i = 0; i < objs.length; i += 2) many.remove(objs[i]);
        long sum = 0;
        for (int v : many.values()) sum += v;
        System.out.println("after removing evens size " + many.size() + " sum " + sum);
        IdentityHashMap<String, Integer> copy = new IdentityHashMap<>(ihm);
        System.out.println("copy equals " + copy.equals(ihm) + " copy size " + copy.size());
        copy.put(new String("key"), 5);
        System.out.println("copy size now " + copy.size() + " equals " + copy.equals(ihm));
        List<Integer> vals = new ArrayList<>(copy.values());
        Collections.sort(vals);
        System.out.println("sorted values " + vals);
        copy.clear();
        System.out.println("cleared " + copy.isEmpty() + " " + copy);
    }
}
