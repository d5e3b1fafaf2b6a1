import java.util.*;
import java.util.function.*;

public class UtilListDefaults {
    static final class Item {
        final String name;
        final int qty;
        Item(String name, int qty) { this.name = name; this.qty = qty; }
        public String toString() { return name + "x" + qty; }
    }

    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>();
        for (int i = 1; i <= 30; i++) nums.add(i * 7 % 31);
        System.out.println("nums " + nums);
        System.out.println("removeIf multiples of 3: " + nums.removeIf(x -> x % 3 == 0) + " -> " + nums);
        System.out.println("removeIf none: " + nums.removeIf(x -> x > 1000));
        nums.replaceAll(x -> x * x % 50);
        System.out.println("replaceAll " + nums);
        nums.sort(null);
        System.out.println("sort natural " + nums);
        nums.sort(Comparator.reverseOrder());
        System.out.println("sort reverse " + nums);
        nums.sort(Comparator.comparingInt((Integer x) -> x % 10).thenComparing(Comparator.naturalOrder()));
        System.out.println("sort by last digit " + nums);
        StringBuilder sb = new StringBuilder();
        nums.forEach(x -> sb.append(x).append('|'));
        System.out.println("forEach " + sb);
        Iterator<Integer> it = nums.iterator();
        it.next();
        sb.setLength(0);
        it.forEachRemaining(x -> sb.append(x).append(','));
        System.out.println("forEachRemaining " + sb);

        List<String> words = new LinkedList<>(Arrays.asList("delta", "Alpha", "charlie", "bravo", "Echo", "alpha", "foxtrot", "golf", "Hotel"));
        words.sort(String::compareTo);
        System.out.println("sorted " + words);
        words.sort(String.CASE_INSENSITIVE_ORDER);
        System.out.println("case insensitive (stable) " + words);
        words.sort(Comparator.comparing(String::length));
        System.out.println("by length (stable) " + words);
        words.replaceAll(String::toLowerCase);
        System.out.println("lowercased " + words);
        words.removeIf(w -> w.startsWith("a"));
        System.out.println("without a* " + words);

        List<Item> items = new ArrayList<>();
        String[] names = {"bolt", "nut", "screw", "washer", "nail", "rivet", "pin", "clip"};
        for (int i = 0; i < names.length; i++) items.add(new Item(names[i], (i * 5) % 7));
        items.sort(Comparator.comparingInt(x -> x.qty));
        System.out.println("by qty " + items);
        items.sort(Comparator.comparing((Item x) -> x.qty).reversed().thenComparing(x -> x.name));
        System.out.println("by qty desc then name " + items);
        items.removeIf(x -> x.qty == 0);
        items.replaceAll(x -> new Item(x.name.toUpperCase(), x.qty + 1));
        System.out.println("transformed " + items);

        Predicate<String> longWord = s -> s.length() > 4;
        Predicate<String> hasO = s -> s.indexOf('o') >= 0;
        List<String> pool = Arrays.asList("door", "window", "roof", "chimney", "wall", "floor", "stairs", "porch");
        for (String p : pool) {
            System.out.println(p + " long=" + longWord.test(p) + " and=" + longWord.and(hasO).test(p) + " or=" + longWord.or(hasO).test(p)
                + " negate=" + longWord.negate().test(p) + " isEqual=" + Predicate.isEqual("roof").test(p) + " not=" + Predicate.not(hasO).test(p));
        }
        List<String> arr = Arrays.asList("z", "y", "x");
        arr.replaceAll(s -> s + s);
        arr.sort(null);
        System.out.println("Arrays.asList sorted " + arr);
        try {
            arr.removeIf(s -> s.equals("xx"));
        } catch (UnsupportedOperationException e) {
            System.out.println("asList removeIf: " + e.getClass().getName());
        }
        List<Integer> imm = List.of(3, 1, 2);
        try {
            imm.sort(null);
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of sort: " + e.getClass().getName());
        }
        try {
            imm.replaceAll(x -> x);
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of replaceAll: " + e.getClass().getName());
        }
        Vector<Integer> vec = new Vector<>(Arrays.asList(5, 3, 8, 1));
        vec.sort(null);
        vec.removeIf(x -> x == 3);
        vec.replaceAll(x -> -x);
        System.out.println("vector " + vec);
        ArrayDeque<Integer> dq = new ArrayDeque<>(Arrays.asList(1, 2, 3, 4, 5, 6));
        dq.removeIf(x -> (x & 1) == 1);
        System.out.println("deque removeIf " + dq);
        ToIntFunction<String> len = String::length;
        IntBinaryOperator add = Integer::sum;
        int total = 0;
        for (String p : pool) total = add.applyAsInt(total, len.applyAsInt(p));
        System.out.println("total length " + total);
        IntPredicate even = x -> x % 2 == 0;
        IntUnaryOperator sq = x -> x * x;
        IntFunction<String> stars = n -> "*".repeat(n);
        for (int i = 0; i < 6; i++) System.out.println(i + " even=" + even.test(i) + " sq=" + sq.andThen(x -> x + 1).applyAsInt(i) + " " + stars.apply(i));
    }
}
