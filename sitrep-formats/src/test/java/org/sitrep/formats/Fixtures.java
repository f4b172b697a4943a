package org.sitrep.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.io.ArticleReader;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.io.InputSource;
import org.sitrep.core.io.ReadOptions;

final class Fixtures {
  private Fixtures() {
  }

  static byte[] resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputSource source(String name, byte[] bytes) {
    return new InputSource(name, InputSource.idOf(name), bytes.length, () -> new ByteArrayInputStream(bytes));
  }

  static List<InputItem> read(ArticleReader reader, String name, byte[] bytes, ReadOptions options) {
    List<InputItem> out = new ArrayList<>();
    try {
      reader.read(source(name, bytes), options, out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<InputItem> read(ArticleReader reader, String resource) {
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    return read(reader, name, resource(resource), ReadOptions.defaults());
  }
}
