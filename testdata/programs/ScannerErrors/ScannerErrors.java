import java.util.InputMismatchException;
import java.util.NoSuchElementException;
import java.util.Scanner;

// What Scanner throws: a token of the wrong type (left unread), numbers out of range,
// the end of input, nextLine with no line, a closed scanner, and the state afterwards.
public class ScannerErrors {
    public static void main(String[] args) {
        Scanner s = new Scanner("12 twelve 3000000000 1.5 300 -129 x");
        System.out.println(s.nextInt());
        try {
            s.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("1: " + e + " -> token still there: " + s.next());
        }
        try {
            s.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("2: " + e + " -> as long: " + s.nextLong());
        }
        try {
            s.nextLong();
        } catch (InputMismatchException e) {
            System.out.println("3: " + e + " -> as double: " + s.nextDouble());
        }
        try {
            s.nextByte();
        } catch (InputMismatchException e) {
            System.out.println("4: " + e + " -> as short: " + s.nextShort());
        }
        try {
            s.nextByte();
        } catch (InputMismatchException e) {
            System.out.println("5: " + e + " -> as int: " + s.nextInt());
        }
        try {
            s.nextBoolean();
        } catch (InputMismatchException e) {
            System.out.println("6: " + e + " -> " + s.next());
        }
        try {
            s.next();
        } catch (NoSuchElementException e) {
            System.out.println("7: " + e);
        }
        try {
            s.nextInt();
        } catch (NoSuchElementException e) {
            System.out.println("8: " + e);
        }
        try {
            s.nextLine();
        } catch (NoSuchElementException e) {
            System.out.println("9: " + e);
        }
        System.out.println("hasNext=" + s.hasNext() + " hasNextInt=" + s.hasNextInt() + " hasNextLine=" + s.hasNextLine());
        s.close();
        s.close();
        try {
            s.hasNext();
        } catch (IllegalStateException e) {
            System.out.println("10: " + e);
        }
        try {
            s.next();
        } catch (IllegalStateException e) {
            System.out.println("11: " + e);
        }

        // Radix and overflow messages.
        Scanner r = new Scanner("ff 7fffffff 80000000 zz 101");
        System.out.println(r.nextInt(16) + " " + r.nextInt(16));
        try {
            r.nextInt(16);
        } catch (InputMismatchException e) {
            System.out.println("12: " + e + " " + r.nextLong(16));
        }
        System.out.println(r.hasNextInt(16) + " " + r.hasNextInt(36) + " " + r.nextInt(36) + " " + r.nextInt(2));
        try {
            r.useRadix(1);
        } catch (IllegalArgumentException e) {
            System.out.println("13: " + e);
        }

        // An empty source.
        Scanner empty = new Scanner("");
        System.out.println(empty.hasNext() + " " + empty.hasNextLine() + " " + empty.hasNextInt());
        try {
            empty.nextLine();
        } catch (NoSuchElementException e) {
            System.out.println("14: " + e);
        }
        Scanner blank = new Scanner("   \n  ");
        System.out.println(blank.hasNext() + " " + blank.hasNextLine() + " [" + blank.nextLine() + "] [" + blank.nextLine()
                + "] " + blank.hasNextLine());
        // Reading stdin, which is empty here.
        Scanner stdin = new Scanner(System.in);
        System.out.println("stdin hasNext=" + stdin.hasNext());
        try {
            stdin.nextInt();
        } catch (NoSuchElementException e) {
            System.out.println("15: " + e);
        }
    }
}
