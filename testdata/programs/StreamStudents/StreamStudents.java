import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

// A grade book as a student would write it: a Student class with marks, averages,
// letter grades, rankings, the best student per course, and a small report.
public class StreamStudents {
    static class Student {
        private final String name;
        private final String course;
        private final List<Integer> marks;

        Student(String name, String course, Integer... marks) {
            this.name = name;
            this.course = course;
            this.marks = List.of(marks);
        }

        String getName() {
            return name;
        }

        String getCourse() {
            return course;
        }

        List<Integer> getMarks() {
            return marks;
        }

        double getAverage() {
            return marks.stream().mapToInt(Integer::intValue).average().orElse(0);
        }

        String getGrade() {
            double avg = getAverage();
            if (avg >= 90) return "A";
            if (avg >= 80) return "B";
            if (avg >= 70) return "C";
            if (avg >= 60) return "D";
            return "F";
        }

        @Override
        public String toString() {
            return name + " " + marks;
        }
    }

    public static void main(String[] args) {
        List<Student> students = new ArrayList<>();
        students.add(new Student("Mia", "Math", 95, 88, 92));
        students.add(new Student("Liam", "Physics", 72, 65, 80));
        students.add(new Student("Zoe", "Math", 55, 61, 58));
        students.add(new Student("Noah", "History", 88, 91, 79));
        students.add(new Student("Emma", "Physics", 99, 97, 100));
        students.add(new Student("Lucas", "History", 64, 70, 69));
        students.add(new Student("Ava", "Math", 81, 84, 90));
        students.add(new Student("Ethan", "Physics", 45, 52, 60));

        System.out.println("All students:");
        students.stream().forEach(s -> System.out.println("  " + s + " avg=" + s.getAverage() + " grade=" + s.getGrade()));

        List<String> honours = students.stream()
                .filter(s -> s.getAverage() >= 85)
                .sorted(Comparator.comparingDouble(Student::getAverage).reversed())
                .map(Student::getName)
                .collect(Collectors.toList());
        System.out.println("Honour roll: " + honours);

        Map<String, List<String>> byGrade = students.stream().collect(Collectors.groupingBy(Student::getGrade, TreeMap::new,
                Collectors.mapping(Student::getName, Collectors.toList())));
        System.out.println("By grade: " + byGrade);

        Map<String, Double> courseAverage = students.stream().collect(Collectors.groupingBy(Student::getCourse, TreeMap::new,
                Collectors.averagingDouble(Student::getAverage)));
        courseAverage.forEach((course, avg) -> System.out.println("Course " + course + ": " + Math.round(avg * 100) / 100.0));

        Map<String, Optional<Student>> best = students.stream().collect(Collectors.groupingBy(Student::getCourse, TreeMap::new,
                Collectors.maxBy(Comparator.comparingDouble(Student::getAverage))));
        best.forEach((course, s) -> System.out.println("Best in " + course + ": " + s.map(Student::getName).orElse("-")));

        Map<Boolean, Long> passed = students.stream().collect(Collectors.partitioningBy(s -> s.getAverage() >= 60, Collectors.counting()));
        System.out.println("Passed/failed: " + passed);

        List<Integer> allMarks = students.stream().flatMap(s -> s.getMarks().stream()).sorted().toList();
        System.out.println("All marks sorted: " + allMarks);
        System.out.println("Median mark: " + allMarks.get(allMarks.size() / 2));
        DoubleSummaryStatistics stats = students.stream().mapToDouble(Student::getAverage).summaryStatistics();
        System.out.println("Lowest average: " + stats.getMin() + ", highest: " + stats.getMax() + ", count: " + stats.getCount());
        System.out.println("Perfect scores: " + students.stream().filter(s -> s.getMarks().contains(100)).map(Student::getName).toList());
        System.out.println("Everyone above 40: " + students.stream().allMatch(s -> s.getMarks().stream().allMatch(m -> m > 40)));
        System.out.println("Names by length: " + students.stream().map(Student::getName)
                .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).toList());

        System.out.println("Ranking:");
        List<Student> ranked = students.stream().sorted(Comparator.comparingDouble(Student::getAverage).reversed()).toList();
        IntStream.range(0, ranked.size())
                .mapToObj(i -> (i + 1) + ". " + ranked.get(i).getName() + " (" + ranked.get(i).getGrade() + ")")
                .forEach(System.out::println);
        String csv = students.stream()
                .map(s -> s.getName() + "," + s.getCourse() + "," + s.getMarks().stream().map(String::valueOf).collect(Collectors.joining(";")))
                .collect(Collectors.joining("\n", "name,course,marks\n", "\n-- end --"));
        System.out.println(csv);
    }
}
