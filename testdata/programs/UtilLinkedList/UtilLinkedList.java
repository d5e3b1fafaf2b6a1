import java.util.*;

public class UtilLinkedList {
    public static void main(String[] args) {
        LinkedList<Integer> ll = new LinkedList<>();
        for (int i = 0; i < 10; i++) {
            if (i % 2 == 0) ll.addFirst(i); else ll.addLast(i);
        }
        System.out.println("list " + ll);
        System.out.println("getFirst " + ll.getFirst() + " getLast " + ll.getLast());
        System.out.println("peekFirst " + ll.peekFirst() + " peekLast " + ll.peekLast());
        System.out.println("removeFirst " + ll.removeFirst() + " removeLast " + ll.removeLast());
        System.out.println("poll " + ll.poll() + " pollLast " + ll.pollLast());
        System.out.println("now " + ll + " size " + ll.size());
        ll.push(100);
        ll.offer(200);
        ll.offerFirst(300);
        ll.offerLast(400);
        System.out.println("after push/offer " + ll);
        System.out.println("pop " + ll.pop() + " element " + ll.element() + " peek " + ll.peek());
        ll.add(3, 55);
        System.out.println("add(3,55) " + ll + " get(3)=" + ll.get(3));
        ll.set(1, -1);
        System.out.println("set(1,-1) " + ll);
        ll.add(55);
        System.out.println("indexOf 55 " + ll.indexOf(55) + " lastIndexOf 55 " + ll.lastIndexOf(55));
        System.out.println("removeFirstOccurrence 55 " + ll.removeFirstOccurrence(55) + " " + ll);
        System.out.println("removeLastOccurrence 55 " + ll.removeLastOccurrence(55) + " " + ll);
        System.out.println("remove(Object) 200 " + ll.remove(Integer.valueOf(200)) + " remove(idx 0) " + ll.remove(0));
        System.out.println("now " + ll);
        Iterator<Integer> desc = ll.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) sb.append(desc.next()).append(' ');
        System.out.println("descending: " + sb.toString().trim());
        ListIterator<Integer> it = ll.listIterator();
        while (it.hasNext()) {
            int idx = it.nextIndex();
            int v = it.next();
            if (v % 2 == 0) it.set(v * 10);
            else if (v == 1) it.remove();
            else it.add(-idx);
        }
        System.out.println("after listIterator edit " + ll);
        ListIterator<Integer> back = ll.listIterator(ll.size());
        sb.setLength(0);
        while (back.hasPrevious()) {
            sb.append(back.previousIndex()).append(':').append(back.previous()).append(' ');
        }
        System.out.println("backwards " + sb.toString().trim());
        LinkedList<String> empty = new LinkedList<>();
        System.out.println("empty poll " + empty.poll() + " peek " + empty.peek() + " pollFirst " + empty.pollFirst());
        try {
            empty.getFirst();
        } catch (NoSuchElementException e) {
            System.out.println("getFirst on empty: " + e.getClass().getName());
        }
        try {
            empty.removeLast();
        } catch (NoSuchElementException e) {
            System.out.println("removeLast on empty: " + e.getClass().getName());
        }
        try {
            empty.element();
        } catch (NoSuchElementException e) {
            System.out.println("element on empty: " + e.getClass().getName());
        }
        // Queue simulation
        Queue<String> q = new LinkedList<>();
        for (String s : "the quick brown fox jumps over the lazy dog".split(" ")) q.add(s);
        int round = 0;
        while (q.size() > 1) {
            String a = q.remove();
            String b = q.remove();
            String m = a.length() >= b.length() ? a + "+" + b : b + "+" + a;
            if (m.length() < 20) q.add(m);
            System.out.println("round " + (round++) + ": " + q);
        }
        // big list
        LinkedList<Integer> big = new LinkedList<>();
        for (int i = 0; i < 2000; i++) big.add(i);
        Iterator<Integer> bi = big.iterator();
        while (bi.hasNext()) if (bi.next() % 3 != 0) bi.remove();
        System.out.println("big size " + big.size() + " first " + big.getFirst() + " last " + big.getLast() + " mid " + big.get(333));
        LinkedList<Integer> copy = new LinkedList<>(big.subList(10, 15));
        System.out.println("copy " + copy + " equals ArrayList " + copy.equals(new ArrayList<>(copy)));
        Collections.reverse(copy);
        System.out.println("reversed " + copy);
        Object[] arr = copy.toArray();
        System.out.println("toArray " + Arrays.toString(arr));
        copy.clear();
        System.out.println("cleared " + copy + " " + copy.size());
    }
}
