package org.sitrep.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks every request passes before a route sees it: the Host header (DNS rebinding), the Origin of writes
 * (cross-site requests), the bearer token (writes always, reads with {@link Access#authReads}), the write rate,
 * and JSON as the content type of writes. A failed check throws {@link Refused} with the status and a message
 * that says what to do; nothing internal is ever in it.
 */
final class Guard {
  /** The security headers of every response (API and dashboard). */
  static final Map<String, String> HEADERS = Map.of(
      "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'",
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "no-referrer",
      "Cross-Origin-Opener-Policy", "same-origin",
      "Cross-Origin-Resource-Policy", "same-origin");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final Access access;
  private final byte[] token;
  private final RateLimit writes;

  Guard(Access access) {
    this.access = access;
    this.token = access.token().getBytes(StandardCharsets.UTF_8);
    this.writes = new RateLimit(access.writesPerMinute(), 60_000_000_000L);
  }

  /** A request refused before its route: the status, a message for the client, and an optional header. */
  static final class Refused extends RuntimeException {
    final int status;
    final String header;
    final String headerValue;

    Refused(int status, String message) {
      this(status, message, null, null);
    }

    Refused(int status, String message, String header, String headerValue) {
      super(message, null, false, false);
      this.status = status;
      this.header = header;
      this.headerValue = headerValue;
    }
  }

  static boolean isWrite(HandlerType method) {
    return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
  }

  /** Runs the checks that apply to this request. */
  void check(Context ctx) {
    checkHost(ctx.header("Host"));
    boolean write = isWrite(ctx.method());
    boolean api = ctx.path().startsWith("/api/");
    if (write) {
      checkOrigin(ctx.header("Origin"), ctx.header("Sec-Fetch-Site"), ctx.header("Host"));
    }
    if (write || (access.authReads() && api && !ctx.path().equals("/api/health"))) {
      checkToken(ctx.header("Authorization"));
    }
    if (write) {
      long wait = writes.tryTake();
      if (wait > 0) {
        long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
        throw new Refused(429, "too many writes: this server accepts " + access.writesPerMinute()
            + " per minute (sitrep serve --write-rate); retry in " + seconds + " s", "Retry-After",
            Long.toString(seconds));
      }
      String type = ctx.header("Content-Type");
      if (type == null || !type.toLowerCase(Locale.ROOT).matches("application/json\\s*(;.*)?")) {
        throw new Refused(415, "writes take JSON: send the header Content-Type: application/json");
      }
    }
  }

  /** Host must be localhost, an IP literal, or a name the operator allowed (--allowed-host). */
  void checkHost(String host) {
    if (host == null || access.allowedHosts().contains("*")) {
      return; // HTTP/1.0 clients send none; browsers always do
    }
    String name = hostName(host);
    if (name == null) {
      throw new Refused(400, "the Host header '" + host + "' is not a host name");
    }
    if (name.equals("localhost") || IPV4.matcher(name).matches() || name.startsWith("[")
        || access.allowedHosts().contains(name)) {
      return;
    }
    throw new Refused(421, "this server does not answer to the host name '" + name + "'; its operator can allow"
        + " it with sitrep serve --allowed-host " + name);
  }

  /** The lower-cased host of a Host header (without the port); IPv6 literals keep their brackets. */
  static String hostName(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? null : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    String name = colon < 0 ? h : h.substring(0, colon);
    return name.isEmpty() || !name.matches("[a-z0-9.\\-]+") ? null : name;
  }

  /** A write from a browser must come from a page of this server (same host and port). */
  void checkOrigin(String origin, String fetchSite, String host) {
    if (origin != null) {
      String authority;
      try {
        authority = origin.equals("null") ? null : URI.create(origin).getRawAuthority();
      } catch (IllegalArgumentException e) {
        authority = null;
      }
      if (authority == null || host == null || !authority.equalsIgnoreCase(host.strip())) {
        throw new Refused(403, "cross-origin write refused: Origin " + origin + " is not this server; post from"
            + " the dashboard's own origin or from a non-browser client with the API token");
      }
    } else if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
      throw new Refused(403, "cross-site write refused (Sec-Fetch-Site: " + fetchSite + ")");
    }
  }

  void checkToken(String authorization) {
    String prefix = "Bearer ";
    if (authorization == null || !authorization.regionMatches(true, 0, prefix, 0, prefix.length())) {
      throw new Refused(401, "this request needs the API token: send the header Authorization: Bearer TOKEN"
          + " (sitrep serve prints where the token is)", "WWW-Authenticate", "Bearer realm=\"sitrep\"");
    }
    byte[] given = authorization.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) { // constant time
      throw new Refused(401, "the API token is wrong", "WWW-Authenticate", "Bearer realm=\"sitrep\", error=\"invalid_token\"");
    }
  }

  /** A token bucket: {@code perWindow} requests per window, refilled continuously. Thread-safe. */
  static final class RateLimit {
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last = System.nanoTime();

    RateLimit(int perWindow, long windowNanos) {
      this.capacity = perWindow;
      this.perNano = perWindow / (double) windowNanos;
      this.tokens = perWindow;
    }

    /** 0 when a request may go now, else the nanoseconds until one may. */
    synchronized long tryTake() {
      long now = System.nanoTime();
      tokens = Math.min(capacity, tokens + (now - last) * perNano);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) / perNano);
    }
  }
}
