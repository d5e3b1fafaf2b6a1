public class Boom { static int VALUE = compute(); static int compute() { throw new IllegalStateException("no value"); } }
