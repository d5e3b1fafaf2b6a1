// Recursion: Ackermann (deep and branchy), Towers of Hanoi move listing, mutual recursion
// (isEven/isOdd), recursive string permutations, power set via recursion, and the
// McCarthy 91 function; recursion depths stay in the low thousands.
public class Recursion {
    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static int hanoiMoves;
    static StringBuilder hanoiLog = new StringBuilder();

    static void hanoi(int n, char from, char to, char via) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to);
        hanoiMoves++;
        if (hanoiMoves <= 7) hanoiLog.append(from).append("->").append(to).append(' ');
        hanoi(n - 1, via, to, from);
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static void permutations(String prefix, String rest, StringBuilder out) {
        if (rest.isEmpty()) {
            out.append(prefix).append(' ');
            return;
        }
        for (int i = 0; i < rest.length(); i++) {
            permutations(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
        }
    }

    static int subsetsWithSum(int[] items, int index, int target) {
        if (index == items.length) return target == 0 ? 1 : 0;
        return subsetsWithSum(items, index + 1, target) + subsetsWithSum(items, index + 1, target - items[index]);
    }

    static int mc91(int n) {
        return n > 100 ? n - 10 : mc91(mc91(n + 11));
    }

    static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    public static void main(String[] args) {
        for (int m = 0; m <= 2; m++)
            for (int n = 0; n <= 3; n++)
                System.out.println("ackermann(" + m + "," + n + ") = " + ackermann(m, n));
        System.out.println("ackermann(3,5) = " + ackermann(3, 5));
        hanoi(12, 'A', 'C', 'B');
        System.out.println("hanoi(12) moves " + hanoiMoves + " first " + hanoiLog.toString().trim());
        System.out.println("isEven(1000) " + isEven(1000) + " isOdd(777) " + isOdd(777));
        StringBuilder perms = new StringBuilder();
        permutations("", "abcd", perms);
        System.out.println("permutations " + perms.toString().trim());
        int[] items = { 3, 34, 4, 12, 5, 2, 7, 9, 11, 1, 8, 6 };
        System.out.println("subsets summing to 20: " + subsetsWithSum(items, 0, 20));
        StringBuilder mc = new StringBuilder();
        for (int n = 85; n <= 105; n += 5) mc.append(mc91(n)).append(' ');
        System.out.println("mc91 " + mc.toString().trim());
        System.out.println("gcd " + gcd(1071, 462) + " " + gcd(1L << 40, 6L << 20) + " " + gcd(17, 5));
        System.out.println("depth 5000 " + depth(5000));
    }
}
