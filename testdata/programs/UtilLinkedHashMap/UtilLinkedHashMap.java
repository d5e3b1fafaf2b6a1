import java.util.*;

public class UtilLinkedHashMap {
    public static void main(String[] args) {
        LinkedHashMap<String, Integer> ins = new LinkedHashMap<>();
        String[] keys = {"zeta", "alpha", "mu", "beta", "omega", "gamma", "delta"};
        for (int i = 0; i < keys.length; i++) ins.put(keys[i], i);
        System.out.println("insertion " + ins);
        ins.put("mu", 100);
        System.out.println("re-put keeps order " + ins);
        ins.remove("alpha");
        ins.put("alpha", 200);
        System.out.println("remove+put moves to end " + ins);
        ins.get("zeta");
        System.out.println("get does not reorder " + ins);
        System.out.println("keys " + ins.keySet() + " values " + ins.values());

        LinkedHashMap<String, Integer> acc = new LinkedHashMap<>(16, 0.75f, true);
        for (int i = 0; i < keys.length; i++) acc.put(keys[i], i);
        System.out.println("access " + acc);
        acc.get("zeta");
        System.out.println("after get zeta " + acc);
        acc.put("mu", 50);
        System.out.println("after put mu " + acc);
        acc.getOrDefault("beta", -1);
        System.out.println("after getOrDefault beta " + acc);
        acc.getOrDefault("nothere", -1);
        acc.putIfAbsent("gamma", 999);
        System.out.println("after putIfAbsent gamma " + acc);
        acc.computeIfPresent("alpha", (k, v) -> v + 1);
        System.out.println("after computeIfPresent alpha " + acc);
        acc.merge("delta", 10, Integer::sum);
        System.out.println("after merge delta " + acc);
        acc.replace("omega", 77);
        System.out.println("after replace omega " + acc);
        acc.containsKey("zeta");
        System.out.println("containsKey does not reorder " + acc);

        LinkedHashMap<Integer, String> bounded = new LinkedHashMap<Integer, String>(8, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
                boolean r = size() > 4;
                if (r) System.out.println("  evicting " + eldest.getKey() + "=" + eldest.getValue());
                return r;
            }
        };
        for (int i = 1; i <= 8; i++) {
            bounded.put(i * 10, "n" + i);
            System.out.println("bounded after " + i + ": " + bounded);
        }
        bounded.put(60, "again");
        System.out.println("update existing " + bounded);

        Iterator<Map.Entry<String, Integer>> it = acc.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getKey().length() == 4) it.remove();
        }
        System.out.println("removed 4-letter " + acc);
        LinkedHashMap<String, Integer> copy = new LinkedHashMap<>(acc);
        System.out.println("copy " + copy + " equals " + copy.equals(acc) + " eq HashMap " + new HashMap<>(acc).equals(copy));
        acc.forEach((k, v) -> System.out.print(k + "->" + v + " "));
        System.out.println();
        LinkedHashMap<Integer, Integer> many = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) many.put((i * 13) % 50, i);
        StringBuilder sb = new StringBuilder();
        for (int k : many.keySet()) sb.append(k).append(',');
        System.out.println("many keys " + sb);
        many.replaceAll((k, v) -> k + v);
        sb.setLength(0);
        for (int v : many.values()) sb.append(v).append(',');
        System.out.println("many values " + sb);
    }
}
