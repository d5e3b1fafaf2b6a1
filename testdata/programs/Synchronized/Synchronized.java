// synchronized methods (instance and static) and synchronized blocks on this, on a class
// object and on arbitrary objects, nested and re-entrant locking, exceptions leaving a
// synchronized block (the monitor is released), and Thread.currentThread().getName().
public class Synchronized {
    private int counter;
    private static int staticCounter;
    private final Object lock = new Object();

    synchronized void inc() {
        counter++;
    }

    synchronized int reentrant(int depth) {
        if (depth == 0) return counter;
        synchronized (this) {
            return reentrant(depth - 1) + 1;
        }
    }

    static synchronized void staticInc() {
        staticCounter++;
    }

    int blockOnLock(int n) {
        int total = 0;
        for (int i = 0; i < n; i++) {
            synchronized (lock) {
                total += i;
                synchronized (Synchronized.class) {
                    staticCounter++;
                }
            }
        }
        return total;
    }

    int throwInside() {
        try {
            synchronized (lock) {
                counter += 10;
                if (counter > 0) throw new IllegalStateException("thrown while holding the lock");
            }
        } catch (IllegalStateException e) {
            System.out.println("caught: " + e.getMessage());
        }
        synchronized (lock) {
            return counter;
        }
    }

    synchronized String syncWithFinally() {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("try ");
            synchronized (sb) {
                sb.append("inner ");
                return sb.append("return ").toString();
            }
        } finally {
            sb.append("finally");
        }
    }

    public static void main(String[] args) {
        Thread t = Thread.currentThread();
        System.out.println("thread name " + t.getName());
        System.out.println("thread holds lock before " + Thread.holdsLock(Synchronized.class));
        Synchronized s = new Synchronized();
        for (int i = 0; i < 1000; i++) s.inc();
        System.out.println("counter " + s.counter);
        System.out.println("reentrant " + s.reentrant(50));
        for (int i = 0; i < 500; i++) staticInc();
        System.out.println("staticCounter " + staticCounter);
        System.out.println("blockOnLock " + s.blockOnLock(100) + " staticCounter " + staticCounter);
        System.out.println("throwInside " + s.throwInside());
        System.out.println("syncWithFinally " + s.syncWithFinally());
        String str = "interned lock";
        synchronized (str) {
            synchronized (str) {
                System.out.println("nested on same object, holdsLock " + Thread.holdsLock(str));
            }
        }
        System.out.println("holdsLock after " + Thread.holdsLock(str));
        Object[] locks = { new Object(), "lock", new StringBuilder() };
        int sum = 0;
        for (int i = 0; i < locks.length; i++) {
            synchronized (locks[i]) {
                sum += i + 1;
            }
        }
        System.out.println("sum with many locks " + sum);
        synchronized (new int[0]) {
            System.out.println("locked an array");
        }
        System.out.println("main thread still " + Thread.currentThread().getName() + " alive " + Thread.currentThread().isAlive());
    }
}
