import java.util.*;

public class UtilStringJoiner {
    public static void main(String[] args) {
        StringJoiner j = new StringJoiner(", ");
        System.out.println("empty [" + j + "] length " + j.length());
        j.add("one");
        System.out.println("one [" + j + "]");
        j.add("two").add("three");
        System.out.println("three [" + j + "] length " + j.length());
        StringJoiner p = new StringJoiner(" | ", "{", "}");
        System.out.println("prefix empty " + p + " length " + p.length());
        p.setEmptyValue("EMPTY");
        System.out.println("emptyValue " + p + " length " + p.length());
        p.add("a");
        System.out.println("after add " + p);
        p.add("");
        p.add(null);
        System.out.println("with empty and null " + p);
        StringJoiner q = new StringJoiner("-", "<", ">");
        q.add("x").add("y");
        p.merge(q);
        System.out.println("merged " + p);
        StringJoiner emptyOther = new StringJoiner("+");
        p.merge(emptyOther);
        System.out.println("merge empty " + p);
        StringJoiner e2 = new StringJoiner(",", "[", "]");
        e2.setEmptyValue("none");
        e2.add("");
        System.out.println("added empty string " + e2);
        System.out.println("String.join " + String.join("/", "usr", "local", "bin") + " " + String.join(", ", Arrays.asList("a", "b", "c")) + " [" + String.join("x", new ArrayList<String>()) + "]");
        System.out.println("join treeset " + String.join(" < ", new TreeSet<>(Arrays.asList("pear", "apple", "fig"))));
        StringJoiner csv = new StringJoiner("\n");
        String[][] rows = {{"name", "qty", "price"}, {"apple", "3", "1.25"}, {"bread", "1", "2.5"}, {"milk", "2", "0.99"}};
        for (String[] row : rows) {
            StringJoiner line = new StringJoiner(",");
            for (String cell : row) line.add(cell);
            csv.add(line.toString());
        }
        System.out.println(csv);
        for (int n = 0; n <= 5; n++) {
            StringJoiner sj = new StringJoiner(" + ", "sum(", ")");
            sj.setEmptyValue("zero");
            int total = 0;
            for (int i = 1; i <= n; i++) {
                sj.add(Integer.toString(i * i));
                total += i * i;
            }
            System.out.println(sj + " = " + total);
        }
        StringJoiner chars = new StringJoiner("");
        for (char c = 'a'; c <= 'z'; c += 3) chars.add(String.valueOf(c));
        System.out.println("no delimiter " + chars);
        StringJoiner cs = new StringJoiner(new StringBuilder("::"), new StringBuilder("("), new StringBuilder(")"));
        cs.add(new StringBuilder("sb1")).add("s2");
        System.out.println("CharSequence args " + cs);
        StringJoiner self = new StringJoiner(";");
        self.add("a").add("b");
        self.merge(self);
        System.out.println("merge self " + self);
        try {
            new StringJoiner(null);
        } catch (NullPointerException ex) {
            System.out.println("null delimiter: " + ex.getClass().getName());
        }
        StringJoiner big = new StringJoiner(",");
        for (int i = 0; i < 50; i++) big.add(Integer.toString(i));
        String bs = big.toString();
        System.out.println("big length " + bs.length() + " " + big.length() + " tail " + bs.substring(bs.length() - 20));
    }
}
