public class Removed { public void hello() { System.out.println("hello"); } }
