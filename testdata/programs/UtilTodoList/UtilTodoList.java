import java.util.*;

public class UtilTodoList {
    enum Priority { LOW, MEDIUM, HIGH, URGENT }

    static final class Task {
        final int id;
        final String title;
        final Priority priority;
        final int due;
        final Set<String> tags = new TreeSet<>();
        boolean done;
        Task(int id, String title, Priority priority, int due, String... tags) {
            this.id = id;
            this.title = title;
            this.priority = priority;
            this.due = due;
            this.tags.addAll(Arrays.asList(tags));
        }
        public String toString() {
            return "#" + id + " [" + (done ? "x" : " ") + "] " + title + " (" + priority + ", day " + due + ") " + tags;
        }
    }

    static final class TodoList {
        private final Map<Integer, Task> byId = new LinkedHashMap<>();
        private final Map<String, Set<Integer>> byTag = new TreeMap<>();
        private final Deque<String> history = new ArrayDeque<>();
        private int nextId = 1;

        Task add(String title, Priority p, int due, String... tags) {
            Task t = new Task(nextId++, title, p, due, tags);
            byId.put(t.id, t);
            for (String tag : t.tags) byTag.computeIfAbsent(tag, k -> new TreeSet<>()).add(t.id);
            history.push("add " + t.id);
            return t;
        }

        boolean complete(int id) {
            Task t = byId.get(id);
            if (t == null || t.done) return false;
            t.done = true;
            history.push("complete " + id);
            return true;
        }

        Optional<Task> remove(int id) {
            Task t = byId.remove(id);
            if (t == null) return Optional.empty();
            for (String tag : t.tags) {
                Set<Integer> ids = byTag.get(tag);
                ids.remove(id);
                if (ids.isEmpty()) byTag.remove(tag);
            }
            history.push("remove " + id);
            return Optional.of(t);
        }

        List<Task> pending(Comparator<Task> order) {
            List<Task> out = new ArrayList<>();
            for (Task t : byId.values()) if (!t.done) out.add(t);
            out.sort(order);
            return out;
        }

        List<Task> withTag(String tag) {
            List<Task> out = new ArrayList<>();
            for (int id : byTag.getOrDefault(tag, Collections.emptySet())) out.add(byId.get(id));
            return out;
        }

        Map<Priority, List<String>> summary() {
            Map<Priority, List<String>> m = new EnumMap<>(Priority.class);
            for (Task t : byId.values()) m.computeIfAbsent(t.priority, k -> new ArrayList<>()).add(t.title);
            return m;
        }
    }

    public static void main(String[] args) {
        TodoList todo = new TodoList();
        todo.add("write report", Priority.HIGH, 3, "work", "writing");
        todo.add("buy milk", Priority.LOW, 1, "home", "shopping");
        todo.add("fix bug 1234", Priority.URGENT, 1, "work", "code");
        todo.add("call mom", Priority.MEDIUM, 2, "home", "family");
        todo.add("review PR", Priority.HIGH, 2, "work", "code");
        todo.add("plan trip", Priority.LOW, 10, "home", "travel", "family");
        todo.add("renew passport", Priority.MEDIUM, 7, "travel");
        todo.add("refactor parser", Priority.MEDIUM, 5, "work", "code");
        todo.add("dentist", Priority.HIGH, 4, "health");
        System.out.println("all tasks:");
        for (Task t : todo.byId.values()) System.out.println("  " + t);
        Comparator<Task> byPriority = Comparator.comparing((Task t) -> t.priority).reversed().thenComparingInt(t -> t.due).thenComparing(t -> t.title);
        Comparator<Task> byDue = Comparator.comparingInt((Task t) -> t.due).thenComparing(t -> t.priority, Comparator.reverseOrder());
        System.out.println("pending by priority:");
        for (Task t : todo.pending(byPriority)) System.out.println("  " + t);
        System.out.println("complete 3: " + todo.complete(3) + ", again: " + todo.complete(3) + ", missing: " + todo.complete(99));
        todo.complete(2);
        todo.complete(5);
        System.out.println("pending by due:");
        for (Task t : todo.pending(byDue)) System.out.println("  " + t);
        System.out.println("tags " + todo.byTag);
        for (String tag : new String[]{"code", "family", "nothing"}) System.out.println("tag " + tag + ": " + todo.withTag(tag));
        System.out.println("remove 4: " + todo.remove(4).map(t -> t.title).orElse("none") + ", remove 42: " + todo.remove(42).map(t -> t.title).orElse("none"));
        System.out.println("tags after remove " + todo.byTag);
        System.out.println("summary " + todo.summary());
        PriorityQueue<Task> agenda = new PriorityQueue<>(byDue);
        agenda.addAll(todo.pending(byPriority));
        int day = 0;
        while (!agenda.isEmpty()) {
            Task t = agenda.poll();
            day = Math.max(day + 1, 1);
            System.out.println("day " + day + ": " + t.title + (day > t.due ? " (late by " + (day - t.due) + ")" : ""));
            todo.complete(t.id);
        }
        System.out.println("history (newest first):");
        Iterator<String> h = todo.history.iterator();
        int n = 0;
        while (h.hasNext() && n++ < 8) System.out.println("  " + h.next());
        System.out.println("history size " + todo.history.size() + " oldest " + todo.history.peekLast());
        int doneCount = 0;
        for (Task t : todo.byId.values()) if (t.done) doneCount++;
        System.out.println("done " + doneCount + " of " + todo.byId.size() + ", pending " + todo.pending(byDue).size());
        Map<Boolean, Integer> counts = new TreeMap<>();
        for (Task t : todo.byId.values()) counts.merge(t.done, 1, Integer::sum);
        System.out.println("counts " + counts);
    }
}
