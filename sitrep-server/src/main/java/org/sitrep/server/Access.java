package org.sitrep.server;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may do what: the bearer token every write needs (and every API read with {@code authReads}), the Host
 * names served besides localhost and IP literals (DNS-rebinding protection; {@code "*"} serves any, for a
 * proxy that checks Host itself), and how many writes per minute the server accepts (all clients together).
 */
public record Access(String token, boolean authReads, Set<String> allowedHosts, int writesPerMinute) {
  /** Writes per minute by default: each runs the whole pipeline and relinks the store's stories. */
  public static final int DEFAULT_WRITES_PER_MINUTE = 30;
  /** The shortest token accepted (characters): a token must not be guessable. */
  public static final int MIN_TOKEN_CHARS = 16;

  public Access {
    if (token == null || token.strip().length() < MIN_TOKEN_CHARS) {
      throw new IllegalArgumentException("the API token must have at least " + MIN_TOKEN_CHARS + " characters"
          + " (got " + (token == null ? "none" : token.strip().length()) + "); generate one with"
          + " 'head -c 32 /dev/urandom | base64'");
    }
    token = token.strip();
    if (writesPerMinute < 1) {
      throw new IllegalArgumentException("the write rate must be at least 1 per minute, not " + writesPerMinute);
    }
    Set<String> hosts = new TreeSet<>();
    for (String h : allowedHosts == null ? Set.<String>of() : allowedHosts) {
      if (h == null || h.isBlank() || !h.strip().matches("\\*|[A-Za-z0-9.\\-\\[\\]:]+")) {
        throw new IllegalArgumentException("'" + h + "' is not a host name; give --allowed-host a name such as"
            + " sitrep.example.org (no scheme, no port), or * behind a proxy that checks Host");
      }
      hosts.add(h.strip().toLowerCase(Locale.ROOT));
    }
    allowedHosts = Set.copyOf(hosts);
  }

  /** Writes need this token; reads are open; localhost and IP literals only; the default write rate. */
  public static Access withToken(String token) {
    return new Access(token, false, Set.of(), DEFAULT_WRITES_PER_MINUTE);
  }

  public Access withAuthReads(boolean on) {
    return new Access(token, on, allowedHosts, writesPerMinute);
  }

  public Access withAllowedHosts(Set<String> hosts) {
    return new Access(token, authReads, hosts, writesPerMinute);
  }

  public Access withWritesPerMinute(int n) {
    return new Access(token, authReads, allowedHosts, n);
  }

  /** A new random token: 32 bytes from a SecureRandom, URL-safe Base64 (43 characters). */
  public static String newToken() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  @Override
  public String toString() { // never print the token by accident
    return "Access[token=(" + token.length() + " characters), authReads=" + authReads + ", allowedHosts="
        + allowedHosts + ", writesPerMinute=" + writesPerMinute + "]";
  }
}
