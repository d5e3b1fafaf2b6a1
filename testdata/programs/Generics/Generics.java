// Generics: erasure (casts inserted by javac), bridge methods for overriding with a more
// specific parameter or return type, bounded type parameters, generic methods with
// inference, wildcards, a generic stack built on Object[], and generic interfaces
// implemented with concrete types (the bridge is what the interface call reaches).
public class Generics {
    interface Transformer<A, B> {
        B transform(A a);
    }

    static class Lengther implements Transformer<String, Integer> {
        public Integer transform(String s) {
            return s.length();
        }
    }

    static class Box<T extends Comparable<T>> {
        private T value;

        Box(T value) {
            this.value = value;
        }

        T get() {
            return value;
        }

        boolean isBigger(Box<T> other) {
            return value.compareTo(other.value) > 0;
        }
    }

    static class Node<T> {
        T item;

        Node<T> copy() {
            Node<T> n = new Node<>();
            n.item = item;
            return n;
        }
    }

    static class IntNode extends Node<Integer> {
        @Override
        IntNode copy() {
            IntNode n = new IntNode();
            n.item = item + 1;
            return n;
        }
    }

    static class Stack<E> {
        private Object[] items = new Object[2];
        private int size;

        void push(E e) {
            if (size == items.length) {
                Object[] bigger = new Object[size * 2];
                System.arraycopy(items, 0, bigger, 0, size);
                items = bigger;
            }
            items[size++] = e;
        }

        @SuppressWarnings("unchecked")
        E pop() {
            E e = (E) items[--size];
            items[size] = null;
            return e;
        }

        boolean isEmpty() {
            return size == 0;
        }
    }

    static <T extends Comparable<T>> T max(T[] arr) {
        T best = arr[0];
        for (T t : arr) if (t.compareTo(best) > 0) best = t;
        return best;
    }

    static double sum(Number[] nums) {
        double s = 0;
        for (Number n : nums) s += n.doubleValue();
        return s;
    }

    static int countAll(Stack<?> s) {
        int n = 0;
        Stack<Object> tmp = new Stack<>();
        @SuppressWarnings("unchecked")
        Stack<Object> src = (Stack<Object>) s;
        while (!src.isEmpty()) {
            tmp.push(src.pop());
            n++;
        }
        while (!tmp.isEmpty()) src.push(tmp.pop());
        return n;
    }

    static <A, B, C> Transformer<A, C> compose(Transformer<A, B> f, Transformer<B, C> g) {
        return a -> g.transform(f.transform(a));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Transformer<String, Integer> t = new Lengther();
        System.out.println("interface call through bridge " + t.transform("generic"));
        Transformer raw = t;
        try {
            raw.transform(42);
        } catch (ClassCastException e) {
            System.out.println("bridge cast fails: " + e.getClass().getName());
        }
        Box<Integer> a = new Box<>(5), b = new Box<>(9);
        System.out.println("box compare " + a.isBigger(b) + " " + b.isBigger(a) + " get " + (a.get() + b.get()));
        Box<String> s1 = new Box<>("pear"), s2 = new Box<>("apple");
        System.out.println("string box " + s1.isBigger(s2));
        Node<Integer> n = new IntNode();
        n.item = 41;
        Node<Integer> c = n.copy();
        System.out.println("covariant return bridge " + c.item + " " + c.getClass().getSimpleName());
        Stack<String> stack = new Stack<>();
        for (String w : "to be or not to be".split(" ")) stack.push(w);
        System.out.println("count " + countAll(stack));
        StringBuilder sb = new StringBuilder();
        while (!stack.isEmpty()) sb.append(stack.pop()).append(' ');
        System.out.println("popped " + sb.toString().trim());
        Integer[] ints = { 3, 17, -4, 9 };
        String[] strs = { "kiwi", "zucchini", "apple" };
        System.out.println("max " + max(ints) + " " + max(strs));
        Number[] nums = { 1, 2.5, 3L, 4.5f, (short) 5 };
        System.out.println("sum of numbers " + sum(nums));
        Transformer<String, String> pipeline = compose(compose(String::trim, String::toUpperCase), x -> "[" + x + "]");
        System.out.println("composed " + pipeline.transform("  hello  "));
        Stack rawStack = new Stack();
        rawStack.push("string");
        rawStack.push(1);
        Stack<String> lying = rawStack;
        Object top = lying.pop();
        System.out.println("heap pollution undetected until cast: " + top);
        try {
            lying.push("x");
            lying.pop();
            String bad = lying.pop();
            System.out.println("string popped " + bad);
            rawStack.push(2);
            String worse = lying.pop();
            System.out.println("not reached " + worse);
        } catch (ClassCastException e) {
            System.out.println("checkcast inserted by javac: " + e.getClass().getName());
        }
    }
}
