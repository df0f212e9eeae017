package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * A message as the fake holds it; tests read it. Content, embeds, buttons and files change when the
 * bot edits it.
 */
public final class FakeMessage {

  /** Discord's flag for a message only the interacting user sees. */
  public static final int EPHEMERAL = 64;

  /** Discord's flag for the "thinking…" placeholder of a deferred reply. */
  public static final int LOADING = 128;

  private final long id;
  private final long channelId;
  private final long authorId;
  private String content = "";
  private ArrayNode embeds = JsonNodeFactory.instance.arrayNode();
  private ArrayNode components = JsonNodeFactory.instance.arrayNode();
  private List<FakeFile> files = List.of();
  private int flags;
  private int edits;
  private boolean crossposted;
  private boolean deleted;

  FakeMessage(long id, long channelId, long authorId) {
    this.id = id;
    this.channelId = channelId;
    this.authorId = authorId;
  }

  public long id() {
    return id;
  }

  public long channelId() {
    return channelId;
  }

  public long authorId() {
    return authorId;
  }

  public synchronized String content() {
    return content;
  }

  /** The content as a reader sees it, without markdown's escaping backslashes. */
  public synchronized String plainText() {
    return content.replaceAll("\\\\(.)", "$1");
  }

  public synchronized JsonNode embeds() {
    return embeds.deepCopy();
  }

  /** The custom ids of the buttons, row by row. */
  public synchronized List<List<String>> buttonIds() {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode row : components) {
      List<String> ids = new ArrayList<>();
      row.path("components").forEach(b -> ids.add(b.path("custom_id").asText()));
      rows.add(ids);
    }
    return rows;
  }

  /** The labels of the buttons, row by row, matching {@link #buttonIds()}. */
  public synchronized List<List<String>> buttonLabels() {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode row : components) {
      List<String> labels = new ArrayList<>();
      row.path("components").forEach(b -> labels.add(b.path("label").asText()));
      rows.add(labels);
    }
    return rows;
  }

  public synchronized List<FakeFile> files() {
    return files;
  }

  public synchronized int flags() {
    return flags;
  }

  public synchronized boolean ephemeral() {
    return (flags & EPHEMERAL) != 0;
  }

  public synchronized int edits() {
    return edits;
  }

  public synchronized boolean crossposted() {
    return crossposted;
  }

  public synchronized boolean deleted() {
    return deleted;
  }

  /** Applies a create or edit payload: the fields present replace the message's own. */
  synchronized void apply(JsonNode payload, List<FakeFile> uploaded, boolean edit) {
    if (payload.has("content")) {
      content = payload.path("content").asText("");
    }
    if (payload.has("embeds")) {
      embeds = payload.path("embeds").isArray() ? (ArrayNode) payload.get("embeds") : emptyArray();
      embeds.forEach(e -> ((com.fasterxml.jackson.databind.node.ObjectNode) e).put("type", "rich"));
    }
    if (payload.has("components")) {
      components =
          payload.path("components").isArray()
              ? (ArrayNode) payload.get("components")
              : emptyArray();
    }
    if (payload.has("attachments") || !uploaded.isEmpty()) {
      files = List.copyOf(uploaded);
    }
    if (payload.has("flags")) {
      // whether a message is ephemeral is settled when it is created
      int kept = edit ? flags & (LOADING | EPHEMERAL) : flags & LOADING;
      flags = kept | (payload.path("flags").asInt() & ~(edit ? EPHEMERAL : 0));
    }
    if (edit) {
      flags &= ~LOADING;
      edits++;
    }
  }

  synchronized void setFlags(int flags) {
    this.flags = flags;
  }

  synchronized void markCrossposted() {
    crossposted = true;
  }

  synchronized void markDeleted() {
    deleted = true;
  }

  synchronized ArrayNode componentsJson() {
    return components.deepCopy();
  }

  private static ArrayNode emptyArray() {
    return JsonNodeFactory.instance.arrayNode();
  }
}
