import java.util.*;

public class UtilIterators {
    static final class Range implements Iterable<Integer> {
        final int from, to, step;
        Range(int from, int to, int step) { this.from = from; this.to = to; this.step = step; }
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int cur = from;
                public boolean hasNext() { return step > 0 ? cur < to : cur > to; }
                public Integer next() {
                    if (!hasNext()) throw new NoSuchElementException("range exhausted");
                    int v = cur;
                    cur += step;
                    return v;
                }
            };
        }
    }

    static final class Fib implements Iterator<Long> {
        long a = 0, b = 1;
        int left;
        Fib(int n) { left = n; }
        public boolean hasNext() { return left > 0; }
        public Long next() {
            left--;
            long r = a;
            a = b;
            b = r + b;
            return r;
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int x : new Range(0, 20, 3)) sb.append(x).append(' ');
        System.out.println("range up " + sb.toString().trim());
        sb.setLength(0);
        for (int x : new Range(10, -5, -4)) sb.append(x).append(' ');
        System.out.println("range down " + sb.toString().trim());
        Iterator<Integer> ri = new Range(0, 1, 1).iterator();
        ri.next();
        try {
            ri.next();
        } catch (NoSuchElementException e) {
            System.out.println("exhausted: " + e.getMessage());
        }
        try {
            new Range(0, 2, 1).iterator().remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("default remove: " + e.getClass().getName() + ": " + e.getMessage());
        }
        sb.setLength(0);
        new Range(1, 6, 1).forEach(x -> sb.append(x * x).append(','));
        System.out.println("Iterable.forEach " + sb);
        Fib f = new Fib(20);
        sb.setLength(0);
        f.forEachRemaining(v -> sb.append(v).append(' '));
        System.out.println("fib " + sb.toString().trim());

        List<String> list = new ArrayList<>(Arrays.asList("a", "b", "c", "d", "e"));
        ListIterator<String> li = list.listIterator();
        System.out.println("start hasPrevious " + li.hasPrevious() + " nextIndex " + li.nextIndex() + " previousIndex " + li.previousIndex());
        while (li.hasNext()) {
            int i = li.nextIndex();
            String s = li.next();
            if (i % 2 == 0) li.set(s.toUpperCase());
            if (s.equals("c")) li.add("c2");
            if (s.equals("d")) li.remove();
        }
        System.out.println("after forward edit " + list);
        while (li.hasPrevious()) {
            String s = li.previous();
            if (s.equals("b")) li.add("before-b");
        }
        System.out.println("after backward edit " + list + " nextIndex " + li.nextIndex());
        ListIterator<String> mid = list.listIterator(3);
        System.out.println("listIterator(3) next " + mid.next() + " previous " + mid.previous() + " previous " + mid.previous());
        try {
            ListIterator<String> bad = list.listIterator();
            bad.set("x");
        } catch (IllegalStateException e) {
            System.out.println("set before next: " + e.getClass().getName());
        }
        try {
            ListIterator<String> bad = list.listIterator();
            bad.next();
            bad.add("y");
            bad.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove after add: " + e.getClass().getName() + " list " + list);
        }
        try {
            list.listIterator(99);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("listIterator(99): " + e.getClass().getName());
        }
        LinkedList<Integer> ll = new LinkedList<>();
        for (int i = 0; i < 10; i++) ll.add(i);
        ListIterator<Integer> lli = ll.listIterator();
        while (lli.hasNext()) {
            int v = lli.next();
            if (v % 3 == 0) { lli.remove(); }
            else if (v % 3 == 1) { lli.add(v * 100); }
            else lli.set(-v);
        }
        System.out.println("linked edit " + ll);
        // merge two sorted lists with iterators
        List<Integer> x = Arrays.asList(1, 4, 6, 9, 12, 15);
        List<Integer> y = Arrays.asList(2, 3, 6, 10, 20);
        List<Integer> merged = new ArrayList<>();
        Iterator<Integer> xi = x.iterator(), yi = y.iterator();
        Integer xv = xi.hasNext() ? xi.next() : null, yv = yi.hasNext() ? yi.next() : null;
        while (xv != null || yv != null) {
            if (yv == null || (xv != null && xv <= yv)) { merged.add(xv); xv = xi.hasNext() ? xi.next() : null; }
            else { merged.add(yv); yv = yi.hasNext() ? yi.next() : null; }
        }
        System.out.println("merged " + merged);
        // iterate maps in several ways
        TreeMap<String, Integer> tm = new TreeMap<>();
        for (String w : "one two three four five six".split(" ")) tm.put(w, w.length());
        Iterator<Map.Entry<String, Integer>> ei = tm.entrySet().iterator();
        while (ei.hasNext()) {
            Map.Entry<String, Integer> e = ei.next();
            if (e.getValue() == 3) ei.remove();
            else e.setValue(e.getValue() * 10);
        }
        System.out.println("map after iterator " + tm);
        Iterator<Integer> vi = tm.values().iterator();
        vi.next();
        vi.remove();
        System.out.println("after values iterator remove " + tm);
        Spliterator<String> sp = Arrays.asList("p", "q", "r", "s").spliterator();
        sb.setLength(0);
        System.out.println("spliterator size " + sp.estimateSize());
        sp.tryAdvance(s -> sb.append("first=").append(s).append(' '));
        sp.forEachRemaining(s -> sb.append(s));
        System.out.println("spliterator " + sb);
        Enumeration<Integer> en = new Vector<>(Arrays.asList(7, 8, 9)).elements();
        Iterator<Integer> asIt = en.asIterator();
        sb.setLength(0);
        while (asIt.hasNext()) sb.append(asIt.next());
        System.out.println("enumeration asIterator " + sb);
        PrimitiveIterator.OfInt pi = new PrimitiveIterator.OfInt() {
            int i = 0;
            public boolean hasNext() { return i < 5; }
            public int nextInt() { return i++ * 2; }
        };
        sb.setLength(0);
        while (pi.hasNext()) sb.append(pi.nextInt()).append(' ');
        System.out.println("PrimitiveIterator " + sb.toString().trim());
    }
}
