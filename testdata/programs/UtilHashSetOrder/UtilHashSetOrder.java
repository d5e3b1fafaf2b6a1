import java.util.*;

public class UtilHashSetOrder {
    public static void main(String[] args) {
        HashSet<Integer> s = new HashSet<>();
        for (int i = 0; i < 100; i++) s.add((i * 7919) % 503);
        System.out.println("size " + s.size());
        System.out.println(s);
        for (int i = 0; i < 503; i += 3) s.remove(i);
        System.out.println("after removes size " + s.size());
        System.out.println(s);
        HashSet<String> words = new HashSet<>();
        String text = "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness";
        for (String w : text.split(" ")) {
            boolean added = words.add(w);
            if (!added) System.out.print("dup:" + w + " ");
        }
        System.out.println();
        System.out.println("words " + words);
        HashSet<String> other = new HashSet<>(Arrays.asList("times", "age", "space", "wisdom", "light"));
        HashSet<String> union = new HashSet<>(words);
        union.addAll(other);
        HashSet<String> inter = new HashSet<>(words);
        inter.retainAll(other);
        HashSet<String> diff = new HashSet<>(words);
        diff.removeAll(other);
        System.out.println("union " + union);
        System.out.println("inter " + inter);
        System.out.println("diff " + diff);
        System.out.println("contains best " + words.contains("best") + " contains light " + words.contains("light"));
        System.out.println("equals " + inter.equals(new HashSet<>(Arrays.asList("age", "wisdom", "times"))) + " hash " + inter.hashCode());
        LinkedHashSet<String> lhs = new LinkedHashSet<>();
        for (String w : text.split(" ")) lhs.add(w);
        System.out.println("linked " + lhs);
        lhs.remove("it");
        lhs.add("it");
        System.out.println("linked readd " + lhs);
        // growth and iteration of strings
        HashSet<String> grow = new HashSet<>();
        for (int i = 0; i < 64; i++) {
            grow.add(Integer.toString(i, 36) + i);
            if (i == 11 || i == 12 || i == 24 || i == 25 || i == 48 || i == 49) System.out.println("grow " + i + " " + grow);
        }
        Iterator<String> it = grow.iterator();
        int n = 0;
        while (it.hasNext()) {
            String v = it.next();
            if ((n++ & 1) == 0) it.remove();
        }
        System.out.println("every other removed " + grow);
        HashSet<Object> mixed = new HashSet<>();
        mixed.add(1); mixed.add(1L); mixed.add("1"); mixed.add('1'); mixed.add(1.0); mixed.add(null); mixed.add((short) 1); mixed.add((byte) 1);
        System.out.println("mixed size " + mixed.size());
        List<String> typeNames = new ArrayList<>();
        for (Object o : mixed) typeNames.add(o == null ? "null" : o.getClass().getSimpleName() + ":" + o);
        System.out.println("mixed " + typeNames);
        HashSet<List<Integer>> lists = new HashSet<>();
        for (int i = 0; i < 5; i++) for (int j = 0; j < 3; j++) lists.add(Arrays.asList(i % 3, j));
        System.out.println("lists " + lists.size() + " " + lists);
        Integer[] arr = s.toArray(new Integer[0]);
        Arrays.sort(arr);
        System.out.println("sorted first " + arr[0] + " last " + arr[arr.length - 1]);
        s.clear();
        System.out.println("cleared " + s + " " + s.isEmpty());
    }
}
