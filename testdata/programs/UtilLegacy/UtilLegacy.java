import java.util.*;

public class UtilLegacy {
    public static void main(String[] args) {
        Stack<String> st = new Stack<>();
        System.out.println("empty " + st.empty() + " " + st);
        for (String s : "one two three four five".split(" ")) System.out.println("push returns " + st.push(s));
        System.out.println("stack " + st + " peek " + st.peek() + " search(two) " + st.search("two") + " search(x) " + st.search("x"));
        System.out.println("pop " + st.pop() + " pop " + st.pop() + " -> " + st);
        System.out.println("get(0) " + st.get(0) + " size " + st.size() + " firstElement " + st.firstElement() + " lastElement " + st.lastElement());
        while (!st.empty()) st.pop();
        try {
            st.pop();
        } catch (EmptyStackException e) {
            System.out.println("pop empty: " + e.getClass().getName());
        }
        try {
            st.peek();
        } catch (EmptyStackException e) {
            System.out.println("peek empty: " + e.getClass().getName());
        }
        // RPN evaluation with Stack
        String[] exprs = {"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "10 2 8 * + 3 -", "100 7 / 7 *"};
        for (String ex : exprs) {
            Stack<Integer> s = new Stack<>();
            for (String tok : ex.split(" ")) {
                switch (tok) {
                    case "+": s.push(s.pop() + s.pop()); break;
                    case "*": s.push(s.pop() * s.pop()); break;
                    case "-": { int b = s.pop(), a = s.pop(); s.push(a - b); break; }
                    case "/": { int b = s.pop(), a = s.pop(); s.push(a / b); break; }
                    default: s.push(Integer.parseInt(tok));
                }
            }
            System.out.println("rpn " + ex + " = " + s.pop());
        }
        Vector<Integer> v = new Vector<>(3, 2);
        System.out.println("vector capacity " + v.capacity());
        for (int i = 0; i < 10; i++) {
            v.addElement(i * i);
            System.out.print(v.capacity() + " ");
        }
        System.out.println();
        System.out.println("vector " + v);
        v.insertElementAt(-1, 2);
        v.removeElementAt(0);
        v.setElementAt(777, 4);
        System.out.println("edited " + v + " elementAt(3) " + v.elementAt(3) + " indexOf 777 " + v.indexOf(777));
        System.out.println("removeElement 49 " + v.removeElement(49) + " " + v);
        Enumeration<Integer> en = v.elements();
        StringBuilder sb = new StringBuilder();
        while (en.hasMoreElements()) sb.append(en.nextElement()).append(';');
        System.out.println("enumeration " + sb);
        v.setSize(12);
        System.out.println("setSize 12 " + v);
        v.setSize(3);
        System.out.println("setSize 3 " + v);
        Vector<Integer> v2 = new Vector<>(v);
        System.out.println("equals " + v.equals(v2) + " equals list " + v.equals(Arrays.asList(1, -1, 4)) + " hash " + v.hashCode());
        v.removeAllElements();
        System.out.println("removeAllElements " + v + " isEmpty " + v.isEmpty());
        try {
            v.elementAt(0);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("elementAt: " + e.getClass().getName() + ": " + e.getMessage());
        }
        Hashtable<String, Integer> ht = new Hashtable<>();
        String[] names = {"red", "green", "blue", "cyan", "magenta", "yellow", "black", "white", "orange", "purple", "brown", "pink"};
        for (int i = 0; i < names.length; i++) ht.put(names[i], i);
        System.out.println("hashtable " + ht);
        System.out.println("get blue " + ht.get("blue") + " containsKey pink " + ht.containsKey("pink") + " contains 5 " + ht.contains(5) + " containsValue 99 " + ht.containsValue(99));
        Enumeration<String> keys = ht.keys();
        sb.setLength(0);
        while (keys.hasMoreElements()) sb.append(keys.nextElement()).append(' ');
        System.out.println("keys " + sb.toString().trim());
        Enumeration<Integer> vals = ht.elements();
        sb.setLength(0);
        while (vals.hasMoreElements()) sb.append(vals.nextElement()).append(' ');
        System.out.println("elements " + sb.toString().trim());
        ht.remove("green");
        ht.remove("white");
        System.out.println("after remove " + ht + " size " + ht.size());
        try {
            ht.put("x", null);
        } catch (NullPointerException e) {
            System.out.println("null value: " + e.getClass().getName());
        }
        try {
            ht.put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("null key: " + e.getClass().getName());
        }
        Hashtable<Integer, String> iht = new Hashtable<>();
        for (int i = 0; i < 30; i++) iht.put(i * 5, "n" + i);
        System.out.println("int hashtable " + iht);
        ht.merge("red", 100, Integer::sum);
        ht.computeIfAbsent("gray", k -> k.length());
        System.out.println("defaults " + ht.get("red") + " " + ht.get("gray") + " getOrDefault " + ht.getOrDefault("zzz", -5));
        System.out.println("equals HashMap " + ht.equals(new HashMap<>(ht)) + " hash " + ht.hashCode());
    }
}
