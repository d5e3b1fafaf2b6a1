import java.util.*;

public class UtilArrayList {
    public static void main(String[] args) {
        ArrayList<String> list = new ArrayList<>();
        System.out.println("empty: " + list + " size=" + list.size() + " isEmpty=" + list.isEmpty());
        for (int i = 0; i < 20; i++) {
            list.add("s" + i);
        }
        System.out.println("after adds: " + list);
        System.out.println("size=" + list.size());
        list.add(0, "first");
        list.add(5, "middle");
        System.out.println("after inserts: " + list);
        System.out.println("get(5)=" + list.get(5) + " get(0)=" + list.get(0));
        System.out.println("set returns " + list.set(3, "replaced"));
        System.out.println("remove(int) returns " + list.remove(1));
        System.out.println("remove(Object) s7: " + list.remove("s7") + ", missing: " + list.remove("zzz"));
        System.out.println("now: " + list);
        System.out.println("indexOf s10=" + list.indexOf("s10") + " lastIndexOf s10=" + list.lastIndexOf("s10") + " indexOf nope=" + list.indexOf("nope"));
        list.add("s10");
        System.out.println("lastIndexOf s10 after add=" + list.lastIndexOf("s10"));
        System.out.println("contains s3=" + list.contains("s3") + " contains s99=" + list.contains("s99"));
        List<String> sub = list.subList(2, 6);
        System.out.println("subList(2,6)=" + sub);
        sub.set(0, "SUB");
        System.out.println("after sub.set: " + list);
        sub.clear();
        System.out.println("after sub.clear: " + list + " size=" + list.size());
        list.addAll(Arrays.asList("x", "y", "z"));
        list.addAll(1, Arrays.asList("A", "B"));
        System.out.println("after addAll: " + list);
        list.removeAll(Arrays.asList("x", "A", "s12"));
        System.out.println("after removeAll: " + list);
        ArrayList<String> keep = new ArrayList<>(list);
        keep.retainAll(Arrays.asList("B", "y", "s15", "nothere"));
        System.out.println("retainAll: " + keep);
        System.out.println("containsAll: " + list.containsAll(keep) + " " + keep.containsAll(list));
        Object[] arr = keep.toArray();
        System.out.println("toArray length=" + arr.length + " first=" + arr[0]);
        String[] sarr = keep.toArray(new String[0]);
        System.out.println("toArray(T[]) " + Arrays.toString(sarr) + " " + sarr.getClass().getSimpleName());
        String[] big = new String[6];
        Arrays.fill(big, "old");
        String[] res = keep.toArray(big);
        System.out.println("toArray into bigger: same=" + (res == big) + " " + Arrays.toString(res));

        ArrayList<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 1000; i++) nums.add(i * 7 % 1000);
        long sum = 0;
        for (int n : nums) sum += n;
        System.out.println("nums size=" + nums.size() + " sum=" + sum + " get(999)=" + nums.get(999));
        nums.remove(Integer.valueOf(7));
        nums.remove(0);
        System.out.println("after removes size=" + nums.size() + " first=" + nums.get(0));
        ArrayList<Integer> a = new ArrayList<>(Arrays.asList(1, 2, 3));
        ArrayList<Integer> b = new ArrayList<>(Arrays.asList(1, 2, 3));
        LinkedList<Integer> c = new LinkedList<>(Arrays.asList(1, 2, 3));
        System.out.println("equals: " + a.equals(b) + " " + a.equals(c) + " hash " + a.hashCode() + " " + c.hashCode());
        b.add(null);
        System.out.println("with null: " + b + " contains null " + b.contains(null) + " hash " + b.hashCode());
        try {
            a.get(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("caught " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            a.add(10, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("caught " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            a.remove(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("caught " + e.getClass().getName());
        }
        @SuppressWarnings("unchecked")
        ArrayList<Integer> cl = (ArrayList<Integer>) a.clone();
        cl.add(4);
        System.out.println("clone " + cl + " original " + a);
        a.ensureCapacity(100);
        a.trimToSize();
        a.clear();
        System.out.println("cleared " + a + " " + a.isEmpty());
        ArrayList<Object> self = new ArrayList<>();
        self.add("a");
        self.add(self);
        System.out.println("self: " + self);
        ArrayList<List<Integer>> nested = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<Integer> row = new ArrayList<>();
            for (int j = 0; j <= i; j++) row.add(i * j);
            nested.add(row);
        }
        System.out.println("nested " + nested);
        ArrayList<Integer> forEachOut = new ArrayList<>();
        nested.forEach(r -> forEachOut.add(r.size()));
        System.out.println("sizes " + forEachOut);
    }
}
