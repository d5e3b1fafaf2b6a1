import java.util.Scanner;
import java.util.regex.MatchResult;

// Scanner with custom delimiters and patterns: CSV fields, useDelimiter with a regex,
// next(pattern)/hasNext(pattern), findInLine, findWithinHorizon, skip, match() and tokens().
public class ScannerDelimiter {
    public static void main(String[] args) {
        Scanner csv = new Scanner("name,age,city\nAda,36,London\nAlan,41,,\n").useDelimiter(",|\\R");
        int field = 0;
        while (csv.hasNext()) {
            System.out.print("[" + csv.next() + "]");
            if (++field % 3 == 0) {
                System.out.println();
            }
        }
        System.out.println();
        System.out.println("delimiter: " + csv.delimiter());

        Scanner spaced = new Scanner("1 ; 2;3 ;  4  ;5").useDelimiter("\\s*;\\s*");
        int sum = 0;
        while (spaced.hasNextInt()) {
            sum += spaced.nextInt();
        }
        System.out.println("sum=" + sum);

        Scanner words = new Scanner("apple banana 42 cherry 7 date");
        while (words.hasNext()) {
            if (words.hasNext("[a-c]\\w*")) {
                System.out.println("a-c word: " + words.next("[a-c]\\w*"));
            } else if (words.hasNext("\\d+")) {
                System.out.println("digits: " + words.next("\\d+") + " end=" + words.match().end());
            } else {
                System.out.println("other: " + words.next());
            }
        }

        Scanner log = new Scanner("id=7 user=ada time=12:30\nid=8 user=alan time=09:05\n");
        while (log.hasNextLine()) {
            String user = log.findInLine("user=(\\w+)");
            MatchResult m = log.match();
            String time = log.findInLine("(\\d\\d):(\\d\\d)");
            MatchResult t = log.match();
            System.out.println(user + " -> " + m.group(1) + " at " + t.group(1) + "h" + t.group(2) + " rest=[" + log.nextLine() + "]");
        }

        Scanner h = new Scanner("abc123def456");
        System.out.println(h.findWithinHorizon("\\d+", 3) + " " + h.findWithinHorizon("\\d+", 0) + " "
                + h.findWithinHorizon("[a-z]+", 0) + " " + h.next());

        Scanner sk = new Scanner("###header\nbody");
        sk.skip("#+");
        System.out.println(sk.nextLine() + " / " + sk.nextLine());
        try {
            new Scanner("abc").skip("\\d");
        } catch (java.util.NoSuchElementException e) {
            System.out.println("skip failed: " + e);
        }

        Scanner tok = new Scanner("one  two\tthree\nfour");
        System.out.println(tok.tokens().map(String::toUpperCase).collect(java.util.stream.Collectors.joining("|")));
        System.out.println(new Scanner("a1b22c333").findAll("\\d+").map(MatchResult::group)
                .collect(java.util.stream.Collectors.toList()));

        Scanner hex = new Scanner("ff 10 777").useRadix(16);
        System.out.println(hex.nextInt() + " " + hex.nextInt() + " " + hex.nextInt(8) + " radix=" + hex.radix());
        Scanner reset = new Scanner("1;2 3").useDelimiter(";");
        System.out.println(reset.next() + " " + reset.reset().next() + " " + reset.next());
    }
}
