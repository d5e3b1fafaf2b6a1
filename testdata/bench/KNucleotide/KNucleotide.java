// K-nucleotide: frequencies of k-mers in the third sequence of a FASTA file on stdin.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.*;
import java.util.Map.Entry;

public class KNucleotide {
    static Map<String, Integer> count(String seq, int k) {
        Map<String, Integer> freq = new HashMap<>();
        for (int i = 0; i + k <= seq.length(); i++) {
            String key = seq.substring(i, i + k);
            Integer old = freq.get(key);
            freq.put(key, old == null ? 1 : old + 1);
        }
        return freq;
    }

    static void printFrequencies(String seq, int k) {
        Map<String, Integer> freq = count(seq, k);
        List<Entry<String, Integer>> entries = new ArrayList<>(freq.entrySet());
        Collections.sort(entries, new Comparator<Entry<String, Integer>>() {
            @Override
            public int compare(Entry<String, Integer> a, Entry<String, Integer> b) {
                int c = b.getValue().compareTo(a.getValue());
                return c != 0 ? c : a.getKey().compareTo(b.getKey());
            }
        });
        int total = seq.length() - k + 1;
        StringBuilder sb = new StringBuilder();
        for (Entry<String, Integer> e : entries) {
            sb.append(String.format("%s %.3f\n", e.getKey(), e.getValue() * 100.0f / total));
        }
        System.out.println(sb);
    }

    static void printCount(String seq, String fragment) {
        Map<String, Integer> freq = count(seq, fragment.length());
        int c = freq.getOrDefault(fragment, 0);
        System.out.println(c + "\t" + fragment);
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith(">THREE")) break;
        }
        StringBuilder sb = new StringBuilder();
        while ((line = in.readLine()) != null) {
            if (line.charAt(0) == '>') break;
            sb.append(line);
        }
        String seq = sb.toString().toUpperCase();

        printFrequencies(seq, 1);
        printFrequencies(seq, 2);
        String[] fragments = {"GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT"};
        for (String f : fragments) printCount(seq, f);

        // a second pass with merge() and a stream-sorted view
        Map<String, Integer> tri = new TreeMap<>();
        for (int i = 0; i + 3 <= seq.length(); i++) tri.merge(seq.substring(i, i + 3), 1, Integer::sum);
        tri.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(5)
            .forEach(e -> System.out.printf("%s=%d%n", e.getKey(), e.getValue()));
    }
}
