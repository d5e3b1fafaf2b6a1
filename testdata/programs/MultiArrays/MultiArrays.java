// Multi-dimensional arrays: new int[3][4] and new int[2][3][4] (multianewarray), partially
// specified dimensions (new int[3][]), jagged arrays, array initializers, arrays of arrays
// of objects, default values at every level, and class names of nested array types.
public class MultiArrays {
    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 4; c++)
                grid[r][c] = r * 10 + c;
        for (int[] row : grid) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append(' ');
            System.out.println(sb);
        }
        System.out.println("lengths " + grid.length + " " + grid[0].length + " rows distinct " + (grid[0] != grid[1]));
        int[][][] cube = new int[2][3][4];
        int n = 0;
        for (int a = 0; a < 2; a++)
            for (int b = 0; b < 3; b++)
                for (int c = 0; c < 4; c++)
                    cube[a][b][c] = n++;
        System.out.println("cube " + cube.length + "x" + cube[1].length + "x" + cube[1][2].length + " last " + cube[1][2][3] + " sum "
                + sumCube(cube));
        long[][] partial = new long[3][];
        System.out.println("partial rows null " + (partial[0] == null) + " " + (partial[2] == null));
        for (int r = 0; r < partial.length; r++) {
            partial[r] = new long[r + 1];
            for (int c = 0; c <= r; c++) partial[r][c] = (long) r << (20 * c);
        }
        for (long[] row : partial) {
            StringBuilder sb = new StringBuilder();
            for (long v : row) sb.append(v).append(' ');
            System.out.println("jagged " + row.length + ": " + sb);
        }
        int[][] pascal = new int[8][];
        for (int r = 0; r < pascal.length; r++) {
            pascal[r] = new int[r + 1];
            pascal[r][0] = pascal[r][r] = 1;
            for (int c = 1; c < r; c++) pascal[r][c] = pascal[r - 1][c - 1] + pascal[r - 1][c];
        }
        for (int[] row : pascal) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append(' ');
            System.out.println(sb.toString().trim());
        }
        String[][] names = { { "a", "b" }, { "c" }, { } , null };
        for (String[] row : names) {
            System.out.println("row " + (row == null ? "null" : row.length + " " + String.join(",", row)));
        }
        double[][] identity = new double[3][3];
        for (int k = 0; k < 3; k++) identity[k][k] = 1.0;
        System.out.println("identity row1 " + identity[1][0] + " " + identity[1][1] + " " + identity[1][2]);
        Object[][] objs = new Object[2][2];
        objs[0][0] = "s";
        objs[0][1] = 1;
        objs[1] = new String[] { "x", "y" };
        System.out.println("objects " + objs[0][0] + " " + objs[0][1] + " " + objs[1][1] + " " + objs[1].getClass().getSimpleName());
        char[][][] deep = new char[2][2][];
        deep[1][1] = "hi".toCharArray();
        System.out.println("deep " + (deep[0][0] == null) + " " + new String(deep[1][1]));
        boolean[][] flags = new boolean[2][3];
        flags[1][2] = true;
        System.out.println("flags " + flags[0][0] + " " + flags[1][2]);
        System.out.println("names " + grid.getClass().getName() + " " + cube.getClass().getName() + " " + names.getClass().getName() + " "
                + deep.getClass().getName() + " " + objs.getClass().getSimpleName() + " " + cube.getClass().getComponentType().getName());
        int[][] cloned = grid.clone();
        cloned[0][0] = -1;
        cloned[1] = new int[] { 7 };
        System.out.println("clone is shallow " + grid[0][0] + " " + grid[1].length);
        // transposition
        int[][] t = new int[4][3];
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 4; c++)
                t[c][r] = grid[r][c];
        System.out.println("transposed " + t[3][2] + " " + t[0][1] + " " + t.length + "x" + t[0].length);
        int[][][][] four = new int[2][2][2][2];
        four[1][1][1][1] = 16;
        System.out.println("four dims " + four[1][1][1][1] + " " + four.getClass().getName());
    }

    static int sumCube(int[][][] cube) {
        int s = 0;
        for (int[][] plane : cube)
            for (int[] row : plane)
                for (int v : row)
                    s += v;
        return s;
    }
}
