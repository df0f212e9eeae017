package org.deptbot.core.channels;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/** The department's notice channels in MongoDB (collection {@code channels}). */
public class Channels {

  private final MongoOperations mongo;

  public Channels(MongoOperations mongo) {
    this.mongo = mongo;
  }

  public Optional<Channel> byId(String id) {
    return Optional.ofNullable(mongo.findById(id, Channel.class));
  }

  public List<Channel> all() {
    return mongo.find(new Query().with(Sort.by("_id")), Channel.class);
  }

  /** Channels a template's notice may go to: its defaults, and every channel of its category. */
  public List<Channel> candidatesFor(org.deptbot.core.templates.Template template) {
    return all().stream()
        .filter(c -> template.defaultChannels().contains(c.id()) || c.receives(template.category()))
        .toList();
  }

  /** Preselected for a notice: the template's defaults, or every channel of its category. */
  public List<String> defaultTargetsFor(org.deptbot.core.templates.Template template) {
    return template.defaultChannels().isEmpty()
        ? candidatesFor(template).stream().map(Channel::id).toList()
        : template.defaultChannels();
  }

  public Channel save(Channel channel) {
    return mongo.save(channel);
  }
}
