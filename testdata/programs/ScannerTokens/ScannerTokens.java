import java.util.Scanner;

// Reads a typed record file from standard input with Scanner: counts, ints, longs,
// doubles, words and booleans, classifying each token with the hasNextXxx methods.
public class ScannerTokens {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        long total = 0;
        double weight = 0;
        for (int i = 0; i < n; i++) {
            String name = in.next();
            int qty = in.nextInt();
            long id = in.nextLong();
            double w = in.nextDouble();
            boolean fragile = in.nextBoolean();
            total += qty;
            weight += qty * w;
            System.out.println(name + " x" + qty + " id=" + id + " w=" + w + (fragile ? " FRAGILE" : ""));
        }
        System.out.println("items=" + total + " weight=" + weight);

        // The rest: classify every token.
        int ints = 0;
        int doubles = 0;
        int words = 0;
        int bools = 0;
        while (in.hasNext()) {
            if (in.hasNextInt()) {
                int v = in.nextInt();
                ints++;
                System.out.println("int " + v);
            } else if (in.hasNextLong()) {
                System.out.println("long " + in.nextLong());
            } else if (in.hasNextDouble()) {
                double d = in.nextDouble();
                doubles++;
                System.out.println("double " + d);
            } else if (in.hasNextBoolean()) {
                bools++;
                System.out.println("boolean " + in.nextBoolean());
            } else {
                words++;
                System.out.println("word " + in.next());
            }
        }
        System.out.println(ints + " ints, " + doubles + " doubles, " + bools + " booleans, " + words + " words");
        System.out.println("hasNext at the end: " + in.hasNext() + ", hasNextLine: " + in.hasNextLine());
        in.close();
    }
}
