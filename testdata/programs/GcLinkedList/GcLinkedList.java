// A million-node linked list kept alive across many collections, with garbage made
// in between: every node must survive with its value, and marking the chain must not
// recurse per node.
public class GcLinkedList {
    static final class Node {
        final int value;
        final Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static long sum(Node n) {
        long s = 0;
        int count = 0;
        for (; n != null; n = n.next) {
            s += n.value;
            count++;
        }
        return s * 1_000_000_007L + count;
    }

    public static void main(String[] args) {
        Node head = null;
        for (int i = 0; i < 1_000_000; i++) {
            head = new Node(i, head);
            if (i % 100_000 == 0) {
                for (int g = 0; g < 10_000; g++) {
                    int[] garbage = new int[16];
                    garbage[0] = g;
                }
            }
        }
        long before = sum(head);
        for (int round = 0; round < 5; round++) {
            System.gc();
            StringBuilder sb = new StringBuilder();
            for (int g = 0; g < 50_000; g++) sb.append((char) ('a' + g % 26));
            System.out.println("round " + round + " garbage " + sb.length() + " intact " + (sum(head) == before));
        }
        System.out.println("head " + head.value + " checksum " + before);
    }
}
