import java.util.*;
import java.util.function.*;

// Spliterators of the collections (characteristics, sizes, how they split), the
// Spliterators helpers, primitive iterators, OptionalInt/Long/Double, the primitive
// functional interfaces, and Random's bounded methods from RandomGenerator.
public class UtilSpliterators {
    static String drain(Spliterator<?> s) {
        StringBuilder sb = new StringBuilder();
        s.forEachRemaining(o -> sb.append(o).append(','));
        return sb.toString();
    }

    static String describe(String name, Collection<?> col) {
        Spliterator<?> sp = col.spliterator();
        String chars = Integer.toHexString(sp.characteristics());
        long est = sp.estimateSize();
        long exact = sp.getExactSizeIfKnown();
        Spliterator<?> pre = sp.trySplit();
        String split = (pre == null ? "-" : drain(pre)) + "|" + drain(sp);
        return name + " " + chars + " " + est + " " + exact + " " + split;
    }

    public static void main(String[] args) {
        List<Integer> al = new ArrayList<>();
        for (int i = 0; i < 10; i++) al.add(i);
        TreeMap<Integer, String> tmap = new TreeMap<>();
        HashMap<Integer, String> hmap = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            tmap.put(i, "t" + i);
            hmap.put(i * 17, "h" + i);
        }
        System.out.println(describe("ArrayList", al));
        System.out.println(describe("LinkedList", new LinkedList<>(al)));
        System.out.println(describe("HashSet", new HashSet<>(al)));
        System.out.println(describe("LinkedHashSet", new LinkedHashSet<>(al)));
        System.out.println(describe("TreeSet", new TreeSet<>(al)));
        System.out.println(describe("ArrayDeque", new ArrayDeque<>(al)));
        System.out.println(describe("PriorityQueue", new PriorityQueue<>(al)));
        System.out.println(describe("Vector", new Vector<>(al)));
        System.out.println(describe("asList", Arrays.asList(1, 2, 3)));
        System.out.println(describe("unmodifiableList", Collections.unmodifiableList(al)));
        System.out.println(describe("HashMap keys", hmap.keySet()));
        System.out.println(describe("HashMap values", hmap.values()));
        System.out.println(describe("HashMap entries", hmap.entrySet()));
        System.out.println(describe("TreeMap keys", tmap.keySet()));
        System.out.println(describe("TreeMap values", tmap.values()));
        System.out.println(describe("TreeMap entries", tmap.entrySet()));
        System.out.println(describe("TreeMap headMap keys", tmap.headMap(4).keySet()));
        System.out.println(describe("LinkedHashMap keys", new LinkedHashMap<>(hmap).keySet()));

        TreeMap<Integer, Integer> big = new TreeMap<>();
        for (int i = 0; i < 100; i++) big.put(i, i);
        List<String> parts = new ArrayList<>();
        Deque<Spliterator<Integer>> work = new ArrayDeque<>();
        work.push(big.keySet().spliterator());
        while (!work.isEmpty()) {
            Spliterator<Integer> s = work.pop();
            Spliterator<Integer> pre = parts.size() < 6 ? s.trySplit() : null;
            if (pre != null) {
                work.push(s);
                work.push(pre);
            } else {
                long est = s.estimateSize();
                String hex = Integer.toHexString(s.characteristics());
                int[] count = {0};
                s.forEachRemaining(e -> count[0]++);
                parts.add(est + "/" + count[0] + "/" + hex);
            }
        }
        System.out.println("TreeMap recursive split " + parts);
        Comparator<? super Integer> rev = new TreeSet<Integer>(Comparator.reverseOrder()).spliterator().getComparator();
        System.out.println("TreeSet comparator " + rev.compare(1, 2) + " natural " + new TreeSet<Integer>().spliterator().getComparator());

        Spliterator<Integer> late = al.spliterator();
        al.add(10);
        System.out.println("late-binding size " + late.estimateSize());
        try {
            Spliterator<Integer> s2 = al.spliterator();
            s2.tryAdvance(x -> { });
            al.add(11);
            s2.forEachRemaining(x -> { });
        } catch (ConcurrentModificationException e) {
            System.out.println("fail-fast " + e.getClass().getName());
        }

        Spliterator.OfInt ints = Arrays.spliterator(new int[]{1, 2, 3, 4, 5});
        StringBuilder sb = new StringBuilder();
        Spliterator.OfInt half = ints.trySplit();
        half.forEachRemaining((int v) -> sb.append(v));
        sb.append('|');
        ints.tryAdvance((IntConsumer) v -> sb.append('<').append(v).append('>'));
        ints.forEachRemaining((Integer v) -> sb.append(v));
        System.out.println("int spliterator " + sb + " " + Integer.toHexString(ints.characteristics()));
        Spliterator<String> range = Arrays.spliterator(new String[]{"a", "b", "c", "d"}, 1, 3);
        System.out.println("array range " + range.estimateSize() + " " + drain(range) + " bad " + badRange());
        PrimitiveIterator.OfLong li = Spliterators.iterator(Arrays.spliterator(new long[]{7, 8, 9}));
        StringBuilder lsb = new StringBuilder();
        while (li.hasNext()) lsb.append(li.nextLong()).append(' ');
        Iterator<String> si = Spliterators.iterator(Spliterators.spliterator(List.of("x", "y"), 0));
        while (si.hasNext()) lsb.append(si.next());
        System.out.println("iterators " + lsb);
        Spliterator<Integer> unknown = Spliterators.spliteratorUnknownSize(al.iterator(), Spliterator.ORDERED);
        System.out.println("unknown size " + unknown.estimateSize() + " " + unknown.getExactSizeIfKnown() + " " + Integer.toHexString(unknown.characteristics()));
        Iterable<Integer> itb = () -> List.of(1, 2).iterator();
        System.out.println("Iterable default " + Integer.toHexString(itb.spliterator().characteristics()) + " " + drain(itb.spliterator()));
        Spliterator<Integer> counting = new Spliterators.AbstractSpliterator<Integer>(5, Spliterator.SIZED) {
            int next = 0;
            public boolean tryAdvance(Consumer<? super Integer> action) {
                if (next >= 5) return false;
                action.accept(next++ * 10);
                return true;
            }
        };
        Spliterator<Integer> cpre = counting.trySplit();
        System.out.println("AbstractSpliterator " + Integer.toHexString(counting.characteristics()) + " " + drain(cpre) + "|" + drain(counting) + " " + counting.estimateSize());
        System.out.println("empty " + Spliterators.emptySpliterator().estimateSize() + " " + Spliterators.emptyDoubleSpliterator().tryAdvance((DoubleConsumer) d -> { }));

        PrimitiveIterator.OfDouble di = new PrimitiveIterator.OfDouble() {
            double d = 0.5;
            public boolean hasNext() { return d < 3; }
            public double nextDouble() { double r = d; d += 1; return r; }
        };
        StringBuilder dsb = new StringBuilder();
        di.forEachRemaining((Double v) -> dsb.append(v).append(' '));
        System.out.println("PrimitiveIterator.OfDouble " + dsb.toString().trim());

        OptionalInt oi = OptionalInt.of(42);
        OptionalLong ol = OptionalLong.empty();
        OptionalDouble od = OptionalDouble.of(-0.0);
        System.out.println("optionals " + oi + " " + ol + " " + od + " " + oi.orElseThrow() + " " + ol.orElseGet(() -> 7L) + " " + od.equals(OptionalDouble.of(0.0)) + " " + OptionalDouble.of(Double.NaN).equals(OptionalDouble.of(Double.NaN)) + " hash " + OptionalLong.of(-5).hashCode() + " " + od.hashCode());
        try {
            ol.getAsLong();
        } catch (NoSuchElementException e) {
            System.out.println("empty getAsLong: " + e.getMessage());
        }
        ol.ifPresentOrElse(v -> System.out.println("never"), () -> System.out.println("ifPresentOrElse ran the empty action"));

        LongPredicate lp = x -> x > 2;
        DoublePredicate dp = x -> x > 2;
        LongUnaryOperator lu = LongUnaryOperator.identity();
        StringBuilder fsb = new StringBuilder();
        LongConsumer lc = x -> fsb.append(x);
        lc.andThen(x -> fsb.append('!')).accept(7);
        ObjIntConsumer<String> oic = (s, i) -> fsb.append(s).append(i);
        oic.accept(" n=", 3);
        ToIntBiFunction<String, String> cmp = String::compareTo;
        System.out.println("functions " + lp.and(x -> x < 5).test(4) + " " + dp.negate().or(x -> x > 10).test(11) + " " + lu.andThen(x -> x + 1).compose(x -> x * 2).applyAsLong(5)
            + " " + DoubleUnaryOperator.identity().andThen(x -> x / 2).applyAsDouble(3) + " " + fsb + " " + cmp.applyAsInt("a", "c") + " " + ((IntSupplier) () -> 9).getAsInt() + " " + ((BooleanSupplier) () -> true).getAsBoolean());

        Random r = new Random(31337);
        StringBuilder rs = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            rs.append(r.nextLong(1000)).append(' ').append(r.nextLong(1L << 50)).append(' ').append(r.nextLong(-30, 30)).append(' ')
              .append(r.nextInt(-5, 5)).append(' ').append(r.nextDouble(2.5)).append(' ').append(r.nextDouble(-1, 1)).append(' ')
              .append(r.nextFloat(10f)).append(' ').append(r.nextFloat(1f, 2f)).append('\n');
        }
        System.out.print("bounded random\n" + rs);
        java.util.random.RandomGenerator g = new Random(5);
        System.out.println("as RandomGenerator " + g.nextInt(100) + " " + g.nextLong(100) + " " + g.nextBoolean() + " " + g.isDeprecated());
        for (String bad : new String[]{"nextLong(0)", "nextLong(3,3)", "nextDouble(0)", "nextFloat(2,1)"}) {
            try {
                switch (bad) {
                    case "nextLong(0)": r.nextLong(0); break;
                    case "nextLong(3,3)": r.nextLong(3, 3); break;
                    case "nextDouble(0)": r.nextDouble(0); break;
                    default: r.nextFloat(2f, 1f); break;
                }
            } catch (IllegalArgumentException e) {
                System.out.println(bad + ": " + e.getMessage());
            }
        }
    }

    static String badRange() {
        try {
            Arrays.spliterator(new int[2], 0, 3);
            return "none";
        } catch (ArrayIndexOutOfBoundsException e) {
            return e.getMessage();
        }
    }
}
