import java.util.*;

public class UtilArrayDeque {
    public static void main(String[] args) {
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 40; i++) {
            if (i % 3 == 0) dq.addFirst(i);
            else dq.addLast(i);
        }
        System.out.println("deque " + dq);
        System.out.println("size " + dq.size() + " first " + dq.peekFirst() + " last " + dq.peekLast());
        for (int i = 0; i < 10; i++) {
            System.out.print(dq.pollFirst() + "," + dq.pollLast() + " ");
        }
        System.out.println();
        System.out.println("after polls " + dq);
        // wrap-around behaviour
        ArrayDeque<String> ring = new ArrayDeque<>(4);
        for (int i = 0; i < 100; i++) {
            ring.offerLast("v" + i);
            if (ring.size() > 5) ring.pollFirst();
            if (i % 17 == 0) System.out.println("ring at " + i + ": " + ring);
        }
        System.out.println("ring final " + ring);
        // stack usage
        ArrayDeque<Character> stack = new ArrayDeque<>();
        String[] tests = {"()", "([]{})", "(]", "((())", "{[()()]}", "", "}{"};
        for (String t : tests) {
            stack.clear();
            boolean ok = true;
            for (char c : t.toCharArray()) {
                if (c == '(' || c == '[' || c == '{') stack.push(c);
                else {
                    Character top = stack.poll();
                    if (top == null || (c == ')' && top != '(') || (c == ']' && top != '[') || (c == '}' && top != '{')) {
                        ok = false;
                        break;
                    }
                }
            }
            if (!stack.isEmpty()) ok = false;
            System.out.println("balanced \"" + t + "\" = " + ok);
        }
        ArrayDeque<Integer> d2 = new ArrayDeque<>(Arrays.asList(5, 1, 4, 1, 5, 9, 2, 6));
        System.out.println("d2 " + d2 + " contains 9 " + d2.contains(9) + " contains 7 " + d2.contains(7));
        System.out.println("removeFirstOccurrence 1 " + d2.removeFirstOccurrence(1) + " " + d2);
        System.out.println("removeLastOccurrence 5 " + d2.removeLastOccurrence(5) + " " + d2);
        System.out.println("remove(4) " + d2.remove(4) + " " + d2);
        System.out.println("pop " + d2.pop() + " push 42");
        d2.push(42);
        System.out.println("element " + d2.element() + " getLast " + d2.getLast());
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = d2.descendingIterator(); it.hasNext(); ) sb.append(it.next()).append(' ');
        System.out.println("descending " + sb);
        Iterator<Integer> it = d2.iterator();
        while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
        System.out.println("odd only " + d2);
        d2.removeIf(x -> x > 4);
        System.out.println("removeIf >4 " + d2);
        System.out.println("toArray " + Arrays.toString(d2.toArray(new Integer[0])));
        ArrayDeque<Integer> e = new ArrayDeque<>();
        System.out.println("empty poll " + e.poll() + " peek " + e.peek() + " pollLast " + e.pollLast());
        try {
            e.pop();
        } catch (NoSuchElementException ex) {
            System.out.println("pop empty " + ex.getClass().getName());
        }
        try {
            e.addFirst(null);
        } catch (NullPointerException ex) {
            System.out.println("addFirst null " + ex.getClass().getName());
        }
        try {
            e.getFirst();
        } catch (NoSuchElementException ex) {
            System.out.println("getFirst empty " + ex.getClass().getName());
        }
        // sliding window maximum
        int[] data = {1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 8, 0, -5, 4};
        int k = 3;
        ArrayDeque<Integer> win = new ArrayDeque<>();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < data.length; i++) {
            while (!win.isEmpty() && win.peekFirst() <= i - k) win.pollFirst();
            while (!win.isEmpty() && data[win.peekLast()] <= data[i]) win.pollLast();
            win.offerLast(i);
            if (i >= k - 1) out.append(data[win.peekFirst()]).append(' ');
        }
        System.out.println("window max " + out.toString().trim());
        ArrayDeque<Integer> cl = d2.clone();
        cl.add(1000);
        System.out.println("clone " + cl + " orig " + d2);
    }
}
