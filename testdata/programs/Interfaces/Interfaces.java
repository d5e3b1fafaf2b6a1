// Interfaces: abstract methods implemented by unrelated classes, static interface methods,
// private interface methods, constants, interface inheritance, invokeinterface through
// several interfaces, and Comparable/Iterable implemented by user classes (Iterable's
// java.util.Iterator is the only java.util type used).
public class Interfaces {
    interface Named {
        String PREFIX = "name:";

        String name();

        default String label() {
            return PREFIX + name();
        }

        static Named of(String n) {
            return () -> n;
        }
    }

    interface Sized {
        int size();

        default boolean isEmpty() {
            return size() == 0;
        }
    }

    interface Container extends Named, Sized {
        default String summary() {
            return label() + " size " + size() + describeEmpty();
        }

        private String describeEmpty() {
            return isEmpty() ? " (empty)" : "";
        }
    }

    static class Box implements Container, Comparable<Box> {
        final String n;
        final int items;

        Box(String n, int items) {
            this.n = n;
            this.items = items;
        }

        public String name() { return n; }

        public int size() { return items; }

        public int compareTo(Box o) { return Integer.compare(items, o.items); }
    }

    static class Person implements Named {
        public String name() { return "person"; }

        public String label() { return "custom label for " + name(); }
    }

    // for-each over a user Iterable: iterator(), hasNext() and next() via invokeinterface.
    static class Range implements Iterable<Integer> {
        final int from, to;

        Range(int from, int to) {
            this.from = from;
            this.to = to;
        }

        public java.util.Iterator<Integer> iterator() {
            return new java.util.Iterator<Integer>() {
                int next = from;

                public boolean hasNext() { return next < to; }

                public Integer next() { return next++; }
            };
        }
    }

    static void sort(Box[] arr) {
        for (int i = 1; i < arr.length; i++) {
            Box key = arr[i];
            int j = i - 1;
            while (j >= 0 && arr[j].compareTo(key) > 0) {
                arr[j + 1] = arr[j];
                j--;
            }
            arr[j + 1] = key;
        }
    }

    public static void main(String[] args) {
        Box[] boxes = { new Box("big", 10), new Box("empty", 0), new Box("small", 2), new Box("mid", 5) };
        for (Container c : boxes) System.out.println(c.summary());
        sort(boxes);
        StringBuilder sb = new StringBuilder();
        for (Box b : boxes) sb.append(b.name()).append(' ');
        System.out.println("sorted " + sb);
        Named[] named = { new Person(), Named.of("lambda"), boxes[0] };
        for (Named n : named) System.out.println(n.label());
        Sized sized = boxes[3];
        System.out.println("as Sized " + sized.size() + " empty " + sized.isEmpty());
        Comparable<Box> cmp = boxes[1];
        System.out.println("as Comparable " + cmp.compareTo(boxes[2]));
        System.out.println("constant " + Named.PREFIX + " " + Container.PREFIX);
        int sum = 0;
        for (int i : new Range(1, 6)) sum += i;
        System.out.println("range sum " + sum);
        System.out.println("interfaces of Box: " + Box.class.getInterfaces().length + " isInterface " + Container.class.isInterface()
                + " " + Box.class.isInterface());
        Object o = boxes[0];
        System.out.println("instanceof " + (o instanceof Named) + " " + (o instanceof Sized) + " " + (o instanceof Comparable) + " " + (o instanceof Runnable));
    }
}
