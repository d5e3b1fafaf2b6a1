// A user-defined checked exception declared by main escapes it; its toString is the
// class name (nested, with $) and the message. The finally block still runs first.
public class UncaughtCustom {
    static class InventoryException extends Exception {
        InventoryException(String message) {
            super(message);
        }
    }

    static void remove(int[] stock, int item, int count) throws InventoryException {
        if (stock[item] < count) {
            throw new InventoryException("only " + stock[item] + " of item " + item + ", wanted " + count);
        }
        stock[item] -= count;
    }

    public static void main(String[] args) throws InventoryException {
        int[] stock = { 5, 2, 9 };
        try {
            remove(stock, 0, 3);
            System.out.println("stock 0 now " + stock[0]);
            remove(stock, 2, 9);
            System.out.println("stock 2 now " + stock[2]);
            remove(stock, 1, 4);
        } finally {
            System.out.println("finally runs before the uncaught exception is reported");
        }
    }
}
