package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokenTest {
  @TempDir
  Path dir;

  @Test
  void resolve_generatesOnceIntoTheStoreFolder_ownerOnly() throws Exception {
    ApiToken first = ApiToken.resolve(null, null, dir);
    assertTrue(first.generated());
    assertTrue(first.token().length() >= 40);
    assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
        Files.getPosixFilePermissions(dir.resolve(ApiToken.FILE)));
    ApiToken again = ApiToken.resolve(null, null, dir);
    assertFalse(again.generated());
    assertEquals(first.token(), again.token());
    assertFalse(first.toString().contains(first.token()), "the token never shows in toString");
  }

  @Test
  void resolve_prefersTheFileThenTheEnvironment_andRefusesShortTokens() throws Exception {
    Path f = dir.resolve("tok");
    Files.writeString(f, "file-token-0123456789\n");
    assertEquals("file-token-0123456789", ApiToken.resolve(f, "env-token-0123456789", dir).token());
    assertEquals("env-token-0123456789", ApiToken.resolve(null, "env-token-0123456789", dir).token());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiToken.resolve(null, "short", dir));
    assertTrue(e.getMessage().contains("at least 16"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ApiToken.resolve(dir.resolve("missing"), null, dir));
  }

  @Test
  void loopback_tellsLocalFromExposed() {
    assertTrue(ApiToken.loopback("127.0.0.1"));
    assertTrue(ApiToken.loopback("::1"));
    assertTrue(ApiToken.loopback("localhost"));
    assertFalse(ApiToken.loopback("0.0.0.0"));
  }

  @Test
  void access_refusesBadHostNamesAndRates() {
    assertThrows(IllegalArgumentException.class, () -> Access.withToken(Access.newToken()).withAllowedHosts(Set.of("http://x/")));
    assertThrows(IllegalArgumentException.class, () -> Access.withToken(Access.newToken()).withWritesPerMinute(0));
    assertEquals(Set.of("sitrep.example.org"), Access.withToken(Access.newToken())
        .withAllowedHosts(Set.of("Sitrep.Example.org")).allowedHosts());
  }
}
