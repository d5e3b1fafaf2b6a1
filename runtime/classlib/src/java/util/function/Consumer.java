package java.util.function;

import java.util.Objects;

public interface Consumer<T> {
    void accept(T t);

    default Consumer<T> andThen(final Consumer<? super T> after) {
        Objects.requireNonNull(after);
        final Consumer<T> first = this;
        return new Consumer<T>() {
            public void accept(T t) {
                first.accept(t);
                after.accept(t);
            }
        };
    }
}
