package org.deptbot.core.testing;

import de.flapdoodle.embed.mongo.distribution.Version;
import de.flapdoodle.embed.mongo.transitions.Mongod;

/**
 * A real mongod that flapdoodle downloads and starts. Its own class so that flapdoodle, a core test
 * dependency only, is loaded just when {@code -Preal-mongo} runs without {@code MONGODB_URI}.
 */
final class DownloadedMongod {

  private DownloadedMongod() {}

  static String start() {
    var running = Mongod.instance().start(Version.Main.V7_0);
    Runtime.getRuntime().addShutdownHook(new Thread(running::close));
    var address = running.current().getServerAddress();
    return "mongodb://" + address.getHost() + ":" + address.getPort();
  }
}
