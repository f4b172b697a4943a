package org.sitrep.watch;

import java.nio.file.Path;
import java.time.Clock;
import org.sitrep.store.SitrepStore;

/**
 * A desk in a process of its own, for {@link WatchResumeTest}: runs {@code passes} passes over the configuration
 * with the fake analyser slowed to {@code slowMs} per article, delivering webhooks, printing "pass N" after each.
 */
public final class WatchChild {
  public static void main(String[] args) throws Exception {
    WatchConfig cfg = WatchConfig.load(Path.of(args[0]));
    int passes = Integer.parseInt(args[2]);
    long slow = Long.parseLong(args[3]);
    try (SitrepStore store = SitrepStore.open(Path.of(args[1]));
         Watcher w = new Watcher(cfg, new StoreGateway(store), IncidentLinker.standard(), a -> {
           try {
             Thread.sleep(slow);
           } catch (InterruptedException e) {
             Thread.currentThread().interrupt();
           }
           return FakeNews.analyze(a);
         }, 2, Clock.systemUTC(), System.err::println).startWebhooks()) {
      for (int i = 1; i <= passes; i++) {
        Watcher.Pass p = w.pass();
        System.out.println("pass " + i + " stored " + p.stored() + " alerts " + p.alerts().size());
        System.out.flush();
        Thread.sleep(5);
      }
      System.out.println("done");
    }
  }
}
