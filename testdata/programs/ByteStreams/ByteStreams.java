import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

// In-memory byte and char streams: ByteArray*, Data*, Pushback*, CharArray*, Sequence.
public class ByteStreams {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x & 0xff));
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(4);
        DataOutputStream dos = new DataOutputStream(bos);
        dos.writeInt(0xCAFEBABE);
        dos.writeShort(-2);
        dos.writeLong(Long.MIN_VALUE + 12345);
        dos.writeBoolean(true);
        dos.writeByte(200);
        dos.writeChar('\u20ac');
        dos.writeFloat(3.5f);
        dos.writeDouble(-0.1);
        dos.writeUTF("h\u00e9llo \u4e16\u754c \0 end");
        dos.writeBytes("AB\u0141");
        dos.writeChars("xy");
        dos.flush();
        System.out.println("size=" + dos.size() + " bos=" + bos.size());
        byte[] bytes = bos.toByteArray();
        System.out.println(hex(bytes));

        DataInputStream dis = new DataInputStream(new ByteArrayInputStream(bytes));
        System.out.println(Integer.toHexString(dis.readInt()) + " " + dis.readShort() + " " + dis.readLong() + " " + dis.readBoolean()
            + " " + dis.readUnsignedByte() + " " + dis.readChar() + " " + dis.readFloat() + " " + dis.readDouble());
        String utf = dis.readUTF();
        System.out.println(utf.length() + " [" + utf.replace('\0', '0') + "] avail=" + dis.available());
        byte[] three = new byte[3];
        dis.readFully(three);
        System.out.println(new String(three, StandardCharsets.ISO_8859_1) + " " + dis.readChar() + dis.readChar());
        try {
            dis.readInt();
        } catch (EOFException e) {
            System.out.println("EOF " + e.getMessage());
        }
        System.out.println(dis.read() + " " + dis.read(new byte[4]));

        // malformed modified UTF-8
        byte[][] bads = { {0, 2, (byte) 0xC3}, {0, 2, (byte) 0xC3, 0x41}, {0, 1, (byte) 0xF0}, {0, 5, 65} };
        for (byte[] bad : bads) {
            try {
                System.out.println(new DataInputStream(new ByteArrayInputStream(bad)).readUTF());
            } catch (UTFDataFormatException e) {
                System.out.println("UTF: " + e.getMessage());
            } catch (EOFException e) {
                System.out.println("EOF");
            }
        }

        // readLine on DataInputStream (deprecated but common in old code)
        @SuppressWarnings("deprecation")
        String lines = readLines(new DataInputStream(new ByteArrayInputStream("one\r\ntwo\rthree\n\nfour".getBytes())));
        System.out.println(lines);

        // ByteArrayInputStream mark/reset/skip
        ByteArrayInputStream bis = new ByteArrayInputStream("0123456789".getBytes(), 2, 6);
        System.out.println((char) bis.read() + " avail=" + bis.available() + " skip=" + bis.skip(2) + " " + (char) bis.read());
        bis.mark(0);
        byte[] buf = new byte[10];
        int n = bis.read(buf, 1, 5);
        System.out.println(n + " " + new String(buf, 1, n) + " " + bis.read() + " " + bis.read(buf, 0, 0) + " " + bis.read(buf, 0, 1));
        bis.reset();
        System.out.println(new String(bis.readAllBytes()) + " " + bis.markSupported());
        try {
            bis.read(buf, 8, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }

        // ByteArrayOutputStream toString / reset / writeTo
        ByteArrayOutputStream b2 = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(b2, true);
        ps.printf("%d-%s%n", 42, "x");
        ps.print('\u00fc');
        System.out.println(b2.size() + " [" + b2.toString().trim() + "] " + Arrays.toString(b2.toByteArray()));
        ByteArrayOutputStream b3 = new ByteArrayOutputStream();
        b2.writeTo(b3);
        b2.reset();
        b2.write(65);
        b2.writeBytes(new byte[] {66, 67});
        System.out.println(b2 + " " + b3.size() + " " + b3.toString(StandardCharsets.UTF_8).length());
        try {
            new ByteArrayOutputStream(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }

        // Pushback
        PushbackInputStream pis = new PushbackInputStream(new ByteArrayInputStream("abc".getBytes()), 2);
        int c = pis.read();
        pis.unread(c);
        pis.unread('z');
        try {
            pis.unread('q');
        } catch (IOException e) {
            System.out.println("IOE " + e.getMessage());
        }
        byte[] pb = new byte[10];
        System.out.println(pis.read(pb, 0, 10) + " " + new String(pb, 0, 4).trim() + " " + pis.read());
        PushbackReader pr = new PushbackReader(new StringReader("12+34"), 3);
        StringBuilder tokens = new StringBuilder();
        int ch;
        while ((ch = pr.read()) != -1) {
            if (Character.isDigit(ch)) {
                int v = 0;
                while (ch != -1 && Character.isDigit(ch)) { v = v * 10 + ch - '0'; ch = pr.read(); }
                if (ch != -1) pr.unread(ch);
                tokens.append("NUM(").append(v).append(") ");
            } else tokens.append("OP(").append((char) ch).append(") ");
        }
        System.out.println(tokens.toString().trim());

        // CharArrayWriter / CharArrayReader
        CharArrayWriter cw = new CharArrayWriter();
        cw.write("hello");
        cw.append(' ').append("world", 0, 3).write(new char[] {'!', '?'}, 0, 1);
        char[] arr = cw.toCharArray();
        System.out.println(cw.size() + " " + cw + " " + arr.length);
        CharArrayReader cr = new CharArrayReader(arr, 6, 100);
        char[] cb = new char[8];
        int rn = cr.read(cb);
        System.out.println(rn + " " + new String(cb, 0, rn) + " " + cr.read() + " " + cr.ready());
        BufferedReader br = new BufferedReader(new CharArrayReader("l1\nl2\n".toCharArray()));
        System.out.println(br.readLine() + "," + br.readLine() + "," + br.readLine());

        // SequenceInputStream
        SequenceInputStream seq = new SequenceInputStream(new ByteArrayInputStream("AB".getBytes()), new ByteArrayInputStream("CD".getBytes()));
        System.out.println(new String(seq.readAllBytes()));
        Vector<InputStream> parts = new Vector<>();
        for (String s : new String[] {"x", "", "yz"}) parts.add(new ByteArrayInputStream(s.getBytes()));
        SequenceInputStream seq2 = new SequenceInputStream(parts.elements());
        StringBuilder sb = new StringBuilder();
        int b;
        while ((b = seq2.read()) != -1) sb.append((char) b);
        System.out.println(sb);

        // InputStreamReader over bytes, OutputStreamWriter into bytes
        ByteArrayOutputStream b4 = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(b4, StandardCharsets.UTF_8)) {
            w.write("\u00e9\u00e8\u4e2d");
        }
        System.out.println(hex(b4.toByteArray()));
        Reader r = new InputStreamReader(new ByteArrayInputStream(b4.toByteArray()), StandardCharsets.UTF_8);
        System.out.println((char) r.read() + "" + (char) r.read() + (int) (char) r.read() + " " + r.read());
        System.out.println(new String(new ByteArrayInputStream(new byte[] {1, 2, 3}).readNBytes(2).length + "") + " " + new ByteArrayInputStream(new byte[5]).transferTo(new ByteArrayOutputStream()));
    }

    @SuppressWarnings("deprecation")
    static String readLines(DataInputStream in) throws IOException {
        List<String> l = new ArrayList<>();
        String s;
        while ((s = in.readLine()) != null) l.add(s);
        return l.toString();
    }
}
