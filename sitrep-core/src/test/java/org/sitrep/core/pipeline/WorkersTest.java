package org.sitrep.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

class WorkersTest {
  @Test
  void daemonPool_threadsAreDaemonsNamedByThePrefix() throws Exception {
    ExecutorService pool = Workers.daemonPool("test-worker-", 2);
    try {
      Thread t = pool.submit(Thread::currentThread).get();
      assertTrue(t.isDaemon());
      assertEquals("test-worker-1", t.getName());
    } finally {
      pool.shutdownNow();
    }
  }
}
