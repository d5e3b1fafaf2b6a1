import java.util.*;

public class UtilWordCount {
    static final String TEXT =
        "It was the best of times, it was the worst of times, it was the age of wisdom, "
        + "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, "
        + "it was the season of Light, it was the season of Darkness, it was the spring of hope, "
        + "it was the winter of despair, we had everything before us, we had nothing before us, "
        + "we were all going direct to Heaven, we were all going direct the other way -- in short, "
        + "the period was so far like the present period, that some of its noisiest authorities "
        + "insisted on its being received, for good or for evil, in the superlative degree of comparison only. "
        + "There were a king with a large jaw and a queen with a plain face, on the throne of England; "
        + "there were a king with a large jaw and a queen with a fair face, on the throne of France.";

    static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || c == '\'') {
                cur.append(Character.toLowerCase(c));
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    public static void main(String[] args) {
        List<String> words = tokenize(TEXT);
        System.out.println("tokens " + words.size());
        Map<String, Integer> hm = new HashMap<>();
        for (String w : words) hm.merge(w, 1, Integer::sum);
        System.out.println("distinct " + hm.size());
        System.out.println("hashmap order " + hm);
        TreeMap<String, Integer> tm = new TreeMap<>(hm);
        System.out.println("alphabetical:");
        for (Map.Entry<String, Integer> e : tm.entrySet()) System.out.println("  " + e.getKey() + " " + e.getValue());
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(hm.entrySet());
        entries.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
        System.out.println("top 12:");
        for (int i = 0; i < 12; i++) System.out.println("  " + (i + 1) + ". " + entries.get(i).getKey() + " x" + entries.get(i).getValue());
        TreeMap<Integer, TreeSet<String>> byCount = new TreeMap<>(Collections.reverseOrder());
        for (Map.Entry<String, Integer> e : hm.entrySet()) byCount.computeIfAbsent(e.getValue(), k -> new TreeSet<>()).add(e.getKey());
        System.out.println("by count:");
        for (Map.Entry<Integer, TreeSet<String>> e : byCount.entrySet()) System.out.println("  " + e.getKey() + ": " + e.getValue());
        TreeMap<Integer, Integer> lengthHist = new TreeMap<>();
        for (String w : words) lengthHist.merge(w.length(), 1, Integer::sum);
        System.out.println("length histogram:");
        for (Map.Entry<Integer, Integer> e : lengthHist.entrySet()) System.out.println("  " + e.getKey() + " " + "#".repeat(e.getValue()));
        TreeMap<Character, Integer> letters = new TreeMap<>();
        for (String w : words) for (char c : w.toCharArray()) letters.merge(c, 1, Integer::sum);
        System.out.println("letters " + letters);
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) positions.computeIfAbsent(words.get(i), k -> new ArrayList<>()).add(i);
        int shown = 0;
        for (Map.Entry<String, List<Integer>> e : positions.entrySet()) {
            if (e.getValue().size() >= 4) {
                System.out.println("positions " + e.getKey() + " " + e.getValue());
                shown++;
            }
        }
        System.out.println("shown " + shown);
        Map<String, Integer> bigrams = new HashMap<>();
        for (int i = 0; i + 1 < words.size(); i++) bigrams.merge(words.get(i) + " " + words.get(i + 1), 1, Integer::sum);
        TreeMap<String, Integer> frequentBigrams = new TreeMap<>();
        bigrams.forEach((k, v) -> { if (v > 2) frequentBigrams.put(k, v); });
        System.out.println("frequent bigrams " + frequentBigrams);
        NavigableMap<String, Integer> mid = tm.subMap("e", true, "k", false);
        System.out.println("words e..k " + mid.keySet());
        System.out.println("first after 'p' " + tm.ceilingKey("p") + " last before 'p' " + tm.lowerKey("p"));
        Set<String> seen = new HashSet<>();
        List<String> firstOccurrences = new ArrayList<>();
        for (String w : words) if (seen.add(w) && w.length() > 6) firstOccurrences.add(w);
        System.out.println("long words in order " + firstOccurrences);
        Map<Character, TreeSet<String>> anagramish = new TreeMap<>();
        for (String w : tm.keySet()) anagramish.computeIfAbsent(w.charAt(w.length() - 1), k -> new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()))).add(w);
        System.out.println("by last letter " + anagramish);
    }
}
