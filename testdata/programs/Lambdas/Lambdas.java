// Lambdas (invokedynamic + LambdaMetafactory): user-declared functional interfaces with
// primitive and reference parameters, Runnable, Comparable-style comparators, capturing
// locals/parameters/this, lambdas returning lambdas, recursion through a field, default
// methods on functional interfaces, and lambdas stored in arrays.
public class Lambdas {
    interface IntOp {
        int apply(int a, int b);
    }

    interface IntPred {
        boolean test(int v);

        default IntPred negate() {
            return v -> !test(v);
        }

        default IntPred and(IntPred other) {
            return v -> test(v) && other.test(v);
        }
    }

    interface Func<A, B> {
        B apply(A a);

        default <C> Func<A, C> andThen(Func<B, C> next) {
            return a -> next.apply(apply(a));
        }
    }

    interface Cmp<T> {
        int compare(T a, T b);
    }

    interface LongSupplier {
        long get();
    }

    interface DoubleUnary {
        double apply(double x);
    }

    interface Adder {
        IntOp adder(int base);
    }

    private int scale = 3;
    static IntOp factorial;

    IntOp scaler() {
        return (a, b) -> (a + b) * scale;
    }

    static int fold(int[] values, int init, IntOp op) {
        int acc = init;
        for (int v : values) acc = op.apply(acc, v);
        return acc;
    }

    static int count(int[] values, IntPred p) {
        int n = 0;
        for (int v : values) if (p.test(v)) n++;
        return n;
    }

    static <T> void sort(T[] arr, Cmp<T> cmp) {
        for (int i = 1; i < arr.length; i++) {
            T key = arr[i];
            int j = i - 1;
            while (j >= 0 && cmp.compare(arr[j], key) > 0) {
                arr[j + 1] = arr[j];
                j--;
            }
            arr[j + 1] = key;
        }
    }

    static <T> String show(T[] arr) {
        StringBuilder sb = new StringBuilder();
        for (T t : arr) sb.append(t).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        int[] values = { 5, -3, 8, 0, 12, -7, 4 };
        System.out.println("sum " + fold(values, 0, (a, b) -> a + b));
        System.out.println("max " + fold(values, Integer.MIN_VALUE, Math::max));
        System.out.println("product of nonzero " + fold(values, 1, (a, b) -> b == 0 ? a : a * b));
        IntPred positive = v -> v > 0;
        IntPred even = v -> v % 2 == 0;
        System.out.println("positive " + count(values, positive) + " non-positive " + count(values, positive.negate())
                + " positive even " + count(values, positive.and(even)));
        int threshold = 4;
        System.out.println("above threshold " + count(values, v -> v > threshold));
        Lambdas self = new Lambdas();
        IntOp sc = self.scaler();
        System.out.println("scaler " + sc.apply(1, 2));
        self.scale = 10;
        System.out.println("scaler sees field change " + sc.apply(1, 2));
        Adder adder = base -> (a, b) -> base + a + b;
        System.out.println("curried " + adder.adder(100).apply(1, 2));
        factorial = (n, unused) -> n <= 1 ? 1 : n * factorial.apply(n - 1, 0);
        System.out.println("factorial(10) " + factorial.apply(10, 0));
        Func<String, Integer> length = String::length;
        Func<String, String> shout = s -> s.toUpperCase() + "!";
        System.out.println("andThen " + shout.andThen(length).apply("hello") + " " + length.andThen(n -> n * n).apply("four"));
        String[] words = { "pear", "fig", "banana", "kiwi", "apple" };
        sort(words, (a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
        System.out.println("sorted by length " + show(words));
        sort(words, (a, b) -> b.compareTo(a));
        System.out.println("sorted reverse " + show(words));
        Runnable[] tasks = new Runnable[3];
        for (int i = 0; i < tasks.length; i++) {
            int id = i;
            tasks[i] = () -> System.out.println("task " + id + " runs");
        }
        for (Runnable t : tasks) t.run();
        long big = 1L << 40;
        LongSupplier ls = () -> big + 1;
        double factor = 1.5;
        DoubleUnary du = x -> x * factor;
        System.out.println("long capture " + ls.get() + " double capture " + du.apply(3.0));
        char c = 'q';
        boolean flag = true;
        Func<Integer, String> mixed = n -> "" + c + n + flag;
        System.out.println("mixed capture " + mixed.apply(7));
        IntOp[] ops = { (a, b) -> a + b, (a, b) -> a - b, (a, b) -> a * b, (a, b) -> b != 0 ? a / b : 0 };
        StringBuilder sb = new StringBuilder();
        for (IntOp op : ops) sb.append(op.apply(20, 6)).append(' ');
        System.out.println("ops " + sb.toString().trim());
        Runnable nested = () -> {
            Runnable inner = () -> System.out.println("nested lambda, scale " + self.scale);
            inner.run();
        };
        nested.run();
        Runnable empty = () -> { };
        empty.run();
        System.out.println("lambda instanceof " + (empty instanceof Runnable) + " " + (positive instanceof IntPred));
    }
}
