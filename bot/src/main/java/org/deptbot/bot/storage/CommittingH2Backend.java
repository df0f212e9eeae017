package org.deptbot.bot.storage;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * The H2 MVStore backend, committed to disk after every write command before the client is
 * answered. MVStore on its own commits about once a second in the background, so a crash could lose
 * the last second of acknowledged writes: a report whose receipt the employee already has.
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

  CommittingH2Backend(MVStore store) {
    super(store);
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    try {
      return super.handleCommand(channel, database, command, query);
    } finally {
      if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
        commit();
      }
    }
  }
}
