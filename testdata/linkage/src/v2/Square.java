public abstract class Square extends Shape { }
