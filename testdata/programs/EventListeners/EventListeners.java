import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;

// An event bus with CopyOnWriteArrayList listeners: listeners that unsubscribe or
// subscribe others while an event is being delivered, snapshot iteration, and the
// ConcurrentModificationException an ArrayList would give instead.
public class EventListeners {
    interface Listener { void onEvent(String event); }

    static class EventBus {
        private final List<Listener> listeners = new CopyOnWriteArrayList<>();
        private final Set<String> topics = new CopyOnWriteArraySet<>();
        final List<String> log = new ArrayList<>();

        void subscribe(Listener l) { listeners.add(l); }
        boolean unsubscribe(Listener l) { return listeners.remove(l); }
        void publish(String topic, String event) {
            topics.add(topic);
            for (Listener l : listeners) l.onEvent(topic + ":" + event);
        }
        int count() { return listeners.size(); }
    }

    static class OneShot implements Listener {
        final EventBus bus; final String name;
        OneShot(EventBus bus, String name) { this.bus = bus; this.name = name; }
        public void onEvent(String e) { bus.log.add(name + " got " + e + " and leaves"); bus.unsubscribe(this); }
    }

    public static void main(String[] args) {
        EventBus bus = new EventBus();
        bus.subscribe(e -> bus.log.add("logger " + e));
        bus.subscribe(new OneShot(bus, "once-A"));
        bus.subscribe(new Listener() {
            int seen;
            public void onEvent(String e) {
                seen++;
                bus.log.add("counter " + seen);
                if (seen == 1) bus.subscribe(ev -> bus.log.add("late " + ev));
            }
        });
        bus.subscribe(new OneShot(bus, "once-B"));
        for (String ev : List.of("start", "tick", "stop")) {
            bus.publish(ev.equals("tick") ? "clock" : "life", ev);
            bus.log.add("-- listeners now " + bus.count());
        }
        bus.log.forEach(System.out::println);
        System.out.println(bus.topics + " " + bus.topics.contains("clock") + " " + bus.topics.size());

        CopyOnWriteArrayList<Integer> nums = new CopyOnWriteArrayList<>(List.of(5, 1, 4, 1, 5, 9, 2, 6));
        Iterator<Integer> snapshot = nums.iterator();
        nums.add(3);
        nums.removeIf(x -> x == 1);
        StringBuilder seen = new StringBuilder();
        while (snapshot.hasNext()) seen.append(snapshot.next());
        System.out.println("snapshot " + seen + " now " + nums);
        try {
            Iterator<Integer> it = nums.iterator();
            it.next();
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("iterator.remove: UnsupportedOperationException");
        }
        System.out.println(nums.addIfAbsent(9) + " " + nums.addIfAbsent(8) + " " + nums.addAllAbsent(List.of(7, 8, 7, 0)) + " " + nums);
        nums.sort(Comparator.naturalOrder());
        List<Integer> mid = nums.subList(2, 6);
        System.out.println(nums + " " + mid + " " + mid.indexOf(5) + " " + nums.indexOf(5, 5) + " " + nums.lastIndexOf(5, 4));
        mid.set(0, 40);
        mid.remove(Integer.valueOf(5));
        System.out.println(nums + " " + mid);
        nums.add(100);
        try {
            System.out.println(mid.size());
        } catch (ConcurrentModificationException e) {
            System.out.println("sub list after change: ConcurrentModificationException");
        }
        try { nums.get(99); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { nums.add(99, 1); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        System.out.println(nums.equals(new ArrayList<>(nums)) + " " + (nums.hashCode() == new ArrayList<>(nums).hashCode()) + " " + nums.clone());

        List<Integer> plain = new ArrayList<>(List.of(1, 2, 3, 4));
        try {
            for (Integer x : plain) if (x % 2 == 0) plain.remove(x);
        } catch (ConcurrentModificationException e) {
            System.out.println("ArrayList: ConcurrentModificationException, left " + plain);
        }
        List<Integer> cow = new CopyOnWriteArrayList<>(List.of(1, 2, 3, 4));
        for (Integer x : cow) if (x % 2 == 0) cow.remove(x);
        System.out.println("CopyOnWriteArrayList: " + cow);
        Set<String> tags = new CopyOnWriteArraySet<>(List.of("b", "a", "b", "c"));
        tags.removeIf(t -> t.equals("a"));
        System.out.println(tags + " " + tags.equals(Set.of("b", "c")) + " " + tags.containsAll(Set.of("c")));
    }
}
