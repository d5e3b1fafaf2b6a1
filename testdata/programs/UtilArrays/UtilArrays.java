import java.util.*;

public class UtilArrays {
    public static void main(String[] args) {
        int[] a = new int[8];
        Arrays.fill(a, 7);
        System.out.println("fill " + Arrays.toString(a));
        Arrays.fill(a, 2, 5, -1);
        System.out.println("fill range " + Arrays.toString(a));
        Arrays.setAll(a, i -> i * i);
        System.out.println("setAll " + Arrays.toString(a));
        int[] b = Arrays.copyOf(a, 5);
        int[] c = Arrays.copyOf(a, 12);
        int[] d = Arrays.copyOfRange(a, 3, 6);
        int[] e = Arrays.copyOfRange(a, 6, 10);
        System.out.println("copyOf short " + Arrays.toString(b) + " long " + Arrays.toString(c));
        System.out.println("copyOfRange " + Arrays.toString(d) + " past end " + Arrays.toString(e));
        String[] s = {"x", "y", "z"};
        String[] s2 = Arrays.copyOf(s, 5);
        System.out.println("copyOf objects " + Arrays.toString(s2) + " " + s2.getClass().getSimpleName());
        Object[] o = Arrays.copyOf(s, 2, Object[].class);
        System.out.println("copyOf newType " + o.getClass().getSimpleName() + " " + Arrays.toString(o));
        System.out.println("boolean copy " + Arrays.toString(Arrays.copyOf(new boolean[]{true}, 3)));
        System.out.println("char copy " + Arrays.toString(Arrays.copyOf("hi".toCharArray(), 3)).replace('\0', '0'));
        System.out.println("double copy " + Arrays.toString(Arrays.copyOf(new double[]{1.5}, 2)));
        System.out.println("long copy " + Arrays.toString(Arrays.copyOfRange(new long[]{1, 2, 3}, 1, 3)));
        try {
            Arrays.copyOfRange(a, 5, 2);
        } catch (IllegalArgumentException ex) {
            System.out.println("copyOfRange bad: " + ex.getClass().getName() + ": " + ex.getMessage());
        }
        try {
            Arrays.copyOf(a, -1);
        } catch (NegativeArraySizeException ex) {
            System.out.println("copyOf negative: " + ex.getClass().getName());
        }
        List<String> asl = Arrays.asList("one", "two", "three");
        System.out.println("asList " + asl + " size " + asl.size() + " class " + (asl instanceof RandomAccess));
        String[] backing = {"p", "q", "r"};
        List<String> view = Arrays.asList(backing);
        view.set(1, "Q");
        backing[2] = "R";
        System.out.println("write-through " + view + " " + Arrays.toString(backing));
        try {
            view.add("s");
        } catch (UnsupportedOperationException ex) {
            System.out.println("asList add: " + ex.getClass().getName());
        }
        try {
            view.remove(0);
        } catch (UnsupportedOperationException ex) {
            System.out.println("asList remove: " + ex.getClass().getName());
        }
        System.out.println("asList(int[]) size " + Arrays.asList(new int[]{1, 2, 3}).size());
        System.out.println("equals int " + Arrays.equals(new int[]{1, 2}, new int[]{1, 2}) + " " + Arrays.equals(new int[]{1, 2}, new int[]{2, 1}) + " " + Arrays.equals((int[]) null, null));
        System.out.println("equals double NaN " + Arrays.equals(new double[]{Double.NaN}, new double[]{Double.NaN}) + " zeros " + Arrays.equals(new double[]{0.0}, new double[]{-0.0}));
        System.out.println("equals objects " + Arrays.equals(new String[]{"a", null}, new String[]{"a", null}) + " range " + Arrays.equals(new int[]{1, 2, 3, 4}, 1, 3, new int[]{9, 2, 3}, 1, 3));
        System.out.println("hashCode int " + Arrays.hashCode(new int[]{1, 2, 3}) + " long " + Arrays.hashCode(new long[]{1L << 40, -1}) + " double " + Arrays.hashCode(new double[]{1.5, -0.0})
            + " bool " + Arrays.hashCode(new boolean[]{true, false}) + " char " + Arrays.hashCode("abc".toCharArray()) + " byte " + Arrays.hashCode(new byte[]{-1, 1})
            + " short " + Arrays.hashCode(new short[]{300}) + " float " + Arrays.hashCode(new float[]{0.5f}) + " obj " + Arrays.hashCode(new Object[]{"a", 1, null}) + " null " + Arrays.hashCode((int[]) null));
        System.out.println("hash equals List hash " + (Arrays.hashCode(new Object[]{"a", "b"}) == Arrays.asList("a", "b").hashCode()));
        Object[] nested = {new int[]{1, 2}, new String[]{"a", "b"}, new Object[]{new long[]{3}, null, "s"}, 5, new double[][]{{1.0}, {2.0, 3.0}}};
        System.out.println("deepToString " + Arrays.deepToString(nested));
        Object[] selfRef = new Object[2];
        selfRef[0] = "me";
        selfRef[1] = selfRef;
        System.out.println("deepToString self " + Arrays.deepToString(selfRef));
        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i][j] = i * j;
        System.out.println("grid " + Arrays.deepToString(grid));
        int[][] grid2 = {{0, 0, 0, 0}, {0, 1, 2, 3}, {0, 2, 4, 6}};
        System.out.println("deepEquals " + Arrays.deepEquals(grid, grid2) + " equals " + Arrays.equals(grid, grid2) + " deepHashCode same " + (Arrays.deepHashCode(grid) == Arrays.deepHashCode(grid2)) + " " + Arrays.deepHashCode(grid));
        System.out.println("toString variants " + Arrays.toString(new boolean[]{true, false}) + Arrays.toString(new byte[]{-128, 127}) + Arrays.toString(new short[]{-5})
            + Arrays.toString(new long[]{Long.MIN_VALUE}) + Arrays.toString(new float[]{1.5f, -2f}) + Arrays.toString(new char[]{'a', 'b'}) + Arrays.toString(new int[0]) + Arrays.toString((Object[]) null));
        int[] sorted = {-9, -4, 0, 3, 3, 3, 8, 15, 22, 40};
        for (int key : new int[]{-10, -9, 0, 3, 5, 40, 41}) {
            int idx = Arrays.binarySearch(sorted, key);
            System.out.println("binarySearch " + key + " -> " + idx + (idx < 0 ? " insertion point " + (-idx - 1) : ""));
        }
        System.out.println("binarySearch range " + Arrays.binarySearch(sorted, 2, 6, 15) + " " + Arrays.binarySearch(sorted, 2, 6, 0));
        String[] ss = {"ant", "bee", "cat", "dog", "eel"};
        System.out.println("binarySearch strings " + Arrays.binarySearch(ss, "cat") + " " + Arrays.binarySearch(ss, "cow"));
        String[] rs = {"eel", "dog", "cat", "bee", "ant"};
        System.out.println("binarySearch with cmp " + Arrays.binarySearch(rs, "bee", Comparator.reverseOrder()));
        System.out.println("binarySearch double " + Arrays.binarySearch(new double[]{0.5, 1.5, 2.5}, 1.5) + " char " + Arrays.binarySearch("aceg".toCharArray(), 'd') + " long " + Arrays.binarySearch(new long[]{1, 5, 9}, 9L));
        System.out.println("compare " + Arrays.compare(new int[]{1, 2, 3}, new int[]{1, 2, 4}) + " " + Arrays.compare(new int[]{1, 2}, new int[]{1, 2, 0}) + " " + Arrays.compare(new int[]{5}, new int[]{1, 2}));
        System.out.println("mismatch " + Arrays.mismatch(new int[]{1, 2, 3}, new int[]{1, 2, 4}) + " " + Arrays.mismatch(new int[]{1, 2}, new int[]{1, 2}) + " " + Arrays.mismatch(new char[]{'a'}, new char[]{'a', 'b'}));
        long[] pref = {1, 2, 3, 4, 5, 6};
        Arrays.parallelPrefix(pref, Long::sum);
        System.out.println("prefix " + Arrays.toString(pref));
        Integer[] boxes = new Integer[5];
        Arrays.setAll(boxes, i -> 10 - i);
        Arrays.fill(boxes, 1, 3, 0);
        System.out.println("boxes " + Arrays.toString(boxes));
        char[] chars = new char[6];
        Arrays.fill(chars, '*');
        System.out.println("chars " + new String(chars));
        double[] dd = new double[4];
        Arrays.setAll(dd, i -> i * 0.5);
        System.out.println("doubles " + Arrays.toString(dd));
    }
}
