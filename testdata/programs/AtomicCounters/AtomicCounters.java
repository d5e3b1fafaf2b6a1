import java.util.*;
import java.util.concurrent.atomic.*;
import java.util.stream.*;

// Atomic variables used the way single-threaded code uses them: mutable counters and
// accumulators captured by lambdas.
public class AtomicCounters {
    record Event(String type, int weight) {}

    public static void main(String[] args) {
        AtomicInteger counter = new AtomicInteger();
        List<String> words = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta");
        words.forEach(w -> { if (w.contains("e")) counter.incrementAndGet(); });
        System.out.println("with e: " + counter + " " + counter.get() + " " + counter.intValue());

        AtomicInteger idx = new AtomicInteger(1);
        String numbered = words.stream().map(w -> idx.getAndIncrement() + "." + w).collect(Collectors.joining(" "));
        System.out.println(numbered);

        System.out.println(counter.getAndAdd(10) + " " + counter.addAndGet(5) + " " + counter.decrementAndGet() + " " + counter.getAndDecrement()
            + " " + counter.getAndSet(100) + " " + counter.compareAndSet(99, 1) + " " + counter.compareAndSet(100, 7) + " " + counter);
        System.out.println(counter.updateAndGet(x -> x * 3) + " " + counter.getAndUpdate(x -> x - 1) + " " + counter.accumulateAndGet(4, Math::max)
            + " " + counter.getAndAccumulate(50, Integer::sum) + " " + counter.get() + " " + counter.compareAndExchange(70, 0) + " " + counter.doubleValue());

        AtomicLong total = new AtomicLong(Long.MAX_VALUE - 2);
        IntStream.range(0, 5).forEach(i -> total.incrementAndGet());
        System.out.println(total + " " + total.longValue() + " " + total.floatValue());
        AtomicLong fact = new AtomicLong(1);
        LongStream.rangeClosed(1, 20).forEach(i -> fact.updateAndGet(v -> v * i));
        System.out.println("20! = " + fact);

        AtomicBoolean seen = new AtomicBoolean();
        List<Integer> firsts = new ArrayList<>();
        for (int i = 0; i < 5; i++) if (!seen.getAndSet(true)) firsts.add(i);
        System.out.println(firsts + " " + seen + " " + seen.compareAndSet(false, true) + " " + seen.compareAndSet(true, false) + " " + seen.get());

        AtomicReference<String> longest = new AtomicReference<>("");
        words.forEach(w -> longest.accumulateAndGet(w, (a, b) -> b.length() > a.length() ? b : a));
        System.out.println(longest + " " + longest.get().length());
        AtomicReference<List<String>> ref = new AtomicReference<>();
        System.out.println(ref + " " + ref.compareAndSet(null, new ArrayList<>()) + " " + ref.get());
        ref.get().add("x");
        System.out.println(ref.getAndUpdate(l -> List.of("y")) + " " + ref);

        AtomicIntegerArray hist = new AtomicIntegerArray(5);
        new Random(3).ints(200, 0, 5).forEach(hist::incrementAndGet);
        System.out.println(hist + " " + hist.length() + " " + hist.get(2));
        AtomicLongArray la = new AtomicLongArray(new long[] {1, 2, 3});
        la.addAndGet(1, 40);
        la.accumulateAndGet(2, 10, (a, b) -> a * b);
        System.out.println(la + " " + new AtomicLongArray(0));
        try {
            hist.get(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        AtomicReferenceArray<String> ra = new AtomicReferenceArray<>(new String[] {"a", null, "c"});
        ra.compareAndSet(1, null, "b");
        System.out.println(ra + " " + ra.getAndSet(0, "z") + " " + ra.get(0));

        LongAdder adder = new LongAdder();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) events.add(new Event(i % 3 == 0 ? "click" : i % 3 == 1 ? "view" : "buy", i));
        Map<String, LongAdder> byType = new TreeMap<>();
        for (Event e : events) {
            adder.add(e.weight());
            byType.computeIfAbsent(e.type(), k -> new LongAdder()).increment();
        }
        System.out.println(adder + " " + adder.sum() + " " + byType + " " + adder.sumThenReset() + " " + adder.intValue());
        LongAccumulator maxAcc = new LongAccumulator(Long::max, Long.MIN_VALUE);
        events.forEach(e -> maxAcc.accumulate(e.weight() * 7L % 23));
        System.out.println(maxAcc + " " + maxAcc.getThenReset() + " " + maxAcc.get());

        // a tiny id generator and a memoizing counter as in typical service code
        AtomicInteger ids = new AtomicInteger(1000);
        Map<String, Integer> assigned = new LinkedHashMap<>();
        for (String w : List.of("b", "a", "b", "c", "a")) assigned.computeIfAbsent(w, k -> ids.incrementAndGet());
        System.out.println(assigned + " next=" + ids.incrementAndGet());
        int[] box = {0};
        Runnable r = () -> box[0]++;
        for (int i = 0; i < 4; i++) r.run();
        System.out.println("box " + box[0]);
    }
}
