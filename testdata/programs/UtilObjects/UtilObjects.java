import java.util.*;

public class UtilObjects {
    static final class Point {
        final int x, y;
        final String label;
        Point(int x, int y, String label) { this.x = x; this.y = y; this.label = label; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y && Objects.equals(label, p.label);
        }
        @Override public int hashCode() { return Objects.hash(x, y, label); }
        @Override public String toString() { return "Point(" + x + "," + y + "," + Objects.toString(label, "-") + ")"; }
    }

    public static void main(String[] args) {
        System.out.println("equals " + Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals(null, "a") + " " + Objects.equals("a", new String("a")));
        System.out.println("deepEquals " + Objects.deepEquals(new int[]{1, 2}, new int[]{1, 2}) + " " + Objects.equals(new int[]{1}, new int[]{1}) + " " + Objects.deepEquals(new String[][]{{"a"}}, new String[][]{{"a"}}));
        System.out.println("hashCode " + Objects.hashCode(null) + " " + Objects.hashCode("abc") + " " + Objects.hashCode(42));
        System.out.println("hash " + Objects.hash() + " " + Objects.hash(1) + " " + Objects.hash(1, 2, 3) + " " + Objects.hash("a", null, 2.5) + " " + Objects.hash((Object) null));
        System.out.println("toString " + Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.toString(12, "dflt") + " " + Objects.toString(List.of(1, 2)));
        System.out.println("isNull " + Objects.isNull(null) + " " + Objects.isNull("") + " nonNull " + Objects.nonNull(null) + " " + Objects.nonNull(""));
        System.out.println("requireNonNullElse " + Objects.requireNonNullElse(null, "else") + " " + Objects.requireNonNullElse("val", "else") + " elseGet " + Objects.requireNonNullElseGet(null, () -> "got"));
        System.out.println("compare " + Objects.compare("a", "b", Comparator.naturalOrder()) + " " + Objects.compare(null, null, Comparator.<String>naturalOrder()) + " " + Objects.compare(5, 3, Comparator.<Integer>naturalOrder()));
        try {
            Objects.requireNonNull(null);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getClass().getName() + " message " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, "thing must not be null");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull msg: " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, () -> "supplied " + 7);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull supplier: " + e.getMessage());
        }
        try {
            Objects.requireNonNullElse(null, null);
        } catch (NullPointerException e) {
            System.out.println("requireNonNullElse both null: " + e.getMessage());
        }
        System.out.println("checkIndex " + Objects.checkIndex(2, 5));
        int[][] bad = {{5, 5}, {-1, 3}, {0, 0}};
        for (int[] b : bad) {
            try {
                Objects.checkIndex(b[0], b[1]);
            } catch (IndexOutOfBoundsException e) {
                System.out.println("checkIndex(" + b[0] + "," + b[1] + "): " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        try {
            Objects.checkFromToIndex(3, 2, 10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkFromToIndex: " + e.getMessage());
        }
        try {
            Objects.checkFromIndexSize(8, 5, 10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkFromIndexSize: " + e.getMessage());
        }
        System.out.println("checkFromToIndex ok " + Objects.checkFromToIndex(2, 5, 10) + " checkFromIndexSize ok " + Objects.checkFromIndexSize(2, 5, 10));
        Point a = new Point(1, 2, "a");
        Point b = new Point(1, 2, "a");
        Point c = new Point(1, 2, null);
        Point d = new Point(2, 1, "a");
        System.out.println(a + " " + c + " equals " + a.equals(b) + " " + a.equals(c) + " " + c.equals(new Point(1, 2, null)) + " " + a.equals(d));
        System.out.println("hashes " + a.hashCode() + " " + b.hashCode() + " " + c.hashCode() + " " + d.hashCode());
        Map<Point, String> byPoint = new HashMap<>();
        for (int x = 0; x < 4; x++) for (int y = 0; y < 3; y++) byPoint.put(new Point(x, y, x % 2 == 0 ? "e" : null), x + ":" + y);
        System.out.println("point map " + byPoint);
        System.out.println("lookup " + byPoint.get(new Point(2, 1, "e")) + " " + byPoint.get(new Point(3, 2, null)) + " " + byPoint.get(new Point(3, 2, "e")));
        Set<Point> ps = new HashSet<>(byPoint.keySet());
        ps.add(new Point(0, 0, "e"));
        System.out.println("set size " + ps.size());
        Object[] vals = {null, "s", 1, 2L, 3.5, 'c', true, new int[0].length};
        StringBuilder sb = new StringBuilder();
        for (Object v : vals) sb.append(Objects.hashCode(v)).append(' ');
        System.out.println("hashCodes " + sb.toString().trim());
        System.out.println("Arrays.hashCode == Objects.hash " + (Arrays.hashCode(new Object[]{1, "x"}) == Objects.hash(1, "x")));
    }
}
