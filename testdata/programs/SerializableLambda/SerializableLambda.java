// A serializable lambda via an intersection cast, which javac compiles with
// LambdaMetafactory.altMetafactory (FLAG_SERIALIZABLE) and a synthetic
// $deserializeLambda$ method; also marker-interface intersections. Nothing is serialized.
public class SerializableLambda {
    interface Marker { }

    interface Op {
        int apply(int x);
    }

    public static void main(String[] args) {
        int base = 10;
        Runnable r = (Runnable & java.io.Serializable) () -> System.out.println("serializable runnable, base " + base);
        r.run();
        System.out.println("is Serializable " + (r instanceof java.io.Serializable));
        Op op = (Op & java.io.Serializable) x -> x * base;
        System.out.println("serializable op " + op.apply(4) + " " + (op instanceof java.io.Serializable));
        Op marked = (Op & Marker) x -> x + 1;
        System.out.println("marker intersection " + marked.apply(41) + " is Marker " + (marked instanceof Marker)
                + " is Serializable " + (marked instanceof java.io.Serializable));
        Op plain = x -> -x;
        System.out.println("plain lambda " + plain.apply(5) + " is Serializable " + (plain instanceof java.io.Serializable));
        Runnable ref = (Runnable & java.io.Serializable) SerializableLambda::hello;
        ref.run();
    }

    static void hello() {
        System.out.println("serializable method reference");
    }
}
