package org.deptbot.core;

import java.util.List;
import org.deptbot.core.seed.SeedOnStartup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The one start-up step that readies the database: every store's indexes, then the seed file. It
 * runs once every bean exists and before anything starts (the web server, so health, the training
 * chat and webhooks; the Telegram, Discord and delivery clients), so nothing reads or writes a
 * collection whose unique indexes are missing, nobody is served before the roster is in, and health
 * is never UP before both. A failure stops the start.
 *
 * <p>Its writes go through {@link StartupWrites}, which lets the embedded database put them on disk
 * once at the end of the step instead of after each one.
 */
public class DatabaseAtStartup implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DatabaseAtStartup.class);

  private final ObjectProvider<IndexedStore> stores;
  private final ObjectProvider<SeedOnStartup> seed;
  private final ObjectProvider<StartupWrites> writes;

  public DatabaseAtStartup(
      ObjectProvider<IndexedStore> stores,
      ObjectProvider<SeedOnStartup> seed,
      ObjectProvider<StartupWrites> writes) {
    this.stores = stores;
    this.seed = seed;
    this.writes = writes;
  }

  @Override
  public void afterSingletonsInstantiated() {
    writes.getIfAvailable(() -> StartupWrites.EACH_AS_IT_COMES).together(this::ready);
  }

  private void ready() {
    long started = System.nanoTime();
    List<IndexedStore> all = stores.orderedStream().toList();
    all.forEach(IndexedStore::createIndexes);
    log.info("Indexes of {} stores ready in {} ms", all.size(), millisSince(started));
    seed.ifAvailable(SeedOnStartup::importIfGiven);
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
