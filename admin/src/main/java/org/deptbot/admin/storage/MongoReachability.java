package org.deptbot.admin.storage;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Pings MongoDB as soon as its client exists, before any other bean can use it, so a console with
 * no database stops with a clear message rather than failing on the first page a user opens.
 */
@Component
class MongoReachability implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if (bean instanceof MongoClient client) {
      try {
        client.getDatabase("admin").runCommand(new Document("ping", 1));
      } catch (MongoException e) {
        throw new MongoUnreachable(hosts(client), e);
      }
    }
    return bean;
  }

  /** Host and port only: the connection string may carry a password. */
  private static String hosts(MongoClient client) {
    return client.getClusterDescription().getClusterSettings().getHosts().stream()
        .map(Object::toString)
        .collect(Collectors.joining(", "));
  }
}
