package org.deptbot.bot.tips;

import java.util.ArrayList;
import java.util.List;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.ChatFlow;
import org.deptbot.bot.chat.Conversation;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipPhotos;

/**
 * The tip intake: what you know (anyone describing an emergency in progress is told to call 911
 * before anything else), an optional photo, an optional way to reach you, a review, then Send. The
 * receipt with the tip number is sent only once the tip is stored.
 */
class TipFlow implements ChatFlow {

  static final String NAME = "tip";
  private static final int MIN_TEXT = 10;
  private static final int MAX_TEXT = 3000;

  private final Conversations conversations;
  private final TipDesk desk;
  private final TipPhotos photos;
  private final TipProperties properties;

  TipFlow(Conversations conversations, TipDesk desk, TipPhotos photos, TipProperties properties) {
    this.conversations = conversations;
    this.desk = desk;
    this.photos = photos;
    this.properties = properties;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Begins the intake; {@code text}, when given, is taken as what the tipster knows. */
  List<Outgoing> start(ChatContext context, String noticeId, String text) {
    TipDraft draft = TipDraft.start(noticeId);
    if (!text.isBlank()) {
      conversations.begin(context.identity(), NAME, "text", draft);
      return whatTheyKnow(context, draft, text);
    }
    RichText.Builder intro = RichText.builder().bold(context.text("tip.intro"));
    if (noticeId != null) {
      intro.newline().plain(context.text("tip.intro.notice", noticeId));
    }
    intro.newline().plain(context.text("tip.ask-text"));
    return step(context, draft, "text", intro.build(), List.of());
  }

  @Override
  public List<Outgoing> onText(ChatContext context, Conversation conversation, String text) {
    TipDraft draft = TipDraft.of(conversation);
    return switch (conversation.step()) {
      case "text" -> whatTheyKnow(context, draft, text);
      case "contact" -> {
        if (text.strip().length() > properties.maxContact()) {
          yield context.replyWith("tip.contact-long", properties.maxContact());
        }
        yield review(context, draft.withContact(text.strip()));
      }
      case "photo" -> context.replyWith("tip.photo-or-skip");
      default -> context.replyWith("tip.use-buttons");
    };
  }

  @Override
  public List<Outgoing> onAttachment(
      ChatContext context, Conversation conversation, Incoming.Attachment attachment) {
    if (!"photo".equals(conversation.step())) {
      return context.replyWith("tip.photo-unexpected");
    }
    if (attachment != null && attachment.size() > TipPhotos.MAX_BYTES) {
      return context.replyWith("tip.photo-size"); // too big for the platform to hand over
    }
    if (attachment == null || attachment.bytes() == null || attachment.bytes().length == 0) {
      return context.replyWith("tip.photo-unreadable");
    }
    if (!TipPhotos.isPhotoType(attachment.mediaType())) {
      return context.replyWith("tip.photo-type");
    }
    if (attachment.bytes().length > TipPhotos.MAX_BYTES) {
      return context.replyWith("tip.photo-size");
    }
    // stored now, because a conversation holds text only; a discarded intake leaves it unreferenced
    String id;
    try {
      id = photos.store(attachment.mediaType(), attachment.fileName(), attachment.bytes());
    } catch (TipPhotos.TooManyPixels hostile) {
      return context.replyWith("tip.photo-too-many-pixels");
    }
    return contact(context, TipDraft.of(conversation).withPhoto(id));
  }

  @Override
  public List<Outgoing> onAnswer(
      ChatContext context, Conversation conversation, ButtonAction.Answer answer) {
    TipDraft draft = TipDraft.of(conversation);
    return switch (answer.choice()) {
      case "skip" -> contact(context, draft.withPhoto(null));
      case "anonymous" -> review(context, draft.withContact(null));
      case "send" -> send(context, draft);
      case "stop" -> {
        conversations.end(context.identity());
        yield context.replyWith("tip.discarded");
      }
      default -> context.replyWith("button.expired");
    };
  }

  private List<Outgoing> whatTheyKnow(ChatContext context, TipDraft draft, String text) {
    List<Outgoing> out = new ArrayList<>();
    out.addAll(DangerPrompt.first(context, text)); // on its own, before anything else
    String known = text.strip();
    if (known.length() < MIN_TEXT) {
      out.addAll(context.replyWith("tip.text-short"));
    } else if (known.length() > MAX_TEXT) {
      out.addAll(context.replyWith("tip.text-long", MAX_TEXT));
    } else {
      out.addAll(
          step(
              context,
              draft.withText(known),
              "photo",
              context.messages().plain("tip.ask-photo"),
              List.of(List.of(button(context, "tip.button.skip", "skip")))));
    }
    return out;
  }

  private List<Outgoing> contact(ChatContext context, TipDraft draft) {
    return step(
        context,
        draft,
        "contact",
        context.messages().plain("tip.ask-contact"),
        List.of(List.of(button(context, "tip.button.anonymous", "anonymous"))));
  }

  private List<Outgoing> review(ChatContext context, TipDraft draft) {
    conversations.begin(context.identity(), NAME, "review", draft);
    RichText.Builder text = RichText.builder().bold(context.text("tip.review"));
    if (draft.noticeId() != null) {
      text.newline().plain(context.text("tip.review.notice", draft.noticeId()));
    }
    text.newline()
        .plain(context.text("tip.review.text", draft.text()))
        .newline()
        .plain(context.text(draft.photoId() == null ? "tip.review.no-photo" : "tip.review.photo"))
        .newline()
        .plain(
            draft.contact() == null
                ? context.text("tip.review.anonymous")
                : context.text("tip.review.contact", draft.contact()));
    return context.reply(
        text.build(),
        List.of(
            List.of(button(context, "tip.button.send", "send")),
            List.of(button(context, "tip.button.discard", "stop"))));
  }

  private List<Outgoing> send(ChatContext context, TipDraft draft) {
    Tip stored = desk.submit(context.identity(), context.incoming().chat(), draft);
    conversations.endOnceDelivered(context.identity()); // the draft ties this account to the tip
    return context.replyWith(
        stored.anonymous() ? "tip.receipt-anonymous" : "tip.receipt",
        stored.id(),
        draft.receiptKey());
  }

  private List<Outgoing> step(
      ChatContext context, TipDraft draft, String step, RichText ask, List<List<Button>> rows) {
    conversations.begin(context.identity(), NAME, step, draft);
    List<List<Button>> all = new ArrayList<>(rows);
    all.add(List.of(button(context, "tip.button.discard", "stop")));
    return context.reply(ask, all);
  }

  private static Button button(ChatContext context, String labelKey, String choice) {
    return context.button(labelKey, ButtonAction.answer(NAME, choice));
  }
}
