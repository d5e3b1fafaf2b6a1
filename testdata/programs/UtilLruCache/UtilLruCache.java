import java.util.*;
import java.util.function.*;

public class UtilLruCache {
    static final class LruCache<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        final List<K> evicted = new ArrayList<>();
        LruCache(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            if (size() > capacity) {
                evicted.add(eldest.getKey());
                return true;
            }
            return false;
        }
    }

    // A hand-written LRU with HashMap + doubly linked list, checked against the LinkedHashMap one.
    static final class ManualLru {
        final class Node {
            int key, val;
            Node prev, next;
        }
        final Map<Integer, Node> map = new HashMap<>();
        final Node head = new Node(), tail = new Node();
        final int cap;
        ManualLru(int cap) { this.cap = cap; head.next = tail; tail.prev = head; }
        void unlink(Node n) { n.prev.next = n.next; n.next.prev = n.prev; }
        void pushBack(Node n) { n.prev = tail.prev; n.next = tail; tail.prev.next = n; tail.prev = n; }
        Integer get(int k) {
            Node n = map.get(k);
            if (n == null) return null;
            unlink(n);
            pushBack(n);
            return n.val;
        }
        void put(int k, int v) {
            Node n = map.get(k);
            if (n != null) {
                n.val = v;
                unlink(n);
                pushBack(n);
                return;
            }
            n = new Node();
            n.key = k;
            n.val = v;
            map.put(k, n);
            pushBack(n);
            if (map.size() > cap) {
                Node old = head.next;
                unlink(old);
                map.remove(old.key);
            }
        }
        String order() {
            StringBuilder sb = new StringBuilder("{");
            for (Node n = head.next; n != tail; n = n.next) {
                if (sb.length() > 1) sb.append(", ");
                sb.append(n.key).append('=').append(n.val);
            }
            return sb.append('}').toString();
        }
    }

    static int computeCalls = 0;

    static long slowSquare(int x) {
        computeCalls++;
        return (long) x * x;
    }

    public static void main(String[] args) {
        LruCache<String, Integer> c = new LruCache<>(3);
        String[] ops = {"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put e 5", "put a 10", "get d", "get a", "put f 6", "get e"};
        for (String op : ops) {
            String[] p = op.split(" ");
            if (p[0].equals("put")) {
                c.put(p[1], Integer.parseInt(p[2]));
                System.out.println(op + " -> " + c);
            } else {
                System.out.println(op + " = " + c.get(p[1]) + " -> " + c);
            }
        }
        System.out.println("evicted " + c.evicted);
        // memoization with computeIfAbsent on a bounded cache
        LruCache<Integer, Long> memo = new LruCache<>(5);
        Function<Integer, Long> f = k -> slowSquare(k);
        int[] requests = {1, 2, 3, 1, 4, 5, 6, 1, 2, 7, 7, 3, 8, 1, 9, 2};
        StringBuilder sb = new StringBuilder();
        for (int r : requests) sb.append(memo.computeIfAbsent(r, f)).append(' ');
        System.out.println("memo results " + sb.toString().trim());
        System.out.println("compute calls " + computeCalls + " cache " + memo.keySet() + " evicted " + memo.evicted);
        // randomized cross-check
        Random rnd = new Random(2718);
        LruCache<Integer, Integer> a = new LruCache<>(8);
        ManualLru b = new ManualLru(8);
        int hitsA = 0, hitsB = 0, mismatches = 0;
        for (int i = 0; i < 5000; i++) {
            int k = rnd.nextInt(20);
            if (rnd.nextInt(3) == 0) {
                int v = rnd.nextInt(1000);
                a.put(k, v);
                b.put(k, v);
            } else {
                Integer va = a.get(k);
                Integer vb = b.get(k);
                if (va != null) hitsA++;
                if (vb != null) hitsB++;
                if (!Objects.equals(va, vb)) mismatches++;
            }
            if (i % 1000 == 999) {
                System.out.println("step " + (i + 1) + " linked " + a + " manual " + b.order() + " same " + a.toString().equals(b.order()));
            }
        }
        System.out.println("hits " + hitsA + " " + hitsB + " mismatches " + mismatches + " evictions " + a.evicted.size());
        // cache with access order iteration
        LruCache<String, String> pages = new LruCache<>(4);
        for (String url : "/home /about /home /contact /blog /home /shop /about /blog".split(" ")) {
            pages.merge(url, "v", (o, n) -> o + n);
            System.out.println("visit " + url + " -> " + pages);
        }
        System.out.println("most recent first:");
        List<String> keys = new ArrayList<>(pages.keySet());
        Collections.reverse(keys);
        for (String k : keys) System.out.println("  " + k + " " + pages.get(k).length());
    }
}
