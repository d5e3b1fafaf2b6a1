// Reads standard input byte by byte with System.in.read() until end of input: counts
// lines, words and bytes, echoes each line upper-cased, and sums the numbers it finds.
public class Stdin {
    public static void main(String[] args) throws Exception {
        StringBuilder line = new StringBuilder();
        int lines = 0, words = 0, bytes = 0;
        long sum = 0;
        boolean inWord = false;
        int c;
        while ((c = System.in.read()) != -1) {
            bytes++;
            if (c == '\n') {
                lines++;
                System.out.println(lines + ": " + line.toString().toUpperCase());
                for (String w : line.toString().trim().split("\\s+")) {
                    try {
                        sum += Long.parseLong(w);
                    } catch (NumberFormatException e) {
                        // not a number
                    }
                }
                line.setLength(0);
            } else {
                line.append((char) c);
            }
            boolean space = c == ' ' || c == '\n' || c == '\t';
            if (!space && !inWord) words++;
            inWord = !space;
        }
        if (line.length() > 0) {
            System.out.println("partial last line: " + line);
        }
        System.out.println("lines " + lines + " words " + words + " bytes " + bytes + " sum " + sum);
        System.out.println("read after EOF " + System.in.read());
    }
}
