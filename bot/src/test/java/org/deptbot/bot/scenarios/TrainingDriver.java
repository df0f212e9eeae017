package org.deptbot.bot.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The training chat through the JSON API its page uses: a persona says something, presses a button
 * of a message in its transcript, and polls the transcript. The page has one public persona, so
 * every member of the public here is the same person.
 */
final class TrainingDriver implements ChatDriver {

  private static final ObjectMapper json = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String api;
  private final Map<String, Long> seenUpTo = new ConcurrentHashMap<>();

  TrainingDriver(int port) {
    this.api = "http://127.0.0.1:" + port + "/training/api/personas/";
  }

  @Override
  public String toString() {
    return "training chat";
  }

  @Override
  public Person newMemberOfThePublic() {
    return new Person("public", "the public");
  }

  @Override
  public Person dispatcher() {
    return new Person("s-050", "Kelly Brennan (Dispatch)");
  }

  @Override
  public Person officer() {
    return new Person("s-031", "Officer Jamie Cole");
  }

  @Override
  public Person sergeant() {
    return new Person("s-030", "Sgt. Tom Reyes");
  }

  @Override
  public void say(Person who, String text) {
    newTurn(who);
    int status = post(who.id() + "/messages", Map.of("text", text));
    if (status != 202) {
      throw new AssertionError("the page's message was refused with " + status);
    }
  }

  @Override
  public boolean press(Person who, Reply on, String labelStart) {
    String button =
        entries(who).stream()
            .filter(e -> e.path("id").asText().equals(on.id()))
            .reduce((a, b) -> b)
            .map(e -> buttonId(e, labelStart))
            .orElse(null);
    if (button == null) {
      throw new AssertionError("no button " + labelStart + " on " + on);
    }
    newTurn(who);
    return post(who.id() + "/presses", Map.of("messageId", on.id(), "buttonId", button)) == 202;
  }

  @Override
  public List<Reply> repliesSinceLastTurn(Person who) {
    long mark = seenUpTo.getOrDefault(who.id(), 0L);
    List<JsonNode> entries = entries(who);
    Set<String> before = new HashSet<>();
    Map<String, Reply> after = new LinkedHashMap<>();
    for (JsonNode e : entries) {
      String id = e.path("id").asText();
      if (e.path("seq").asLong() <= mark) {
        before.add(id);
      } else if (e.path("from").asText().equals("bot") && !before.contains(id)) {
        after.put(id, reply(e)); // an edit replaces the version before it
      }
    }
    return List.copyOf(after.values());
  }

  @Override
  public Reply current(Person who, String messageId) {
    return entries(who).stream()
        .filter(e -> e.path("id").asText().equals(messageId))
        .reduce((a, b) -> b)
        .map(TrainingDriver::reply)
        .orElse(null);
  }

  @Override
  public List<String> refusedCalls() {
    return List.of();
  }

  private void newTurn(Person who) {
    seenUpTo.put(
        who.id(), get(who.id() + "/messages?after=" + Long.MAX_VALUE).path("last").asLong());
  }

  private List<JsonNode> entries(Person who) {
    List<JsonNode> entries = new ArrayList<>();
    get(who.id() + "/messages?after=0").path("messages").forEach(entries::add);
    return entries;
  }

  private static String buttonId(JsonNode entry, String labelStart) {
    for (JsonNode row : entry.path("buttons")) {
      for (JsonNode button : row) {
        if (button.path("label").asText().startsWith(labelStart)) {
          return button.path("id").asText();
        }
      }
    }
    return null;
  }

  private static Reply reply(JsonNode entry) {
    List<String> labels = new ArrayList<>();
    entry.path("buttons").forEach(row -> row.forEach(b -> labels.add(b.path("label").asText())));
    return new Reply(entry.path("id").asText(), plain(entry.path("html").asText()), labels);
  }

  /** The page's HTML as a reader sees it. */
  static String plain(String html) {
    return html.replace("<br>", "\n")
        .replaceAll("<[^>]+>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  private JsonNode get(String path) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(api + path)).build();
      return json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    } catch (IOException e) {
      throw new AssertionError("the training API did not answer " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private int post(String path, Map<String, String> body) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(api + path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new AssertionError("the training API did not answer " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
