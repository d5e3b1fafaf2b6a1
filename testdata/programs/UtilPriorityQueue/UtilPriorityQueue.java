import java.util.*;

public class UtilPriorityQueue {
    static final class Task {
        final String name;
        final int prio;
        Task(String name, int prio) { this.name = name; this.prio = prio; }
        public String toString() { return name + ":" + prio; }
    }

    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] data = {42, 7, 19, 3, 88, 3, 56, 1, 23, 11, 64, 5, 30};
        for (int d : data) {
            pq.offer(d);
            System.out.println("offer " + d + " -> " + pq);
        }
        System.out.println("peek " + pq.peek() + " size " + pq.size());
        System.out.println("remove(56) " + pq.remove(Integer.valueOf(56)) + " -> " + pq);
        System.out.println("contains 88 " + pq.contains(88));
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) {
            sb.append(pq.poll()).append(' ');
        }
        System.out.println("polled " + sb.toString().trim());
        System.out.println("poll empty " + pq.poll() + " peek empty " + pq.peek());
        try {
            pq.remove();
        } catch (NoSuchElementException e) {
            System.out.println("remove empty: " + e.getClass().getName());
        }
        try {
            pq.element();
        } catch (NoSuchElementException e) {
            System.out.println("element empty: " + e.getClass().getName());
        }
        PriorityQueue<Integer> max = new PriorityQueue<>(Collections.reverseOrder());
        for (int d : data) max.add(d);
        System.out.println("max heap " + max);
        sb.setLength(0);
        while (max.size() > 3) sb.append(max.poll()).append(' ');
        System.out.println("max polled " + sb.toString().trim() + " rest " + max);
        PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingInt((Task t) -> t.prio).thenComparing(t -> t.name));
        tasks.add(new Task("write", 2));
        tasks.add(new Task("test", 1));
        tasks.add(new Task("deploy", 3));
        tasks.add(new Task("review", 2));
        tasks.add(new Task("alpha", 2));
        tasks.add(new Task("plan", 0));
        System.out.println("tasks " + tasks);
        while (!tasks.isEmpty()) System.out.println("  do " + tasks.poll());
        PriorityQueue<String> strs = new PriorityQueue<>(Arrays.asList("pear", "apple", "fig", "banana", "kiwi", "cherry"));
        System.out.println("from collection " + strs);
        PriorityQueue<String> byLen = new PriorityQueue<>(10, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        byLen.addAll(strs);
        System.out.println("byLen " + byLen);
        sb.setLength(0);
        while (!byLen.isEmpty()) sb.append(byLen.poll()).append(' ');
        System.out.println("byLen polled " + sb.toString().trim());
        // heap sort of many values
        PriorityQueue<Integer> many = new PriorityQueue<>();
        Random r = new Random(7);
        for (int i = 0; i < 200; i++) many.add(r.nextInt(1000));
        int prev = -1;
        boolean sorted = true;
        int count = 0;
        sb.setLength(0);
        while (!many.isEmpty()) {
            int v = many.poll();
            if (v < prev) sorted = false;
            prev = v;
            if (count++ % 10 == 0) sb.append(v).append(' ');
        }
        System.out.println("sorted " + sorted + " samples " + sb.toString().trim());
        // k smallest with bounded max heap
        PriorityQueue<Integer> k = new PriorityQueue<>(Comparator.reverseOrder());
        for (int i = 0; i < 100; i++) {
            int v = (i * 37 + 11) % 101;
            k.offer(v);
            if (k.size() > 5) k.poll();
        }
        List<Integer> ks = new ArrayList<>(k);
        Collections.sort(ks);
        System.out.println("5 smallest " + ks);
        PriorityQueue<Integer> it = new PriorityQueue<>(Arrays.asList(9, 8, 7, 6, 5, 4, 3, 2, 1));
        System.out.println("heapified " + it);
        Iterator<Integer> iter = it.iterator();
        while (iter.hasNext()) if (iter.next() % 3 == 0) iter.remove();
        System.out.println("after iterator remove " + it);
        it.removeIf(x -> x > 7);
        System.out.println("after removeIf " + it + " toArray " + Arrays.toString(it.toArray()));
        System.out.println("comparator null " + (it.comparator() == null));
        try {
            it.add(null);
        } catch (NullPointerException e) {
            System.out.println("add null: " + e.getClass().getName());
        }
    }
}
