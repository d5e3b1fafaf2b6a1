// Loops of every shape: for, while, do-while, for-each over arrays, nested loops with
// labeled break and continue, loops with early return, and countdown loops.
public class LabeledLoops {
    static String findPair(int[] a, int target) {
        outer:
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                if (a[i] + a[j] == target) {
                    return i + "," + j;
                }
                if (a[i] + a[j] > 1000) break outer;
            }
        }
        return "none";
    }

    static int primesBelow(int n) {
        int count = 0;
        candidates:
        for (int c = 2; c < n; c++) {
            for (int d = 2; d * d <= c; d++) {
                if (c % d == 0) continue candidates;
            }
            count++;
        }
        return count;
    }

    public static void main(String[] args) {
        int[] a = { 3, 9, 14, 2, 7, 11, 5 };
        System.out.println("pair 16: " + findPair(a, 16));
        System.out.println("pair 25: " + findPair(a, 25));
        System.out.println("pair 99: " + findPair(a, 99));
        System.out.println("primes below 100: " + primesBelow(100));
        System.out.println("primes below 1000: " + primesBelow(1000));

        // labeled block (not a loop)
        block:
        {
            System.out.println("in block");
            if (a.length > 3) break block;
            System.out.println("not printed");
        }

        // triangle with labeled continue on the outer loop
        StringBuilder sb = new StringBuilder();
        rows:
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                if (j > i) {
                    sb.append('\n');
                    continue rows;
                }
                sb.append(i * j).append(' ');
            }
            sb.append("|\n");
        }
        System.out.print(sb);

        // while with break, do-while runs at least once
        int n = 27, steps = 0;
        while (true) {
            if (n == 1) break;
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            steps++;
        }
        System.out.println("collatz 27 steps " + steps);
        int k = 100;
        do {
            k += 5;
        } while (k < 50);
        System.out.println("do-while k " + k);

        // three nested loops with labels at two levels
        int found = 0;
        a:
        for (int x = 1; x < 30; x++) {
            b:
            for (int y = x; y < 30; y++) {
                for (int z = y; z < 30; z++) {
                    if (x * x + y * y == z * z) {
                        System.out.println("triple " + x + " " + y + " " + z);
                        found++;
                        if (found == 6) break a;
                        continue b;
                    }
                }
            }
        }
        // countdown loops with different types
        for (long L = 3; L > 0; L--) System.out.print(L + " ");
        for (char c = 'e'; c >= 'a'; c -= 2) System.out.print(c + " ");
        for (double d = 1.0; d > 0.1; d /= 2) System.out.print(d + " ");
        System.out.println();
        // empty-bodied loop and comma expressions
        int i, j;
        for (i = 0, j = 10; i < j; i++, j--) ;
        System.out.println("met at " + i + " " + j);
        // for-each over 2D array with break in inner
        int[][] grid = { {1, 2, 3}, {4, -1, 6}, {7, 8, 9} };
        int total = 0;
        for (int[] row : grid) {
            for (int v : row) {
                if (v < 0) break;
                total += v;
            }
        }
        System.out.println("grid total " + total);
    }
}
