package java.lang;

import java.io.IOException;
import java.nio.CharBuffer;

/** A source of characters (Reader, CharBuffer); Scanner reads from one. */
public interface Readable {
    int read(CharBuffer cb) throws IOException;
}
