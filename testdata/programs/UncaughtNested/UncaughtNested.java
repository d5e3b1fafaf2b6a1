// An exception thrown several calls deep (instance method, static method, constructor,
// nested class) so the uncaught stack trace has many frames.
public class UncaughtNested {
    static class Node {
        final int value;
        final Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }

        int sumUntilNegative() {
            if (value < 0) {
                throw new ArithmeticException("negative value " + value);
            }
            return value + (next == null ? 0 : next.sumUntilNegative());
        }
    }

    static Node build(int... values) {
        Node head = null;
        for (int i = values.length - 1; i >= 0; i--) head = new Node(values[i], head);
        return head;
    }

    static int total(Node n) {
        return n.sumUntilNegative();
    }

    public static void main(String[] args) {
        System.out.println("total " + total(build(1, 2, 3)));
        System.out.println("total " + total(build(4, 5, -6, 7)));
    }
}
