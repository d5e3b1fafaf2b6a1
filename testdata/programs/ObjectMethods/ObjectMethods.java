// Object methods: equals/hashCode overridden consistently (and a class that overrides only
// equals), reflexive/symmetric checks, a tiny open-addressing hash set built on the user's
// hashCode, toString overriding, and default equals being identity.
public class ObjectMethods {
    static final class Money {
        final long cents;
        final String currency;

        Money(long cents, String currency) {
            this.cents = cents;
            this.currency = currency;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Money)) return false;
            Money m = (Money) o;
            return cents == m.cents && currency.equals(m.currency);
        }

        @Override
        public int hashCode() {
            return 31 * Long.hashCode(cents) + currency.hashCode();
        }

        @Override
        public String toString() {
            return currency + " " + (cents / 100) + "." + (cents % 100 < 10 ? "0" : "") + (cents % 100);
        }
    }

    static class Plain {
        final int v;

        Plain(int v) {
            this.v = v;
        }
    }

    static class MoneySet {
        Money[] slots = new Money[8];
        int size;

        boolean add(Money m) {
            if (size * 2 >= slots.length) grow();
            int i = index(m, slots.length);
            while (slots[i] != null) {
                if (slots[i].equals(m)) return false;
                i = (i + 1) & (slots.length - 1);
            }
            slots[i] = m;
            size++;
            return true;
        }

        boolean contains(Money m) {
            int i = index(m, slots.length);
            while (slots[i] != null) {
                if (slots[i].equals(m)) return true;
                i = (i + 1) & (slots.length - 1);
            }
            return false;
        }

        static int index(Money m, int len) {
            int h = m.hashCode();
            return (h ^ (h >>> 16)) & (len - 1);
        }

        void grow() {
            Money[] old = slots;
            slots = new Money[old.length * 2];
            size = 0;
            for (Money m : old) if (m != null) add(m);
        }
    }

    public static void main(String[] args) {
        Money a = new Money(1050, "EUR"), b = new Money(1050, "EUR"), c = new Money(1050, "USD"), d = new Money(7, "EUR");
        System.out.println(a + " " + c + " " + d);
        System.out.println("equals " + a.equals(b) + " " + b.equals(a) + " " + a.equals(c) + " " + a.equals(null) + " " + a.equals("EUR 10.50"));
        System.out.println("hash " + a.hashCode() + " " + b.hashCode() + " " + c.hashCode() + " " + d.hashCode());
        System.out.println("== " + (a == b) + " identity hash equal to itself " + (System.identityHashCode(a) == System.identityHashCode(a)));
        Plain p1 = new Plain(1), p2 = new Plain(1);
        System.out.println("default equals is identity " + p1.equals(p2) + " " + p1.equals(p1));
        System.out.println("default hashCode consistent " + (p1.hashCode() == p1.hashCode()));
        System.out.println("default toString prefix " + p1.toString().startsWith("ObjectMethods$Plain@"));
        System.out.println("hashCode equals identityHashCode " + (p1.hashCode() == System.identityHashCode(p1)));
        System.out.println("identityHashCode(null) " + System.identityHashCode(null));
        MoneySet set = new MoneySet();
        int added = 0;
        for (int i = 0; i < 200; i++) {
            if (set.add(new Money(i % 50 * 25, i % 3 == 0 ? "EUR" : "USD"))) added++;
        }
        System.out.println("set added " + added + " size " + set.size + " capacity " + set.slots.length);
        System.out.println("contains " + set.contains(new Money(25, "USD")) + " " + set.contains(new Money(26, "USD")) + " "
                + set.contains(new Money(0, "EUR")));
        Object o = a;
        System.out.println("Object.equals via virtual call " + o.equals(b) + " toString " + o);
        String s1 = "text", s2 = new String("text");
        System.out.println("String equals/hashCode " + s1.equals(s2) + " " + (s1.hashCode() == s2.hashCode()));
        Integer i1 = 1000, i2 = 1000;
        System.out.println("Integer equals " + i1.equals(i2) + " " + (i1.hashCode() == i2.hashCode()));
        System.out.println("getClass equality " + (a.getClass() == b.getClass()) + " " + (a.getClass() == Money.class) + " " + (o.getClass() == Object.class));
    }
}
