// User-built linked data structures: a singly linked list of 200,000 nodes (built,
// reversed iteratively, summed, dropped), a binary search tree with insert/search/
// in-order traversal/height, and a doubly linked deque. Long chains of references test
// that nothing in the VM (e.g. the collector's marking) recurses per node.
public class LinkedStructures {
    static final class Node {
        final int value;
        Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static final class Tree {
        int key;
        Tree left, right;

        Tree(int key) {
            this.key = key;
        }

        static Tree insert(Tree t, int key) {
            if (t == null) return new Tree(key);
            Tree cur = t;
            while (true) {
                if (key < cur.key) {
                    if (cur.left == null) { cur.left = new Tree(key); break; }
                    cur = cur.left;
                } else if (key > cur.key) {
                    if (cur.right == null) { cur.right = new Tree(key); break; }
                    cur = cur.right;
                } else {
                    break;
                }
            }
            return t;
        }

        static boolean contains(Tree t, int key) {
            while (t != null) {
                if (key == t.key) return true;
                t = key < t.key ? t.left : t.right;
            }
            return false;
        }

        static int height(Tree t) {
            return t == null ? 0 : 1 + Math.max(height(t.left), height(t.right));
        }

        static void inOrder(Tree t, StringBuilder sb, int[] limit) {
            if (t == null || limit[0] <= 0) return;
            inOrder(t.left, sb, limit);
            if (limit[0]-- > 0) sb.append(t.key).append(' ');
            inOrder(t.right, sb, limit);
        }
    }

    static final class Deque {
        static final class Cell {
            final String item;
            Cell prev, next;

            Cell(String item) {
                this.item = item;
            }
        }

        Cell head, tail;
        int size;

        void addFirst(String s) {
            Cell c = new Cell(s);
            c.next = head;
            if (head != null) head.prev = c; else tail = c;
            head = c;
            size++;
        }

        void addLast(String s) {
            Cell c = new Cell(s);
            c.prev = tail;
            if (tail != null) tail.next = c; else head = c;
            tail = c;
            size++;
        }

        String removeFirst() {
            Cell c = head;
            head = c.next;
            if (head != null) head.prev = null; else tail = null;
            size--;
            return c.item;
        }

        String removeLast() {
            Cell c = tail;
            tail = c.prev;
            if (tail != null) tail.next = null; else head = null;
            size--;
            return c.item;
        }
    }

    public static void main(String[] args) {
        Node list = null;
        for (int i = 0; i < 200_000; i++) list = new Node(i, list);
        long sum = 0;
        int count = 0;
        for (Node n = list; n != null; n = n.next) {
            sum += n.value;
            count++;
        }
        System.out.println("list count " + count + " sum " + sum + " head " + list.value);
        Node prev = null, cur = list;
        while (cur != null) {
            Node next = cur.next;
            cur.next = prev;
            prev = cur;
            cur = next;
        }
        list = prev;
        System.out.println("reversed head " + list.value + " second " + list.next.value);
        // garbage: build and drop more lists while keeping the first one alive
        for (int round = 0; round < 5; round++) {
            Node tmp = null;
            for (int i = 0; i < 50_000; i++) tmp = new Node(i * round, tmp);
            System.out.println("round " + round + " tmp head " + tmp.value);
        }
        int check = 0;
        for (Node n = list; n != null; n = n.next) check += n.value;
        System.out.println("first list intact " + (check == (int) sum));
        list = null;

        Tree root = null;
        int seed = 7;
        for (int i = 0; i < 5000; i++) {
            seed = seed * 1103515245 + 12345;
            root = Tree.insert(root, (seed >>> 12) % 100000);
        }
        StringBuilder sb = new StringBuilder();
        Tree.inOrder(root, sb, new int[] { 15 });
        System.out.println("tree smallest " + sb.toString().trim());
        System.out.println("tree height " + Tree.height(root) + " contains root " + Tree.contains(root, root.key) + " contains -1 " + Tree.contains(root, -1));
        Tree degenerate = null;
        for (int i = 0; i < 3000; i++) degenerate = Tree.insert(degenerate, i);
        System.out.println("degenerate tree contains 2999 " + Tree.contains(degenerate, 2999));

        Deque d = new Deque();
        for (int i = 0; i < 5; i++) {
            d.addLast("L" + i);
            d.addFirst("F" + i);
        }
        StringBuilder out = new StringBuilder();
        while (d.size > 2) out.append(d.removeFirst()).append(' ').append(d.removeLast()).append(" | ");
        System.out.println("deque " + out + "left " + d.size);
    }
}
