public class LambdaTraces {
    interface Op { int apply(int x); }
    static int twice(Op op, int v) { return op.apply(op.apply(v)); }
    public static void main(String[] args) {
        Runnable r = () -> { throw new IllegalStateException("inside lambda"); };
        try { r.run(); } catch (IllegalStateException e) { e.printStackTrace(); }
        Op inc = x -> x + 1;
        System.out.println(twice(inc, 5));
        Op bad = x -> 10 / x;
        System.out.println(twice(bad, 0));
    }
}
