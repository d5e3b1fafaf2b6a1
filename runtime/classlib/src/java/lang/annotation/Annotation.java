package java.lang.annotation;

/**
 * The common superinterface of every annotation interface. (An interface that extends
 * this one by hand is not an annotation interface.)
 */
public interface Annotation {
    boolean equals(Object obj);

    int hashCode();

    String toString();

    /** The annotation interface of this annotation. */
    Class<? extends Annotation> annotationType();
}
