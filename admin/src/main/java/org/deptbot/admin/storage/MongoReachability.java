package org.deptbot.admin.storage;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Pings MongoDB once at start-up, so a console with no database stops with a clear message rather
 * than failing on the first page a user opens.
 */
@Component
class MongoReachability implements InitializingBean {

  private final MongoClient client;

  MongoReachability(MongoClient client) {
    this.client = client;
  }

  @Override
  public void afterPropertiesSet() {
    try {
      client.getDatabase("admin").runCommand(new Document("ping", 1));
    } catch (MongoException e) {
      throw new MongoUnreachable(hosts(), e);
    }
  }

  /** Host and port only: the connection string may carry a password. */
  private String hosts() {
    return client.getClusterDescription().getClusterSettings().getHosts().stream()
        .map(Object::toString)
        .collect(Collectors.joining(", "));
  }
}
