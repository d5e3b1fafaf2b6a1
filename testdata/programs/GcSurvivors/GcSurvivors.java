// Strings, boxed values, arrays and maps that stay reachable from statics, locals,
// arrays and other objects through many collections: their contents, identity
// hash codes and interned identity must not change (objects never move).
import java.util.HashMap;
import java.util.Map;

public class GcSurvivors {
    static Map<Integer, String> names = new HashMap<>();
    static String literal = "survivor";
    static Integer[] boxes = new Integer[1000];

    public static void main(String[] args) {
        for (int i = 0; i < 1000; i++) {
            names.put(i, "name" + i);
            boxes[i] = i * 1000;
        }
        Object local = new Object();
        int localHash = System.identityHashCode(local);
        int mapHash = System.identityHashCode(names);
        String built = new StringBuilder("surv").append("ivor").toString();
        String interned = built.intern();
        long churn = 0;
        for (int round = 0; round < 20; round++) {
            for (int g = 0; g < 20_000; g++) {
                String s = "tmp" + g;
                churn += s.length();
            }
            System.gc();
        }
        boolean ok = true;
        for (int i = 0; i < 1000; i++) {
            ok &= names.get(i).equals("name" + i);
            ok &= boxes[i] == i * 1000;
        }
        System.out.println("contents intact " + ok + " churn " + churn);
        System.out.println("identity hashes stable " + (localHash == System.identityHashCode(local))
                + " " + (mapHash == System.identityHashCode(names)));
        System.out.println("interned is the literal " + (interned == literal) + ", built is not " + (built != literal));
        Integer small = 127, small2 = 127;
        System.out.println("Integer cache survives " + (small == small2) + " " + Integer.valueOf(-128).equals(-128));
        System.out.println(names.get(999) + " " + boxes[999] + " " + literal);
    }
}
