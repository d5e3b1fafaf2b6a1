import java.util.*;

public class UtilComparator {
    static final class Emp {
        final String name;
        final String dept;
        final int salary;
        final Integer rank;
        Emp(String name, String dept, int salary, Integer rank) { this.name = name; this.dept = dept; this.salary = salary; this.rank = rank; }
        String getName() { return name; }
        String getDept() { return dept; }
        int getSalary() { return salary; }
        Integer getRank() { return rank; }
        public String toString() { return name + "/" + dept + "/" + salary + "/" + rank; }
    }

    static void show(String label, List<Emp> list, Comparator<Emp> c) {
        List<Emp> copy = new ArrayList<>(list);
        copy.sort(c);
        System.out.println(label + ":");
        for (Emp e : copy) System.out.println("  " + e);
    }

    public static void main(String[] args) {
        List<Emp> emps = new ArrayList<>();
        emps.add(new Emp("Zoe", "eng", 120, 2));
        emps.add(new Emp("adam", "ops", 90, null));
        emps.add(new Emp("Bob", "eng", 100, 1));
        emps.add(new Emp("carl", "sales", 90, 3));
        emps.add(new Emp("Dana", "ops", 110, null));
        emps.add(new Emp("Eve", "eng", 100, 5));
        emps.add(new Emp("fay", "sales", 70, 4));
        show("by name", emps, Comparator.comparing(Emp::getName));
        show("by name case-insensitive", emps, Comparator.comparing(Emp::getName, String.CASE_INSENSITIVE_ORDER));
        show("by salary", emps, Comparator.comparingInt(Emp::getSalary));
        show("by salary reversed", emps, Comparator.comparingInt(Emp::getSalary).reversed());
        show("by dept then salary desc then name", emps, Comparator.comparing(Emp::getDept).thenComparing(Emp::getSalary, Comparator.reverseOrder()).thenComparing(Emp::getName));
        show("by dept then comparingInt salary", emps, Comparator.comparing(Emp::getDept).thenComparingInt(Emp::getSalary));
        show("rank nullsFirst", emps, Comparator.comparing(Emp::getRank, Comparator.nullsFirst(Comparator.naturalOrder())));
        show("rank nullsLast reversed", emps, Comparator.comparing(Emp::getRank, Comparator.nullsLast(Comparator.<Integer>reverseOrder())));
        show("name length then long", emps, Comparator.comparingLong((Emp e) -> e.name.length()).thenComparingDouble(e -> e.salary / 3.0));
        show("whole thing reversed", emps, Comparator.comparing(Emp::getDept).thenComparing(Emp::getName).reversed());
        List<String> strs = new ArrayList<>(Arrays.asList("b", null, "a", "C", null, "c", "B"));
        strs.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println("nullsFirst " + strs);
        strs.sort(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        System.out.println("nullsLast ci " + strs);
        strs.sort(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.reverseOrder())));
        System.out.println("nullsLast ci then reverse " + strs);
        Comparator<String> nat = Comparator.naturalOrder();
        Comparator<String> rev = Comparator.reverseOrder();
        System.out.println("natural a,b " + Integer.signum(nat.compare("a", "b")) + " reverse a,b " + Integer.signum(rev.compare("a", "b")) + " reversed.reversed " + Integer.signum(rev.reversed().compare("a", "b")));
        System.out.println("naturalOrder reversed is reverseOrder " + (nat.reversed() == rev) + " " + (Collections.<String>reverseOrder() == rev));
        try {
            Comparator.<String>naturalOrder().compare(null, "a");
        } catch (NullPointerException e) {
            System.out.println("natural null: " + e.getClass().getName());
        }
        Comparator<int[]> lex = (x, y) -> {
            for (int i = 0; i < Math.min(x.length, y.length); i++) {
                if (x[i] != y[i]) return Integer.compare(x[i], y[i]);
            }
            return Integer.compare(x.length, y.length);
        };
        List<int[]> arrs = new ArrayList<>();
        arrs.add(new int[]{3, 1});
        arrs.add(new int[]{1, 2, 3});
        arrs.add(new int[]{1, 2});
        arrs.add(new int[]{2});
        arrs.add(new int[]{1, 10});
        arrs.sort(lex);
        StringBuilder sb = new StringBuilder();
        for (int[] x : arrs) sb.append(Arrays.toString(x));
        System.out.println("lex " + sb);
        arrs.sort(lex.reversed());
        sb.setLength(0);
        for (int[] x : arrs) sb.append(Arrays.toString(x));
        System.out.println("lex reversed " + sb);
        TreeMap<String, Integer> tm = new TreeMap<>();
        tm.put("x", 3); tm.put("y", 1); tm.put("z", 2); tm.put("w", 1);
        List<Map.Entry<String, Integer>> es = new ArrayList<>(tm.entrySet());
        es.sort(Map.Entry.comparingByValue());
        System.out.println("entries by value " + es);
        es.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        System.out.println("entries by value desc, key " + es);
        es.sort(Map.Entry.comparingByKey(Comparator.reverseOrder()));
        System.out.println("entries by key desc " + es);
        List<Character> chars = new ArrayList<>();
        for (char ch : "Comparator".toCharArray()) chars.add(ch);
        chars.sort(Comparator.comparing((Character ch) -> Character.toLowerCase(ch)).thenComparing(Comparator.reverseOrder()));
        System.out.println("chars " + chars);
        System.out.println("Integer.compare " + Integer.compare(3, 7) + " Long.compare " + Long.compare(9, 2) + " Boolean.compare " + Boolean.compare(true, false) + " Character.compare " + Character.compare('a', 'b') + " Double.compare " + Double.compare(0.0, -0.0));
        System.out.println("String compareTo " + "apple".compareTo("apricot") + " " + "a".compareTo("abc") + " ci " + "Hello".compareToIgnoreCase("hello"));
    }
}
