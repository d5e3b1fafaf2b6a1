import java.util.*;
import java.util.stream.*;

// Everyday collection code: Comparable classes, iterators that modify, list iterators,
// deques, sorting with several comparators, binary search, unmodifiable views.
public class CollectionsMisc {
    static class Student implements Comparable<Student> {
        final String name;
        final int grade;
        final double gpa;
        Student(String name, int grade, double gpa) { this.name = name; this.grade = grade; this.gpa = gpa; }
        @Override public int compareTo(Student o) {
            if (grade != o.grade) return grade - o.grade;
            return name.compareTo(o.name);
        }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Student)) return false;
            Student s = (Student) o;
            return name.equals(s.name) && grade == s.grade;
        }
        @Override public int hashCode() { return Objects.hash(name, grade); }
        @Override public String toString() { return name + "(" + grade + ", " + gpa + ")"; }
    }

    public static void main(String[] args) {
        List<Student> students = new ArrayList<>();
        String[] names = {"Maya", "Liam", "Zoe", "Ava", "Noah", "Emma", "Ian", "Lucas", "Mia", "Owen"};
        for (int i = 0; i < names.length; i++) students.add(new Student(names[i], 9 + (i * 7) % 4, 2.0 + ((i * 37) % 20) / 10.0));
        Collections.sort(students);
        System.out.println(students);
        students.sort(Comparator.comparingDouble((Student s) -> s.gpa).reversed().thenComparing(s -> s.name));
        System.out.println(students);
        students.sort(null);
        System.out.println(Collections.binarySearch(students, new Student("Noah", 9, 0)) + " " + Collections.binarySearch(students, new Student("Bob", 10, 0)));
        System.out.println(Collections.max(students) + " " + Collections.min(students, Comparator.comparing(s -> s.name.length())));
        System.out.println(new HashSet<>(students).contains(new Student("Zoe", 12, 0)) + " " + students.indexOf(new Student("Mia", 11, 0)));

        // Iterator.remove
        List<Integer> nums = IntStream.rangeClosed(1, 20).boxed().collect(Collectors.toCollection(ArrayList::new));
        for (Iterator<Integer> it = nums.iterator(); it.hasNext(); ) if (it.next() % 3 == 0) it.remove();
        System.out.println(nums);
        try {
            for (Integer n : nums) if (n == 5) nums.remove(n);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME " + e.getClass().getName());
        }
        nums.removeIf(n -> n % 2 == 0);
        System.out.println(nums);

        // ListIterator set/add/previous
        List<String> words = new LinkedList<>(List.of("alpha", "beta", "gamma", "delta", "epsilon"));
        ListIterator<String> li = words.listIterator();
        while (li.hasNext()) {
            int idx = li.nextIndex();
            String w = li.next();
            if (w.length() == 5) li.set(w.toUpperCase());
            if (idx == 1) li.add("inserted");
            if (w.startsWith("e")) li.remove();
        }
        System.out.println(words);
        StringBuilder back = new StringBuilder();
        for (ListIterator<String> it = words.listIterator(words.size()); it.hasPrevious(); ) back.append(it.previous()).append(it.hasPrevious() ? "<" : "");
        System.out.println(back);
        List<Integer> arr = new ArrayList<>(List.of(5, 3, 8, 1));
        for (ListIterator<Integer> it = arr.listIterator(); it.hasNext(); ) { int v = it.next(); it.set(v * v); }
        System.out.println(arr);

        // Deque as stack and queue
        Deque<Character> stack = new ArrayDeque<>();
        String expr = "{[()()]}([)]";
        int balancedUpTo = -1;
        for (int i = 0; i < expr.length(); i++) {
            char ch = expr.charAt(i);
            if ("([{".indexOf(ch) >= 0) stack.push(ch);
            else {
                char open = stack.isEmpty() ? '?' : stack.pop();
                if ("([{".indexOf(open) != ")]}".indexOf(ch)) { balancedUpTo = i; break; }
            }
        }
        System.out.println("mismatch at " + balancedUpTo + ", stack " + stack);
        Deque<Integer> dq = new LinkedList<>();
        dq.offerFirst(1); dq.offerLast(2); dq.addFirst(0); dq.addLast(3);
        System.out.println(dq + " " + dq.peekFirst() + " " + dq.peekLast() + " " + dq.pollLast() + " " + dq.removeFirst() + " " + dq);
        Iterator<Integer> desc = dq.descendingIterator();
        while (desc.hasNext()) System.out.print(desc.next() + " ");
        System.out.println();

        // Arrays utilities
        int[] data = {9, 4, 7, 1, 8, 2, 6};
        int[] copy = Arrays.copyOf(data, 10);
        Arrays.sort(data);
        System.out.println(Arrays.toString(data) + " " + Arrays.binarySearch(data, 7) + " " + Arrays.binarySearch(data, 5) + " " + Arrays.toString(copy));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed) + " " + Arrays.asList(boxed).hashCode() + " " + Arrays.hashCode(data) + " " + Arrays.equals(data, data.clone()));
        String[] strs = {"banana", "Apple", "cherry", "apple"};
        Arrays.sort(strs, String.CASE_INSENSITIVE_ORDER);
        System.out.println(String.join(",", strs));
        Arrays.sort(strs);
        System.out.println(String.join(",", strs));
        char[] cs = "sorting".toCharArray();
        Arrays.sort(cs);
        System.out.println(new String(cs) + " " + String.valueOf(cs, 1, 3));
        long[][] grid = new long[3][4];
        for (long[] row : grid) Arrays.fill(row, 7L);
        System.out.println(Arrays.deepToString(grid) + " " + Arrays.stream(grid).flatMapToLong(Arrays::stream).sum());

        // unmodifiable & fixed-size
        List<Integer> fixed = Arrays.asList(1, 2, 3);
        fixed.set(0, 10);
        try { fixed.add(4); } catch (UnsupportedOperationException e) { System.out.println("asList add: UOE " + fixed); }
        try { List.of(1).add(2); } catch (UnsupportedOperationException e) { System.out.println("List.of add: UOE " + e.getMessage()); }
        try { Collections.unmodifiableMap(new HashMap<>()).put(1, 1); } catch (UnsupportedOperationException e) { System.out.println("unmodifiableMap: UOE"); }
        try { List.of(1, null); } catch (NullPointerException e) { System.out.println("List.of null: NPE"); }

        // Map iteration and modification
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Student s : students) scores.put(s.name, (int) Math.round(s.gpa * 10));
        scores.entrySet().removeIf(e -> e.getValue() < 30);
        scores.replaceAll((k, v) -> v + k.length());
        for (Map.Entry<String, Integer> e : scores.entrySet()) if (e.getKey().startsWith("M")) e.setValue(-e.getValue());
        System.out.println(scores);
        scores.compute("Zoe", (k, v) -> v == null ? 0 : v * 2);
        scores.computeIfPresent("Nobody", (k, v) -> 1);
        scores.putIfAbsent("New", 1);
        scores.merge("New", 5, Integer::sum);
        System.out.println(scores + " " + scores.containsValue(6) + " " + scores.keySet().iterator().next());

        // PriorityQueue with a custom Comparable order and top-k
        PriorityQueue<Student> pq = new PriorityQueue<>(Comparator.comparingDouble(s -> s.gpa));
        for (Student s : students) { pq.add(s); if (pq.size() > 3) pq.poll(); }
        List<Student> top = new ArrayList<>(pq);
        top.sort(Comparator.comparing((Student s) -> s.gpa).reversed());
        System.out.println("top3 " + top);

        // Collections helpers
        List<Integer> seq = new ArrayList<>(IntStream.range(0, 10).boxed().toList());
        Collections.rotate(seq, 3);
        System.out.print(seq + " ");
        Collections.swap(seq, 0, 9);
        Collections.reverse(seq);
        System.out.println(seq + " " + Collections.frequency(seq, 3) + " " + Collections.nCopies(3, "ab") + " " + Collections.disjoint(seq, List.of(42)));
        Collections.shuffle(seq, new Random(7));
        System.out.println(seq);
        TreeMap<Integer, String> tm = new TreeMap<>(Comparator.reverseOrder());
        for (int i = 0; i < 6; i++) tm.put(i * i, "v" + i);
        System.out.println(tm + " " + tm.headMap(9) + " " + tm.higherKey(9) + " " + tm.pollFirstEntry() + " " + tm.navigableKeySet().descendingSet());
        Stack<Integer> st = new Stack<>();
        st.push(1); st.push(2); st.push(3);
        System.out.println(st + " " + st.peek() + " " + st.search(1) + " " + st.pop() + " " + st);
        BitSet sieve = new BitSet(50);
        sieve.set(2, 50);
        for (int p = 2; p * p < 50; p = sieve.nextSetBit(p + 1)) for (int q = p * p; q < 50; q += p) sieve.clear(q);
        System.out.println(sieve + " " + sieve.cardinality());
    }
}
