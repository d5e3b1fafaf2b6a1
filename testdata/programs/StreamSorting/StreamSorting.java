import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

// sorted() and sorted(Comparator): natural order, comparator chains, reversed orders,
// nulls, and stability (equal elements keep their encounter order).
public class StreamSorting {
    static final class Book {
        final String title;
        final String author;
        final int year;
        final int pages;

        Book(String title, String author, int year, int pages) {
            this.title = title;
            this.author = author;
            this.year = year;
            this.pages = pages;
        }

        String title() { return title; }
        String author() { return author; }
        int year() { return year; }
        int pages() { return pages; }

        @Override
        public String toString() {
            return title + "(" + year + ")";
        }
    }

    public static void main(String[] args) {
        List<Book> books = List.of(
                new Book("Dune", "Herbert", 1965, 412),
                new Book("Emma", "Austen", 1815, 474),
                new Book("Ulysses", "Joyce", 1922, 730),
                new Book("Persuasion", "Austen", 1817, 249),
                new Book("Dubliners", "Joyce", 1914, 152),
                new Book("Neuromancer", "Gibson", 1984, 271),
                new Book("Walden", "Thoreau", 1854, 352),
                new Book("Sense", "Austen", 1811, 409),
                new Book("Solaris", "Lem", 1961, 204),
                new Book("Count Zero", "Gibson", 1986, 256));

        System.out.println("by title: " + books.stream().sorted(Comparator.comparing(Book::title)).toList());
        System.out.println("by year desc: " + books.stream().sorted(Comparator.comparingInt(Book::year).reversed()).toList());
        System.out.println("by author then year: " + books.stream()
                .sorted(Comparator.comparing(Book::author).thenComparingInt(Book::year)).toList());
        System.out.println("by author desc then pages: " + books.stream()
                .sorted(Comparator.comparing(Book::author, Comparator.reverseOrder()).thenComparing(Book::pages)).toList());
        System.out.println("stable by author: " + books.stream().sorted(Comparator.comparing(Book::author)).toList());
        System.out.println("stable by title length: " + books.stream()
                .sorted(Comparator.comparingInt(b -> b.title.length())).map(Book::title).collect(Collectors.joining(", ")));
        System.out.println("stable by century: " + books.stream()
                .sorted(Comparator.comparingInt(b -> b.year / 100)).toList());
        System.out.println("longest 3: " + books.stream().sorted(Comparator.comparingInt(Book::pages).reversed()).limit(3).toList());

        List<String> words = List.of("banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry");
        System.out.println("natural: " + words.stream().sorted().toList());
        System.out.println("case insensitive (stable): " + words.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        System.out.println("reverse natural: " + words.stream().sorted(Comparator.reverseOrder()).toList());
        System.out.println("by length then natural: " + words.stream()
                .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).toList());
        System.out.println("by last letter: " + words.stream()
                .sorted(Comparator.comparing(w -> w.charAt(w.length() - 1))).toList());

        List<String> withNulls = java.util.Arrays.asList("m", null, "c", null, "x");
        System.out.println("nulls first: " + withNulls.stream().sorted(Comparator.nullsFirst(Comparator.naturalOrder())).toList());
        System.out.println("nulls last: " + withNulls.stream().sorted(Comparator.nullsLast(Comparator.<String>reverseOrder())).toList());

        System.out.println("ints: " + IntStream.of(9, -4, 0, 17, -4, 3).sorted().boxed().toList());
        System.out.println("ints desc: " + IntStream.of(9, -4, 0, 17, -4, 3).boxed().sorted(Comparator.reverseOrder()).toList());
        System.out.println("sorted twice: " + Stream.of(3, 1, 2).sorted(Comparator.reverseOrder()).sorted().toList());
        System.out.println("sorted distinct: " + Stream.of(4, 1, 4, 2, 1).sorted().distinct().toList());
        System.out.println("min/max by comparator: "
                + books.stream().min(Comparator.comparingInt(Book::year)).get() + " "
                + books.stream().max(Comparator.comparing(Book::title)).get());
        int[] big = IntStream.range(0, 200).map(i -> (i * 7919) % 211).toArray();
        List<Integer> sortedBig = IntStream.of(big).boxed().sorted().toList();
        System.out.println("200 sorted: first " + sortedBig.subList(0, 5) + " last " + sortedBig.subList(195, 200));
    }
}
