package org.sitrep.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lines of a byte stream ({@code \n}-separated, a {@code \r} before it dropped), each kept up to {@code cap}
 * bytes: a longer line is skipped past, not held, and its full length still reported, so a 1 GiB line
 * costs {@code cap} bytes of memory and is reported at its true size.
 */
final class LineReader {
  private final InputStream in;
  private final int cap;
  private byte[] buf = new byte[8192];
  private int size;
  private long length;
  private boolean eof;

  LineReader(InputStream in, int cap) {
    this.in = in;
    this.cap = Math.max(1, cap);
  }

  /** Reads the next line; false at the end of the stream. */
  boolean next() throws IOException {
    if (eof) {
      return false;
    }
    size = 0;
    length = 0;
    int b;
    boolean any = false;
    while ((b = in.read()) >= 0) {
      any = true;
      if (b == '\n') {
        break;
      }
      length++;
      if (size < cap) {
        if (size == buf.length) {
          buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, cap));
        }
        buf[size++] = (byte) b;
      }
    }
    if (b < 0) {
      eof = true;
      if (!any) {
        return false;
      }
    }
    if (size > 0 && size == length && buf[size - 1] == '\r') {
      size--;
      length--;
    }
    return true;
  }

  /** The bytes kept of the line (the first {@link #size()}). */
  byte[] bytes() {
    return buf;
  }

  int size() {
    return size;
  }

  /** The line's full length in bytes, including any part past the cap. */
  long length() {
    return length;
  }

  boolean blank() {
    for (int i = 0; i < size; i++) {
      byte c = buf[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != 0x0B) {
        return false;
      }
    }
    return length == size;
  }
}
