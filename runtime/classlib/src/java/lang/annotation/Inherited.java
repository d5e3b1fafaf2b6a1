package java.lang.annotation;

/** Annotations of the annotated interface on a class are inherited by its subclasses. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface Inherited {
}
