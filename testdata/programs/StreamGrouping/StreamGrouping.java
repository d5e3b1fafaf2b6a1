import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

// Collectors.groupingBy with one, two and three arguments, and partitioningBy, with
// the usual downstream collectors; maps print in HashMap/TreeMap order.
public class StreamGrouping {
    static final class Employee {
        final String name;
        final String dept;
        final int salary;
        final int age;

        Employee(String name, String dept, int salary, int age) {
            this.name = name;
            this.dept = dept;
            this.salary = salary;
            this.age = age;
        }

        String name() { return name; }
        String dept() { return dept; }
        int salary() { return salary; }
        int age() { return age; }

        @Override
        public String toString() {
            return name;
        }
    }

    public static void main(String[] args) {
        List<Employee> staff = List.of(
                new Employee("Alice", "Engineering", 120, 34),
                new Employee("Bob", "Engineering", 95, 28),
                new Employee("Carol", "Sales", 70, 45),
                new Employee("Dave", "Sales", 65, 23),
                new Employee("Erin", "Marketing", 80, 31),
                new Employee("Frank", "Engineering", 105, 52),
                new Employee("Grace", "Support", 50, 26),
                new Employee("Heidi", "Marketing", 85, 39));

        Map<String, List<Employee>> byDept = staff.stream().collect(Collectors.groupingBy(Employee::dept));
        System.out.println("by dept: " + byDept);

        System.out.println("count: " + staff.stream().collect(Collectors.groupingBy(Employee::dept, Collectors.counting())));
        System.out.println("sorted count: " + staff.stream()
                .collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.counting())));
        System.out.println("names: " + staff.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
                Collectors.mapping(Employee::name, Collectors.joining(", ", "[", "]")))));
        System.out.println("total salary: " + staff.stream()
                .collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.summingInt(Employee::salary))));
        System.out.println("average age: " + staff.stream()
                .collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.averagingInt(Employee::age))));
        System.out.println("top earner: " + staff.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
                Collectors.collectingAndThen(Collectors.maxBy((a, b) -> a.salary - b.salary), o -> o.get().name))));
        System.out.println("by decade: " + staff.stream()
                .collect(Collectors.groupingBy(e -> e.age / 10 * 10, TreeMap::new, Collectors.toList())));
        System.out.println("salary set per dept: " + staff.stream().collect(Collectors.groupingBy(Employee::dept,
                TreeMap::new, Collectors.mapping(Employee::salary, Collectors.toSet()))));

        Map<String, Map<Boolean, Long>> nested = staff.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
                Collectors.partitioningBy(e -> e.age >= 30, Collectors.counting())));
        System.out.println("nested: " + nested);

        Map<Boolean, List<Employee>> wellPaid = staff.stream().collect(Collectors.partitioningBy(e -> e.salary >= 85));
        System.out.println("partition: " + wellPaid);
        System.out.println("true side: " + wellPaid.get(true) + ", false side size: " + wellPaid.get(false).size());
        Map<Boolean, Long> nobody = staff.stream().collect(Collectors.partitioningBy(e -> e.age > 99, Collectors.counting()));
        System.out.println("empty partition: " + nobody + " keys " + nobody.keySet());

        Map<Integer, List<String>> byLength = staff.stream().map(Employee::name)
                .collect(Collectors.groupingBy(String::length));
        System.out.println("by name length: " + byLength);
        Map<Character, Long> initials = staff.stream().map(Employee::name)
                .collect(Collectors.groupingBy(n -> n.charAt(0), Collectors.counting()));
        System.out.println("initials: " + initials);
        System.out.println("identity grouping: " + List.of(3, 1, 3, 2, 1, 3).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
        try {
            staff.stream().collect(Collectors.groupingBy(e -> e.age > 40 ? null : e.dept));
        } catch (NullPointerException e) {
            System.out.println("null key: " + e.getMessage());
        }
    }
}
