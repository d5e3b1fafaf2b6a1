// Sorting algorithms on int arrays filled by a deterministic LCG: insertion sort,
// quicksort (Hoare partition), merge sort (with a temporary array), heap sort, counting
// sort, and sorting of Strings and records by two keys; results are cross-checked.
public class Sorting {
    static int seed = 12345;

    static int next() {
        seed = seed * 1103515245 + 12345;
        return (seed >>> 8) % 1000;
    }

    static int[] data(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = next() - 500;
        return a;
    }

    static void insertion(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int k = a[i], j = i - 1;
            while (j >= 0 && a[j] > k) a[j + 1] = a[j--];
            a[j + 1] = k;
        }
    }

    static void quick(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int pivot = a[(lo + hi) >>> 1], i = lo - 1, j = hi + 1;
        while (true) {
            do i++; while (a[i] < pivot);
            do j--; while (a[j] > pivot);
            if (i >= j) break;
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        quick(a, lo, j);
        quick(a, j + 1, hi);
    }

    static void merge(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        merge(a, tmp, lo, mid);
        merge(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static void heap(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            int t = a[0];
            a[0] = a[end];
            a[end] = t;
            sift(a, 0, end);
        }
    }

    static void sift(int[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < n && a[l] > a[m]) m = l;
            if (r < n && a[r] > a[m]) m = r;
            if (m == i) return;
            int t = a[i];
            a[i] = a[m];
            a[m] = t;
            i = m;
        }
    }

    static void counting(int[] a) {
        int[] counts = new int[1000];
        for (int v : a) counts[v + 500]++;
        int k = 0;
        for (int v = 0; v < counts.length; v++) while (counts[v]-- > 0) a[k++] = v - 500;
    }

    static long checksum(int[] a) {
        long h = 0;
        for (int v : a) h = h * 1000003 + v;
        return h;
    }

    static boolean sorted(int[] a) {
        for (int i = 1; i < a.length; i++) if (a[i - 1] > a[i]) return false;
        return true;
    }

    record Person(String name, int age) { }

    public static void main(String[] args) {
        int[] base = data(3000);
        System.out.println("first values " + base[0] + " " + base[1] + " " + base[2] + " unsorted checksum " + checksum(base));
        int[] a1 = base.clone(), a2 = base.clone(), a3 = base.clone(), a4 = base.clone(), a5 = base.clone();
        insertion(a1);
        quick(a2, 0, a2.length - 1);
        merge(a3, new int[a3.length], 0, a3.length);
        heap(a4);
        counting(a5);
        System.out.println("insertion " + sorted(a1) + " " + checksum(a1));
        System.out.println("quick " + sorted(a2) + " " + checksum(a2));
        System.out.println("merge " + sorted(a3) + " " + checksum(a3));
        System.out.println("heap " + sorted(a4) + " " + checksum(a4));
        System.out.println("counting " + sorted(a5) + " " + checksum(a5));
        System.out.println("min " + a1[0] + " max " + a1[a1.length - 1] + " median " + a1[a1.length / 2]);
        String[] words = "the quick brown fox jumps over the lazy dog and then sleeps under a tree".split(" ");
        for (int i = 1; i < words.length; i++) {
            String k = words[i];
            int j = i - 1;
            while (j >= 0 && words[j].compareTo(k) > 0) words[j + 1] = words[j--];
            words[j + 1] = k;
        }
        System.out.println("words " + String.join(" ", words));
        Person[] people = { new Person("Cleo", 30), new Person("Abe", 25), new Person("Bea", 30), new Person("Dan", 25), new Person("Eve", 41) };
        for (int i = 1; i < people.length; i++) {
            Person k = people[i];
            int j = i - 1;
            while (j >= 0 && (people[j].age() > k.age() || people[j].age() == k.age() && people[j].name().compareTo(k.name()) > 0)) people[j + 1] = people[j--];
            people[j + 1] = k;
        }
        StringBuilder sb = new StringBuilder();
        for (Person p : people) sb.append(p).append(' ');
        System.out.println("people " + sb.toString().trim());
        int[] empty = {};
        quick(empty, 0, -1);
        heap(empty);
        int[] one = { 5 };
        merge(one, new int[1], 0, 1);
        System.out.println("edge cases " + empty.length + " " + one[0]);
    }
}
