public class Square extends Shape { public int area() { return 4; } }
