public class Boom { static int VALUE = compute(); static int compute() { return 7; } }
