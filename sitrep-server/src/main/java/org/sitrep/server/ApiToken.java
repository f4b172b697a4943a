package org.sitrep.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the API token comes from, in order: a file the operator names ({@code --token-file}), the environment
 * variable {@code SITREP_TOKEN}, else a token generated on first start into the store folder
 * ({@code DATA/api-token}, readable by its owner only) and read from there afterwards. A server that listens
 * beyond this machine needs an operator-set token (file or environment): a generated one is for local use.
 */
public record ApiToken(String token, String source, boolean generated) {
  public static final String ENV = "SITREP_TOKEN";
  public static final String FILE = "api-token";

  /** Resolves the token; {@code env} is the value of {@link #ENV} (null when unset). */
  public static ApiToken resolve(Path tokenFile, String env, Path dataDir) {
    if (tokenFile != null) {
      try {
        return new ApiToken(checked(Files.readString(tokenFile, StandardCharsets.UTF_8), "--token-file " + tokenFile),
            "--token-file " + tokenFile, false);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read --token-file " + tokenFile + " (" + e.getClass().getSimpleName()
            + "); give a readable file holding the token", e);
      }
    }
    if (env != null && !env.isBlank()) {
      return new ApiToken(checked(env, "the environment variable " + ENV), ENV, false);
    }
    Path file = dataDir.resolve(FILE);
    try {
      if (Files.exists(file)) {
        return new ApiToken(checked(Files.readString(file, StandardCharsets.UTF_8), file.toString()), file.toString(), false);
      }
      Files.createDirectories(dataDir);
      String token = Access.newToken();
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) { // not a POSIX file system
        Files.createFile(file);
      } catch (FileAlreadyExistsException e) {
        return resolve(null, null, dataDir);
      }
      Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
      return new ApiToken(token, file.toString(), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the API token in " + file + ": " + e.getMessage()
          + "; give --token-file or set " + ENV, e);
    }
  }

  private static String checked(String token, String where) {
    String t = token.strip();
    if (t.length() < Access.MIN_TOKEN_CHARS) {
      throw new IllegalArgumentException("the API token in " + where + " has " + t.length() + " characters; it needs"
          + " at least " + Access.MIN_TOKEN_CHARS + " (generate one with 'head -c 32 /dev/urandom | base64')");
    }
    return t;
  }

  /** Whether {@code host} (a --host value) listens on this machine only. */
  public static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--host " + host + " is not an address of this machine", e);
    }
  }

  @Override
  public String toString() {
    return "ApiToken[source=" + source + ", generated=" + generated + "]";
  }
}
