package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.sitrep.core.pipeline.StageContext;
import org.sitrep.core.pipeline.StageProvider;

/**
 * The version of the analysis pipeline, stored with each article: sitrep's version, then a hash of the stage
 * settings ({@code --set}, {@code --disable}) and of the code and data of every module that provides stages
 * (found through {@code META-INF/services/org.sitrep.core.pipeline.StageProvider}, plus sitrep-core's and the
 * engine's), file by file by content, so a rebuild of unchanged sources keeps the version and any change to a
 * stage's code, word list or table gives a new one. Computed without loading a model; once per process and
 * settings.
 */
final class PipelineVersion {
  private static final Map<StageContext, String> CACHE = Collections.synchronizedMap(new java.util.HashMap<>());

  private PipelineVersion() {
  }

  static String of(StageContext settings) {
    return CACHE.computeIfAbsent(settings, PipelineVersion::compute);
  }

  private static String compute(StageContext settings) {
    MessageDigest md = sha256();
    update(md, "settings " + new TreeMap<>(settings.options()) + " disabled " + new TreeSet<>(settings.disabled()));
    for (Path root : roots()) {
      hashRoot(md, root);
    }
    return "sitrep " + VersionCommand.VERSION + " pipeline " + HexFormat.of().formatHex(md.digest()).substring(0, 16);
  }

  /** The class-path roots (jars or folders) of the stage providers, sitrep-core and the engine, in name order. */
  static List<Path> roots() {
    TreeSet<Path> roots = new TreeSet<>();
    try {
      var urls = PipelineVersion.class.getClassLoader()
          .getResources("META-INF/services/" + StageProvider.class.getName());
      while (urls.hasMoreElements()) {
        roots.add(root(urls.nextElement(), "META-INF/services/" + StageProvider.class.getName()));
      }
      roots.add(root(StageProvider.class.getResource("StageProvider.class"), StageProvider.class.getName().replace('.', '/') + ".class"));
      roots.add(root(org.sitrep.engine.Engine.class.getResource("Engine.class"),
          org.sitrep.engine.Engine.class.getName().replace('.', '/') + ".class"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the pipeline's modules: " + e.getMessage(), e);
    }
    return new ArrayList<>(roots);
  }

  private static Path root(URL url, String resource) throws IOException {
    try {
      if ("jar".equals(url.getProtocol())) {
        return Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
      }
      Path p = Path.of(url.toURI());
      for (int i = 0; i < resource.split("/").length; i++) {
        p = p.getParent();
      }
      return p;
    } catch (URISyntaxException e) {
      throw new IOException("unexpected class-path URL " + url, e);
    }
  }

  /** Every file under the root by name and content (not by time stamp), in name order. */
  private static void hashRoot(MessageDigest md, Path root) {
    try {
      if (Files.isDirectory(root)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          update(md, root.relativize(f).toString().replace('\\', '/'));
          md.update(Files.readAllBytes(f));
        }
      } else {
        try (JarFile jar = new JarFile(root.toFile())) {
          List<JarEntry> entries = new ArrayList<>(Collections.list(jar.entries()));
          entries.sort(java.util.Comparator.comparing(JarEntry::getName));
          for (JarEntry e : entries) {
            if (e.isDirectory() || e.getName().startsWith("META-INF/maven/") || e.getName().equals("META-INF/MANIFEST.MF")) {
              continue;
            }
            update(md, e.getName());
            try (InputStream in = jar.getInputStream(e)) {
              md.update(in.readAllBytes());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root + " to version the pipeline: " + e.getMessage(), e);
    }
  }

  private static void update(MessageDigest md, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    md.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
    md.update(b);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
