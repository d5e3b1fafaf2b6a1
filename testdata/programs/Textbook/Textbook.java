import java.util.*;
import java.util.stream.*;

// Classic CS1/CS2 exercises, written the way textbooks write them.
public class Textbook {
    static boolean isPalindrome(String s) {
        String clean = s.replaceAll("[^A-Za-z0-9]", "").toLowerCase();
        return new StringBuilder(clean).reverse().toString().equals(clean);
    }

    static boolean isAnagram(String a, String b) {
        char[] x = a.replace(" ", "").toLowerCase().toCharArray();
        char[] y = b.replace(" ", "").toLowerCase().toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    static Map<Integer, Long> memo = new HashMap<>();
    static long fib(int n) {
        if (n < 2) return n;
        if (memo.containsKey(n)) return memo.get(n);
        long r = fib(n - 1) + fib(n - 2);
        memo.put(n, r);
        return r;
    }

    static String toRoman(int num) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) while (num >= values[i]) { num -= values[i]; sb.append(symbols[i]); }
        return sb.toString();
    }

    static int fromRoman(String s) {
        Map<Character, Integer> v = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int cur = v.get(s.charAt(i));
            if (i + 1 < s.length() && cur < v.get(s.charAt(i + 1))) total -= cur; else total += cur;
        }
        return total;
    }

    static final String[] ONES = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    static String words(int n) {
        if (n == 0) return "zero";
        if (n < 0) return "minus " + words(-n);
        String r = "";
        if (n >= 1_000_000) { r += words(n / 1_000_000) + " million "; n %= 1_000_000; }
        if (n >= 1000) { r += words(n / 1000) + " thousand "; n %= 1000; }
        if (n >= 100) { r += ONES[n / 100] + " hundred "; n %= 100; }
        if (n >= 20) { r += TENS[n / 10] + (n % 10 != 0 ? "-" + ONES[n % 10] : ""); }
        else r += ONES[n];
        return r.trim();
    }

    static void hanoi(int n, char from, char to, char via, List<String> moves) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to, moves);
        moves.add(n + ":" + from + to);
        hanoi(n - 1, via, to, from, moves);
    }

    static void bubbleSort(int[] a) {
        boolean swapped;
        do {
            swapped = false;
            for (int i = 1; i < a.length; i++) if (a[i - 1] > a[i]) { int t = a[i]; a[i] = a[i - 1]; a[i - 1] = t; swapped = true; }
        } while (swapped);
    }

    static void insertionSort(String[] a) {
        for (int i = 1; i < a.length; i++) {
            String key = a[i];
            int j = i - 1;
            while (j >= 0 && a[j].compareToIgnoreCase(key) > 0) { a[j + 1] = a[j]; j--; }
            a[j + 1] = key;
        }
    }

    static void mergeSort(int[] a, int lo, int hi, int[] tmp) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(a, lo, mid, tmp);
        mergeSort(a, mid, hi, tmp);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static void quickSort(double[] a, int lo, int hi) {
        if (lo >= hi) return;
        double pivot = a[(lo + hi) / 2];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) { double t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        quickSort(a, lo, j);
        quickSort(a, i, hi);
    }

    static int binarySearch(int[] a, int key) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (a[mid] == key) return mid;
            if (a[mid] < key) lo = mid + 1; else hi = mid - 1;
        }
        return -(lo + 1);
    }

    static List<Integer> spiral(int[][] m) {
        List<Integer> out = new ArrayList<>();
        int top = 0, bottom = m.length - 1, left = 0, right = m[0].length - 1;
        while (top <= bottom && left <= right) {
            for (int j = left; j <= right; j++) out.add(m[top][j]);
            top++;
            for (int i = top; i <= bottom; i++) out.add(m[i][right]);
            right--;
            if (top <= bottom) { for (int j = right; j >= left; j--) out.add(m[bottom][j]); bottom--; }
            if (left <= right) { for (int i = bottom; i >= top; i--) out.add(m[i][left]); left++; }
        }
        return out;
    }

    static String toBinary(int n) {
        if (n == 0) return "0";
        String s = "";
        while (n > 0) { s = (n % 2) + s; n /= 2; }
        return s;
    }

    public static void main(String[] args) {
        for (String s : new String[] {"A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?"})
            System.out.println("\"" + s + "\" palindrome? " + isPalindrome(s));
        System.out.println(isAnagram("Dormitory", "Dirty room") + " " + isAnagram("hello", "world"));
        System.out.println("fib(90) = " + fib(90) + ", memo size " + memo.size());
        for (int n : new int[] {1994, 2024, 3999, 4, 58}) System.out.print(toRoman(n) + "=" + fromRoman(toRoman(n)) + " ");
        System.out.println();
        for (int n : new int[] {0, 7, 13, 45, 100, 119, 999, 1001, 123456, -2_000_017}) System.out.println(n + ": " + words(n));
        List<String> moves = new ArrayList<>();
        hanoi(4, 'A', 'C', 'B', moves);
        System.out.println(moves.size() + " moves: " + String.join(" ", moves.subList(0, 8)) + " ...");

        int[] data = {64, 34, 25, 12, 22, 11, 90, 5, -3, 0};
        int[] d1 = data.clone();
        bubbleSort(d1);
        System.out.println("bubble " + Arrays.toString(d1));
        int[] d2 = data.clone();
        mergeSort(d2, 0, d2.length, new int[d2.length]);
        System.out.println("merge  " + Arrays.toString(d2) + " same=" + Arrays.equals(d1, d2));
        System.out.println("search 25 -> " + binarySearch(d1, 25) + ", 26 -> " + binarySearch(d1, 26));
        double[] dd = {3.3, -1.1, 2.2, 9.9, 0.0, -0.0, 5.5};
        quickSort(dd, 0, dd.length - 1);
        System.out.println("quick  " + Arrays.toString(dd));
        String[] names = {"bob", "Alice", "dave", "Carol", "eve"};
        insertionSort(names);
        System.out.println(Arrays.toString(names));

        int[][] m = new int[4][5];
        for (int i = 0, v = 1; i < 4; i++) for (int j = 0; j < 5; j++) m[i][j] = v++;
        System.out.println("spiral " + spiral(m));

        System.out.println("Celsius  Fahrenheit");
        for (int c = -40; c <= 100; c += 35) System.out.printf("%7d  %10.1f%n", c, c * 9.0 / 5 + 32);

        List<Integer> perfect = new ArrayList<>(), armstrong = new ArrayList<>();
        for (int n = 1; n < 10000; n++) {
            int s = n > 1 ? 1 : 0;
            for (int d = 2; d * d <= n; d++) if (n % d == 0) { s += d; if (d * d != n) s += n / d; }
            if (s == n) perfect.add(n);
            String digits = String.valueOf(n);
            int sum = 0;
            for (char ch : digits.toCharArray()) sum += (int) Math.pow(ch - '0', digits.length());
            if (sum == n) armstrong.add(n);
        }
        System.out.println("perfect " + perfect + " armstrong " + armstrong);
        int longestStart = 1, longestLen = 1;
        for (int start = 1; start < 10000; start++) {
            long n = start;
            int len = 1;
            while (n != 1) { n = (n % 2 == 0) ? n / 2 : 3 * n + 1; len++; }
            if (len > longestLen) { longestLen = len; longestStart = start; }
        }
        System.out.println("collatz longest below 10000: " + longestStart + " (" + longestLen + " terms)");
        System.out.println(toBinary(37) + " " + Integer.toBinaryString(37) + " " + Integer.parseInt("100101", 2));

        String sentence = "The quick brown fox jumps over the lazy dog";
        long vowels = sentence.toLowerCase().chars().filter(ch -> "aeiou".indexOf(ch) >= 0).count();
        System.out.println("vowels " + vowels + ", words " + sentence.split("\\s+").length + ", pangram "
            + (sentence.toLowerCase().chars().filter(Character::isLetter).distinct().count() == 26));
        String reversedWords = Arrays.stream(sentence.split(" ")).map(w -> new StringBuilder(w).reverse().toString()).collect(Collectors.joining(" "));
        System.out.println(reversedWords);
        String title = Arrays.stream(sentence.split(" ")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining(" "));
        System.out.println(title);
        System.out.println(sentence.indexOf("o") + " " + sentence.lastIndexOf('o') + " " + sentence.indexOf("o", 13) + " " + sentence.contains("fox")
            + " " + sentence.replace('o', '0') + " " + sentence.substring(4, 9).toUpperCase() + " " + sentence.charAt(sentence.length() - 1)
            + " " + sentence.compareTo("The quick") + " " + "apple".compareTo("banana") + " " + "Hello".equalsIgnoreCase("hELLO")
            + " " + sentence.startsWith("quick", 4) + " " + sentence.endsWith("dog") + " " + "  pad ".trim().length() + " " + "a,b,,c,".split(",").length
            + " " + String.valueOf(3.0f) + " " + "x".repeat(3) + " " + "Mississippi".replaceAll("ss", "SS").replaceFirst("i", "I")
            + " " + "Hello".regionMatches(true, 1, "ELL", 0, 3) + " " + String.join("/", List.of("a", "b")) + " " + "tab\tsep".split("\t")[1]);
        char[][] board = new char[3][3];
        for (char[] row : board) Arrays.fill(row, ' ');
        int[][] plays = {{1, 1}, {0, 0}, {2, 2}, {0, 2}, {0, 1}, {2, 1}, {1, 0}, {1, 2}, {2, 0}};
        char player = 'X';
        String winner = "draw";
        for (int[] p : plays) {
            board[p[0]][p[1]] = player;
            if (wins(board, player)) { winner = player + " wins"; break; }
            player = player == 'X' ? 'O' : 'X';
        }
        for (int i = 0; i < 3; i++) {
            System.out.println(" " + board[i][0] + " | " + board[i][1] + " | " + board[i][2]);
            if (i < 2) System.out.println("---+---+---");
        }
        System.out.println(winner);
    }

    static boolean wins(char[][] b, char p) {
        for (int i = 0; i < 3; i++) {
            if (b[i][0] == p && b[i][1] == p && b[i][2] == p) return true;
            if (b[0][i] == p && b[1][i] == p && b[2][i] == p) return true;
        }
        return (b[0][0] == p && b[1][1] == p && b[2][2] == p) || (b[0][2] == p && b[1][1] == p && b[2][0] == p);
    }
}
