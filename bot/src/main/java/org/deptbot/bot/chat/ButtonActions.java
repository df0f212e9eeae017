package org.deptbot.bot.chat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;
import org.deptbot.core.IndexedStore;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.ChatIdentity;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Creates buttons with opaque ids and resolves presses back to their action. A button's owner and
 * action are sealed (collection {@code chat_buttons}): an action such as {@code /mycases R-…} in
 * the hands of the reporter's account would otherwise tie an anonymous case to its sender. Expired
 * buttons are deleted by {@link #sweep}. Inside {@link #storedTogether} the buttons a reply creates
 * are stored in one write when the reply is ready (a reply offers up to a dozen), instead of one
 * write each; either way a button is stored before the reply that shows it leaves.
 */
public class ButtonActions implements IndexedStore {

  private static final Duration LIFETIME = Duration.ofDays(2);
  static final String COLLECTION = "chat_buttons";

  private final MongoOperations mongo;
  private final ReporterSeal seal;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final ThreadLocal<List<Stored>> pending = new ThreadLocal<>();

  public ButtonActions(MongoOperations mongo, ReporterSeal seal, Clock clock) {
    this.mongo = mongo;
    this.seal = seal;
    this.clock = clock;
  }

  @Override
  public void createIndexes() {
    Expiry.index(mongo, COLLECTION);
  }

  /** A button for {@code owner} that performs {@code action} when pressed. */
  public Button create(ChatIdentity owner, String label, ButtonAction action) {
    return new Button(label, store(owner, action, null));
  }

  /**
   * A button for {@code owner} that opens {@code form} where the platform can show one; what is
   * written in it arrives as a text message. Platforms without forms do not show the button.
   */
  public Button createForm(ChatIdentity owner, String label, Button.Form form) {
    return new Button(label, store(owner, new ButtonAction.OpenForm(), form), form);
  }

  private String store(ChatIdentity owner, ButtonAction action, Button.Form form) {
    ButtonActionCodec.encode(action); // refuses an action that could not be read back, now
    byte[] bytes = new byte[12];
    random.nextBytes(bytes);
    // 16 url-safe characters: far under Telegram's 64 bytes and Discord's 100 characters
    String id = "b" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    var button = new Stored(id, owner.key(), action, clock.instant().plus(LIFETIME), form);
    List<Stored> batch = pending.get();
    if (batch != null) {
      batch.add(button);
    } else {
      mongo.insert(sealed(button), COLLECTION);
    }
    return id;
  }

  /**
   * Runs {@code work} (handling one update), storing the buttons it creates in one write once it is
   * done. If it fails, none is stored: the reply that would show them is not sent.
   */
  public <T> T storedTogether(Supplier<T> work) {
    if (pending.get() != null) {
      return work.get();
    }
    List<Stored> batch = new ArrayList<>();
    pending.set(batch);
    try {
      T result = work.get();
      if (!batch.isEmpty()) {
        mongo.insert(batch.stream().map(this::sealed).toList(), COLLECTION);
      }
      return result;
    } finally {
      pending.remove();
    }
  }

  /** The form the button opens, if it is a live form button of {@code presser}. */
  public Optional<Button.Form> formFor(String buttonId, ChatIdentity presser) {
    return live(buttonId, presser).map(Stored::form);
  }

  /**
   * The action, if the button exists, has not expired and belongs to {@code presser}; {@link
   * ButtonAction.Unreadable} when its stored action cannot be read.
   */
  public Optional<ButtonAction> actionFor(String buttonId, ChatIdentity presser) {
    return live(buttonId, presser).map(Stored::action);
  }

  private Optional<Stored> live(String buttonId, ChatIdentity presser) {
    if (!ButtonActionCodec.possibleId(buttonId)) {
      return Optional.empty();
    }
    return Optional.ofNullable(mongo.findById(buttonId, Document.class, COLLECTION))
        .flatMap(this::opened)
        .filter(b -> b.owner().equals(presser.key()))
        .filter(b -> b.expiresAt().isAfter(clock.instant()));
  }

  /** Deletes the buttons that have expired; returns how many. */
  public long sweep() {
    return Expiry.sweep(mongo, COLLECTION, clock);
  }

  private Document sealed(Stored b) {
    Document plain =
        new Document("owner", b.owner())
            .append(ButtonActionCodec.FIELD, ButtonActionCodec.encode(b.action()));
    if (b.form() != null) {
      plain.append(
          "form",
          new Document("title", b.form().title())
              .append("label", b.form().label())
              .append("placeholder", b.form().placeholder())
              .append("maxLength", b.form().maxLength()));
    }
    return new Document("_id", b.id())
        .append("sealed", seal.seal(plain.toJson()))
        .append("expiresAt", Date.from(b.expiresAt()));
  }

  private Optional<Stored> opened(Document stored) {
    if (stored.getString("sealed") == null) {
      return Optional.empty(); // stored in the clear by an earlier version: expired
    }
    Document plain;
    try {
      plain = Document.parse(seal.open(stored.getString("sealed")));
    } catch (ReporterSeal.SealUnreadable otherKey) {
      return Optional.empty();
    }
    Document f = plain.get("form", Document.class);
    Button.Form form =
        f == null
            ? null
            : new Button.Form(
                f.getString("title"),
                f.getString("label"),
                f.getString("placeholder"),
                f.getInteger("maxLength"));
    return Optional.of(
        new Stored(
            stored.getString("_id"),
            plain.getString("owner"),
            ButtonActionCodec.decode(plain),
            stored.getDate("expiresAt").toInstant(),
            form));
  }

  /**
   * A button as kept in {@code chat_buttons}: its opaque id, the chat identity key allowed to press
   * it, what it does, when it expires, and the form it opens (or null).
   */
  private record Stored(
      String id, String owner, ButtonAction action, Instant expiresAt, Button.Form form) {}
}
