// Mandelbrot set as a binary PBM (P4) bitmap on stdout.
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

public class Mandelbrot {
    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int bytesPerRow = (size + 7) / 8;
        byte[] row = new byte[bytesPerRow];
        OutputStream out = new BufferedOutputStream(System.out);
        out.write(("P4\n" + size + " " + size + "\n").getBytes());
        double inv = 2.0 / size;
        for (int y = 0; y < size; y++) {
            double ci = y * inv - 1.0;
            int bits = 0, bitNum = 0, idx = 0;
            for (int x = 0; x < size; x++) {
                double cr = x * inv - 1.5;
                double zr = 0, zi = 0, tr = 0, ti = 0;
                int i = 0;
                do {
                    zi = 2.0 * zr * zi + ci;
                    zr = tr - ti + cr;
                    tr = zr * zr;
                    ti = zi * zi;
                } while (tr + ti <= 4.0 && ++i < 50);
                bits <<= 1;
                if (tr + ti <= 4.0) bits |= 1;
                bitNum++;
                if (bitNum == 8) {
                    row[idx++] = (byte) bits;
                    bits = 0;
                    bitNum = 0;
                }
            }
            if (bitNum != 0) {
                bits <<= (8 - bitNum);
                row[idx++] = (byte) bits;
            }
            out.write(row, 0, bytesPerRow);
        }
        out.flush();
    }
}
