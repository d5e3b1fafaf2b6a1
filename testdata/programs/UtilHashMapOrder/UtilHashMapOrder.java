import java.util.*;

public class UtilHashMapOrder {
    static final class Key implements Comparable<Key> {
        final int id;
        Key(int id) { this.id = id; }
        @Override public int hashCode() { return id % 7; }
        @Override public boolean equals(Object o) { return o instanceof Key && ((Key) o).id == id; }
        @Override public String toString() { return "K" + id; }
        @Override public int compareTo(Key o) { return Integer.compare(id, o.id); }
    }

    public static void main(String[] args) {
        HashMap<String, Integer> m = new HashMap<>();
        String[] words = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew",
            "kiwi", "lemon", "mango", "nectarine", "orange", "papaya", "quince", "raspberry"};
        for (int i = 0; i < words.length; i++) {
            m.put(words[i], i);
            if (i % 4 == 3) System.out.println("after " + (i + 1) + ": " + m);
        }
        System.out.println("keySet " + m.keySet());
        System.out.println("values " + m.values());
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            System.out.print(e.getKey() + "=" + e.getValue() + ";");
        }
        System.out.println();
        for (int i = 0; i < words.length; i += 3) m.remove(words[i]);
        System.out.println("after removes " + m);
        HashMap<Integer, String> im = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            im.put(i * 37 % 1013, "v" + i);
        }
        for (int i = 0; i < 200; i += 2) im.remove(i * 37 % 1013);
        StringBuilder sb = new StringBuilder();
        int c = 0;
        for (Integer k : im.keySet()) {
            sb.append(k).append(' ');
            if (++c % 20 == 0) { System.out.println(sb.toString().trim()); sb.setLength(0); }
        }
        System.out.println(sb.toString().trim());
        System.out.println("size " + im.size() + " get(37) " + im.get(37) + " get(74) " + im.get(74));
        // large negative and big integer keys
        HashMap<Integer, Integer> neg = new HashMap<>();
        int[] ks = {-1, -100, 65536, 1 << 20, 1 << 30, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 16, 32, 48, 17};
        for (int k : ks) neg.put(k, k / 2);
        System.out.println("neg " + neg);
        // long, character, double, boolean keys
        HashMap<Long, String> lm = new HashMap<>();
        for (long l = 1; l < 1L << 62; l *= 31) lm.put(l, Long.toHexString(l));
        System.out.println("longs " + lm.keySet());
        HashMap<Character, Integer> cm = new HashMap<>();
        for (char ch : "mississippi river".toCharArray()) cm.merge(ch, 1, Integer::sum);
        System.out.println("chars " + cm);
        HashMap<Double, String> dm = new HashMap<>();
        dm.put(0.5, "half"); dm.put(-0.0, "negzero"); dm.put(0.0, "zero"); dm.put(1.0, "one"); dm.put(2.5, "x");
        System.out.println("doubles " + dm);
        HashMap<Boolean, String> bm = new HashMap<>();
        bm.put(true, "T"); bm.put(false, "F");
        System.out.println("bools " + bm);
        // collision-heavy keys (treeification threshold)
        HashMap<Key, Integer> km = new HashMap<>();
        for (int i = 0; i < 60; i++) km.put(new Key(i), i * i);
        System.out.println("collide size " + km.size() + " get K42 " + km.get(new Key(42)));
        for (int i = 0; i < 60; i += 5) km.remove(new Key(i));
        System.out.println("collide " + km);
        // null key / null value
        HashMap<String, String> nm = new HashMap<>();
        nm.put(null, "nullkey");
        nm.put("a", null);
        nm.put("b", "B");
        System.out.println("nulls " + nm + " get(null) " + nm.get(null) + " containsKey a " + nm.containsKey("a") + " containsValue null " + nm.containsValue(null));
        // string keys with colliding hashes
        HashMap<String, Integer> coll = new HashMap<>();
        String[] cs = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "C#", "Bb"};
        for (int i = 0; i < cs.length; i++) coll.put(cs[i], i);
        System.out.println("colliding strings " + coll);
        System.out.println("equals " + m.equals(new HashMap<>(m)) + " hashCode " + m.hashCode() + " " + coll.hashCode());
        HashMap<String, Integer> copy = new HashMap<>(m);
        copy.keySet().removeIf(s -> s.length() > 5);
        System.out.println("copy short keys " + copy);
        copy.values().remove(7);
        System.out.println("values().remove(7) " + copy);
        copy.entrySet().removeIf(e -> e.getValue() % 2 == 0);
        System.out.println("entrySet removeIf even " + copy);
        for (Map.Entry<String, Integer> e : copy.entrySet()) e.setValue(e.getValue() * 100);
        System.out.println("setValue " + copy);
        copy.putAll(neg.isEmpty() ? copy : Map.of("zzz", 1));
        System.out.println("putAll " + copy);
        copy.clear();
        System.out.println("clear " + copy + " " + copy.isEmpty());
    }
}
