package java.lang.annotation;

/** How long annotations of an annotated interface are kept (the constants' order is the JDK's). */
public enum RetentionPolicy {
    /** Discarded by the compiler. */
    SOURCE,
    /** Recorded in the class file, not visible at run time (the default). */
    CLASS,
    /** Recorded in the class file and visible at run time. */
    RUNTIME
}
