package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.duckdb.DuckDBConnection;

/**
 * The store's DuckDB connections: one writer (its statements prepared once and reused; every write holds
 * {@link #writeLock}) and a pool of read connections on which queries run in parallel. Rows come back as typed
 * values made by a {@link RowMapper}; every value is a {@code ?} parameter.
 */
final class Connections implements AutoCloseable {
  final DuckDBConnection writer;
  final Object writeLock = new Object();
  private final BlockingQueue<Connection> readers;
  private final List<Connection> allReaders = new ArrayList<>();
  private final Map<String, PreparedStatement> statements = new java.util.HashMap<>();

  Connections(Path folder, int readConnections) {
    try {
      Files.createDirectories(folder);
      this.writer = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("sitrep.duckdb"));
      Migrations.migrate(writer);
      // one DuckDB worker: the API runs many small queries at once, each on its caller's thread; DuckDB's own
      // pool only adds hand-offs (measured: 4.5 instead of 12.4 ms CPU per GET /api/events, docs/api.md)
      int threads = Integer.getInteger("sitrep.duckdbThreads", 1);
      try (Statement st = writer.createStatement()) {
        st.execute("SET threads = " + threads);
      }
      this.readers = new ArrayBlockingQueue<>(readConnections);
      for (int i = 0; i < readConnections; i++) {
        Connection c = writer.duplicate();
        allReaders.add(c);
        readers.add(c);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the sitrep store in " + folder + ": " + e.getMessage()
          + (e.getMessage() != null && e.getMessage().contains("lock")
          ? " (another sitrep process has it open: stop it, or give this one another --data folder)" : ""), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the store folder " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Work on a pooled read connection. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs work as one transaction on {@code c}: committed whole, or rolled back and the error rethrown; the
   * connection's auto-commit is restored either way.
   */
  static <T> T inTransaction(Connection c, SqlWork<T> work) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      T out = work.run(c);
      c.commit();
      return out;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  <T> T read(SqlWork<T> work) {
    Connection c;
    try {
      c = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for a database connection", e);
    }
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + e.getMessage(), e);
    } finally {
      readers.add(c);
    }
  }

  static void bind(PreparedStatement p, List<?> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object v = params.get(i);
      if (v == null) {
        p.setObject(i + 1, null);
      } else if (v instanceof Boolean b) {
        p.setBoolean(i + 1, b);
      } else if (v instanceof Integer n) {
        p.setInt(i + 1, n);
      } else if (v instanceof Long n) {
        p.setLong(i + 1, n);
      } else if (v instanceof Double n) {
        p.setDouble(i + 1, n);
      } else {
        p.setString(i + 1, v.toString());
      }
    }
  }

  /**
   * A prepared statement of the writer connection, prepared once and reused (preparing costs about as much as
   * running); closing the returned handle only clears its parameters. Call under the write lock.
   */
  PreparedStatement ps(String sql) throws SQLException {
    PreparedStatement real = statements.get(sql);
    if (real == null) {
      real = writer.prepareStatement(sql);
      statements.put(sql, real);
    }
    PreparedStatement target = real;
    return (PreparedStatement) java.lang.reflect.Proxy.newProxyInstance(Connections.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, (proxy, m, args) -> {
          if (m.getName().equals("close")) {
            target.clearParameters();
            return null;
          }
          try {
            return m.invoke(target, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** The rows of a parameterised query, each made into a value by {@code row}. */
  <T> List<T> query(String sql, List<?> params, RowMapper<T> row) {
    return read(c -> {
      List<T> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        bind(p, params);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.add(row.map(rs));
          }
        }
      }
      return out;
    });
  }

  /** Makes one row of a result set into a value. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** A whole-number column as a Long, null when SQL NULL (any integer type, HUGEINT sums included). */
  static Long longOrNull(ResultSet rs, String column) throws SQLException {
    Object v = rs.getObject(column);
    return v == null ? null : ((Number) v).longValue();
  }

  static Integer intOrNull(ResultSet rs, String column) throws SQLException {
    Object v = rs.getObject(column);
    return v == null ? null : ((Number) v).intValue();
  }

  static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
    Object v = rs.getObject(column);
    return v == null ? null : ((Number) v).doubleValue();
  }

  /** Runs a streaming query on a pooled connection and hands each row to the consumer. */
  void stream(String sql, List<?> params, RowSink sink) throws IOException {
    Connection c;
    try {
      c = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          sink.row(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("export query failed: " + e.getMessage(), e);
    } finally {
      readers.add(c);
    }
  }

  /** Runs a statement on the writer connection (exports that DuckDB writes itself, such as Parquet). */
  void execute(String sql, List<?> params) {
    synchronized (writeLock) {
      try (PreparedStatement p = writer.prepareStatement(sql)) {
        bind(p, params);
        p.execute();
      } catch (SQLException e) {
        throw new IllegalStateException("export failed: " + e.getMessage(), e);
      }
    }
  }

  /** One row of a streamed query. */
  @FunctionalInterface
  interface RowSink {
    void row(ResultSet rs) throws SQLException, IOException;
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      for (PreparedStatement p : statements.values()) {
        try {
          p.close();
        } catch (SQLException ignored) {
          // closing anyway
        }
      }
      for (Connection c : allReaders) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // closing anyway
        }
      }
      try {
        writer.close();
      } catch (SQLException e) {
        throw new IllegalStateException("cannot close the store: " + e.getMessage(), e);
      }
    }
  }
}
