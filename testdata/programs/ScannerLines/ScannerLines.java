import java.util.Scanner;

// Line-oriented reading from standard input: the nextInt/nextLine pitfall, blank lines,
// lines with only spaces, \r\n and \r endings, a last line without a newline.
public class ScannerLines {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int count = in.nextInt();
        String rest = in.nextLine(); // the rest of the first line, often empty
        System.out.println("count=" + count + " rest=[" + rest + "]");
        for (int i = 0; i < count; i++) {
            String line = in.nextLine();
            System.out.println(i + ": [" + line + "] length " + line.length());
        }
        // Mixed: a token, then the remainder of its line.
        String key = in.next();
        String value = in.nextLine();
        System.out.println("key=" + key + " value=[" + value + "]");
        // Numbers spread over lines are read across line ends.
        int sum = 0;
        for (int i = 0; i < 4; i++) {
            sum += in.nextInt();
        }
        System.out.println("sum=" + sum);
        in.nextLine();
        int lines = 0;
        while (in.hasNextLine()) {
            String line = in.nextLine();
            lines++;
            String shown = line.replace("\r", "\\r").replace("\t", "\\t");
            System.out.println("line " + lines + ": [" + shown + "] blank=" + line.isBlank());
        }
        System.out.println(lines + " more lines; hasNext=" + in.hasNext());
    }
}
