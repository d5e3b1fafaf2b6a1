import java.nio.charset.StandardCharsets;
import java.util.*;

// Base64 in the ways applications use it: tokens, basic-auth headers, URL-safe ids,
// MIME bodies with line breaks, and the errors for malformed input.
public class Base64Codec {
    public static void main(String[] args) {
        String[] samples = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Hello, World!", "user:pa$$w0rd", "\u00e9t\u00e9 \u2603 \ud83d\ude00"};
        Base64.Encoder enc = Base64.getEncoder();
        Base64.Decoder dec = Base64.getDecoder();
        for (String s : samples) {
            byte[] raw = s.getBytes(StandardCharsets.UTF_8);
            String b64 = enc.encodeToString(raw);
            String url = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            String back = new String(dec.decode(b64), StandardCharsets.UTF_8);
            String backUrl = new String(Base64.getUrlDecoder().decode(url), StandardCharsets.UTF_8);
            System.out.printf("%-22s %-32s %-30s %b %b%n", "[" + s + "]", b64, url, back.equals(s), backUrl.equals(s));
        }
        System.out.println("Authorization: Basic " + enc.encodeToString("aladdin:opensesame".getBytes(StandardCharsets.US_ASCII)));

        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        String std = enc.encodeToString(all), urlSafe = Base64.getUrlEncoder().encodeToString(all);
        System.out.println(std.substring(std.length() - 24) + " " + urlSafe.substring(urlSafe.length() - 24) + " " + std.length());
        System.out.println(Arrays.equals(all, dec.decode(std)) + " " + Arrays.equals(all, Base64.getUrlDecoder().decode(urlSafe)));

        String mime = Base64.getMimeEncoder().encodeToString(all);
        System.out.println(mime.lines().count() + " lines, first " + mime.lines().findFirst().get().length() + " chars, CRLF " + mime.contains("\r\n"));
        Base64.Encoder narrow = Base64.getMimeEncoder(10, new byte[] {'|'});
        System.out.println(narrow.encodeToString("The quick brown fox".getBytes(StandardCharsets.US_ASCII)));
        System.out.println(new String(Base64.getMimeDecoder().decode("VGhl\r\nIHF1aW\nNr *IGJyb3du!"), StandardCharsets.US_ASCII));
        System.out.println(Base64.getMimeEncoder(3, new byte[] {'\n'}).encodeToString("abcdef".getBytes(StandardCharsets.US_ASCII)));

        byte[] out = new byte[8];
        int n = enc.encode("hi!".getBytes(StandardCharsets.US_ASCII), out);
        System.out.println(n + " " + new String(out, 0, n, StandardCharsets.US_ASCII) + " " + dec.decode("aGkh".getBytes(StandardCharsets.US_ASCII), out) + " " + (char) out[0]);

        String[] bad = {"abc*", "a", "ab=c", "abc==", "abcde", "ab==cd", "====", "YWJj\n"};
        for (String b : bad) {
            try {
                System.out.println(b.trim() + " -> " + Arrays.toString(dec.decode(b)));
            } catch (IllegalArgumentException e) {
                System.out.println(b.trim() + " -> " + e.getMessage());
            }
        }
        try {
            Base64.getMimeEncoder(76, new byte[] {'A'});
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            enc.encode(new byte[10], new byte[4]);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }

        // a tiny key-value store serialized as base64 lines
        Map<String, byte[]> store = new TreeMap<>();
        Random rnd = new Random(2024);
        for (String key : List.of("alpha", "beta", "gamma")) {
            byte[] v = new byte[5 + rnd.nextInt(10)];
            rnd.nextBytes(v);
            store.put(key, v);
        }
        StringBuilder serialized = new StringBuilder();
        store.forEach((k, v) -> serialized.append(k).append('=').append(enc.encodeToString(v)).append('\n'));
        System.out.print(serialized);
        int restored = 0;
        for (String line : serialized.toString().split("\n")) {
            String[] kv = line.split("=", 2);
            if (Arrays.equals(store.get(kv[0]), dec.decode(kv[1]))) restored++;
        }
        System.out.println("restored " + restored);
    }
}
