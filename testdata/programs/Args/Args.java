// Program arguments: count, each argument with its length, arguments containing spaces,
// unicode and punctuation, and numeric arguments parsed and summed.
public class Args {
    public static void main(String[] args) {
        System.out.println("argc " + args.length);
        for (int i = 0; i < args.length; i++) {
            System.out.println("arg " + i + " [" + args[i] + "] length " + args[i].length());
        }
        long sum = 0;
        int numbers = 0;
        for (String a : args) {
            try {
                sum += Long.parseLong(a);
                numbers++;
            } catch (NumberFormatException e) {
                // not a number
            }
        }
        System.out.println("numeric args " + numbers + " sum " + sum);
        String joined = String.join("|", args);
        System.out.println("joined " + joined);
        System.out.println("args array class " + args.getClass().getName());
    }
}
