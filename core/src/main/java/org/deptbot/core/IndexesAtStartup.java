package org.deptbot.core;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The one start-up step that creates every store's indexes. It runs once every bean exists and
 * before anything starts (the web server, so health, the training chat and webhooks; the Telegram,
 * Discord and delivery clients; the seed import), so nothing reads or writes a collection whose
 * unique indexes are missing, and health is never UP before they exist. A failure stops the start.
 */
public class IndexesAtStartup implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(IndexesAtStartup.class);

  private final ObjectProvider<IndexedStore> stores;

  public IndexesAtStartup(ObjectProvider<IndexedStore> stores) {
    this.stores = stores;
  }

  @Override
  public void afterSingletonsInstantiated() {
    long started = System.nanoTime();
    List<IndexedStore> all = stores.orderedStream().toList();
    all.forEach(IndexedStore::createIndexes);
    log.info(
        "Indexes of {} stores ready in {} ms",
        all.size(),
        (System.nanoTime() - started) / 1_000_000);
  }
}
