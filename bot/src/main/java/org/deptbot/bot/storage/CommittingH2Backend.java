package org.deptbot.bot.storage;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.mvstore.MVStore;

/**
 * The H2 MVStore backend, committed to disk after every write command before the client is
 * answered. MVStore on its own commits about once a second in the background, so a crash could lose
 * the last second of acknowledged writes: a report whose receipt the employee already has.
 *
 * <p>The one exception is the start-up step that readies the database ({@link #together}): the bot
 * serves nobody yet, so its writes (indexes, the seed import) are committed once at the end. A
 * commit costs one to four milliseconds on this kind of machine, and that step makes a few hundred
 * writes on a first start. A crash inside the step loses at most that step's writes, which the next
 * start makes again (index creation and the seed import both skip what is already there).
 */
class CommittingH2Backend extends H2Backend {

  private static final Set<String> WRITES =
      Set.of(
          "insert",
          "update",
          "delete",
          "findandmodify",
          "createindexes",
          "dropindexes",
          "create",
          "drop",
          "dropdatabase",
          "renamecollection");

  private final AtomicInteger deferring = new AtomicInteger();

  CommittingH2Backend(MVStore store) {
    super(store);
  }

  /** Runs {@code work} with each write's commit left to one commit at the end. */
  void together(Runnable work) {
    deferring.incrementAndGet();
    try {
      work.run();
    } finally {
      deferring.decrementAndGet();
      commit();
    }
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    try {
      return super.handleCommand(channel, database, command, query);
    } finally {
      if (deferring.get() == 0 && WRITES.contains(command.toLowerCase(Locale.ROOT))) {
        commit();
      }
    }
  }
}
