package java.lang.annotation;

/** The annotated interface is repeatable; {@code value} is its containing annotation interface. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface Repeatable {
    Class<? extends Annotation> value();
}
