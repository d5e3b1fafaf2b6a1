import java.util.*;

public class UtilTreeSet {
    static final class Person implements Comparable<Person> {
        final String name;
        final int age;
        Person(String name, int age) { this.name = name; this.age = age; }
        public int compareTo(Person o) {
            if (age != o.age) return Integer.compare(age, o.age);
            return name.compareTo(o.name);
        }
        public String toString() { return name + "(" + age + ")"; }
    }

    public static void main(String[] args) {
        TreeSet<String> ts = new TreeSet<>();
        for (String s : "pear apple fig banana kiwi cherry date apple grape lime".split(" ")) ts.add(s);
        System.out.println("set " + ts + " size " + ts.size());
        System.out.println("first " + ts.first() + " last " + ts.last());
        String[] probes = {"a", "apple", "c", "dog", "kiwi", "m", "z"};
        for (String p : probes) {
            System.out.println(p + ": floor=" + ts.floor(p) + " ceiling=" + ts.ceiling(p) + " lower=" + ts.lower(p) + " higher=" + ts.higher(p));
        }
        System.out.println("headSet(fig) " + ts.headSet("fig"));
        System.out.println("headSet(fig,true) " + ts.headSet("fig", true));
        System.out.println("tailSet(fig) " + ts.tailSet("fig"));
        System.out.println("tailSet(fig,false) " + ts.tailSet("fig", false));
        System.out.println("subSet(b,l) " + ts.subSet("b", "l"));
        System.out.println("subSet(banana,false,kiwi,true) " + ts.subSet("banana", false, "kiwi", true));
        System.out.println("descendingSet " + ts.descendingSet());
        StringBuilder sb = new StringBuilder();
        for (Iterator<String> it = ts.descendingIterator(); it.hasNext(); ) sb.append(it.next()).append(' ');
        System.out.println("descendingIterator " + sb.toString().trim());
        System.out.println("descending floor(c) " + ts.descendingSet().floor("c") + " ceiling(c) " + ts.descendingSet().ceiling("c"));
        System.out.println("pollFirst " + ts.pollFirst() + " pollLast " + ts.pollLast() + " -> " + ts);
        SortedSet<String> head = ts.headSet("grape");
        ts.add("cactus");
        System.out.println("view sees add " + head);
        head.remove("cherry");
        System.out.println("removal through view " + ts);

        TreeSet<Integer> nums = new TreeSet<>(Comparator.reverseOrder());
        for (int i = 0; i < 30; i++) nums.add((i * i) % 17);
        System.out.println("reverse nums " + nums);
        System.out.println("reverse floor(10) " + nums.floor(10) + " ceiling(10) " + nums.ceiling(10) + " higher(16) " + nums.higher(16));
        System.out.println("reverse headSet(8) " + nums.headSet(8) + " tailSet(8) " + nums.tailSet(8));

        TreeSet<Person> people = new TreeSet<>();
        people.add(new Person("Ann", 31));
        people.add(new Person("Bob", 25));
        people.add(new Person("Cid", 31));
        people.add(new Person("Dee", 19));
        people.add(new Person("Ann", 31));
        people.add(new Person("Eve", 44));
        System.out.println("people " + people);
        System.out.println("ceiling(30) " + people.ceiling(new Person("", 30)) + " floor(31,Bz) " + people.floor(new Person("Bz", 31)));
        TreeSet<Person> byName = new TreeSet<>(Comparator.comparing((Person p) -> p.name).thenComparing(p -> p.age, Comparator.reverseOrder()));
        byName.addAll(people);
        byName.add(new Person("Ann", 12));
        System.out.println("byName " + byName);
        TreeSet<Character> chars = new TreeSet<>();
        for (char c : "the quick brown fox jumps over the lazy dog".toCharArray()) chars.add(c);
        System.out.println("chars " + chars + " size " + chars.size());
        try {
            TreeSet<Object> bad = new TreeSet<>();
            bad.add(new Object());
        } catch (ClassCastException e) {
            System.out.println("non-comparable: " + e.getClass().getName());
        }
        try {
            ts.subSet("z", "a");
        } catch (IllegalArgumentException e) {
            System.out.println("bad range: " + e.getClass().getName() + ": " + e.getMessage());
        }
        TreeSet<Integer> empty = new TreeSet<>();
        System.out.println("empty pollFirst " + empty.pollFirst() + " floor " + empty.floor(3));
        try {
            empty.first();
        } catch (NoSuchElementException e) {
            System.out.println("empty first: " + e.getClass().getName());
        }
        TreeSet<Integer> range = new TreeSet<>();
        for (int i = 0; i < 500; i++) range.add(i * 3);
        range.removeIf(x -> x % 2 == 0);
        System.out.println("range size " + range.size() + " sub " + range.subSet(100, 160) + " last " + range.last());
        System.out.println("equals " + range.equals(new HashSet<>(range)) + " hash " + range.hashCode());
    }
}
