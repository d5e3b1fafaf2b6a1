// Object.clone: a Cloneable class gets a field-by-field shallow copy, deep copy done by
// hand, covariant clone return types, CloneNotSupportedException for a class that is not
// Cloneable (message is the class name), and clone of arrays.
public class CloneObjects {
    static class Point implements Cloneable {
        int x, y;
        int[] history = { 1, 2, 3 };

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public Point clone() {
            try {
                return (Point) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }

        Point deepClone() {
            Point p = clone();
            p.history = history.clone();
            return p;
        }
    }

    static class Sub extends Point {
        String label = "sub";
        long big = 1L << 50;
        double d = 2.5;

        Sub() {
            super(7, 8);
        }

        @Override
        public Sub clone() {
            return (Sub) super.clone();
        }
    }

    static class NotCloneable {
        int v = 3;

        Object tryClone() throws CloneNotSupportedException {
            return super.clone();
        }
    }

    public static void main(String[] args) throws Exception {
        Point p = new Point(1, 2);
        Point q = p.clone();
        System.out.println("clone distinct " + (p != q) + " same class " + (p.getClass() == q.getClass()) + " fields " + q.x + "," + q.y);
        q.x = 100;
        q.history[0] = 99;
        System.out.println("after change p.x " + p.x + " shared history " + p.history[0]);
        Point deep = p.deepClone();
        deep.history[1] = -5;
        System.out.println("deep copy history independent " + p.history[1] + " " + deep.history[1]);
        Sub s = new Sub();
        Sub t = s.clone();
        System.out.println("subclass clone " + t.getClass().getSimpleName() + " " + t.label + " " + t.big + " " + t.d + " " + t.x + " " + t.y
                + " label shared " + (t.label == s.label));
        try {
            new NotCloneable().tryClone();
            System.out.println("not reached");
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException: " + e.getMessage());
        }
        int[][] grid = { { 1, 2 }, { 3, 4 } };
        int[][] gridCopy = grid.clone();
        gridCopy[0][0] = 42;
        gridCopy[1] = new int[] { 0 };
        System.out.println("array clone shallow " + grid[0][0] + " " + grid[1].length);
        String[] names = { "a", "b" };
        String[] namesCopy = names.clone();
        namesCopy[0] = "z";
        System.out.println("String[] clone " + names[0] + " " + namesCopy[0] + " type " + namesCopy.getClass().getSimpleName());
        Object o = p;
        System.out.println("Cloneable " + (o instanceof Cloneable) + " array Cloneable " + (((Object) names) instanceof Cloneable));
    }
}
