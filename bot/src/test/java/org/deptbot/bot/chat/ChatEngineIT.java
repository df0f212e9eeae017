package org.deptbot.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.core.enrollment.Enrollment;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.templates.VariableType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

/** Conversations against the engine itself, as any adapter would hand them over. */
@BotIntegrationTest
class ChatEngineIT {

  private static final String DISPATCHER = "700000050"; // s-050, pre-linked in the seed
  private static final String GROUP = "-1001000000002";

  @Autowired ChatEngine engine;
  @Autowired Enrollment enrollment;
  @Autowired Templates templates;
  @Autowired ChatLinks links;
  @Autowired ButtonActions buttons;
  @Autowired Conversations conversations;
  @Autowired ReporterSeal seal;
  @Autowired MongoOperations mongo;

  @Test
  void startTellsThePublicWhoseBotThisIsWithTheDisclaimerAndOffersButtons() {
    Outgoing.Send reply = onlySend(engine.handle(text(newUser(), "/start")));

    assertThat(reply.text().plainText())
        .contains("Riverton Police Department", "public notices")
        .contains("not monitored around the clock", "dial 911", "(555) 010-4400");
    assertThat(reply.buttons().get(0))
        .extracting(Button::label)
        .containsExactly("What can I do?", "I’m staff: link my account");
    assertThat(reply.buttons().get(0)).allSatisfy(b -> assertThat(b.id()).hasSizeLessThan(64));
  }

  @Test
  void startGreetsALinkedMemberByNameAndRole() {
    Outgoing.Send reply = onlySend(engine.handle(text(DISPATCHER, "/start")));

    assertThat(reply.text().plainText()).contains("linked to Kelly Brennan (Dispatch), Dispatcher");
    assertThat(reply.buttons().get(0)).extracting(Button::label).containsExactly("What can I do?");
  }

  @Test
  void helpListsOnlyWhatTheRoleAllows() {
    String forPublic = onlySend(engine.handle(text(newUser(), "/help"))).text().plainText();
    String forStaff = onlySend(engine.handle(text(DISPATCHER, "/help"))).text().plainText();

    assertThat(forPublic).contains("/start", "/help", "/enroll", "/cancel");
    assertThat(forStaff).contains("/start", "/help", "/cancel").doesNotContain("/enroll");
  }

  @Test
  void unknownInputInPrivateGetsAHelpfulAnswerButGroupChatterIsLeftAlone() {
    String user = newUser();
    assertThat(onlySend(engine.handle(text(user, "/frobnicate"))).text().plainText())
        .contains("I don’t know the command /frobnicate", "/help");
    assertThat(onlySend(engine.handle(text(user, "hello?"))).text().plainText())
        .contains("didn’t understand", "/help");

    assertThat(engine.handle(inGroup(user, "anyone seen the parade route?"))).isEmpty();
    assertThat(engine.handle(inGroup(user, "/frobnicate"))).isEmpty();
    assertThat(onlySend(engine.handle(inGroup(user, "/help@riverton_pd_bot"))).to().chatId())
        .isEqualTo(GROUP);
  }

  @Test
  void aButtonRunsItsActionAndIsAnsweredButOnlyForItsOwner() {
    String user = newUser();
    Button help = onlySend(engine.handle(text(user, "/start"))).buttons().get(0).get(0);

    List<Outgoing> pressed = engine.handle(press(user, help.id()));
    assertThat(pressed).filteredOn(Outgoing.AnswerPress.class::isInstance).hasSize(1);
    assertThat(sends(pressed))
        .singleElement()
        .satisfies(s -> assertThat(s.text().plainText()).contains("What you can do here"));

    List<Outgoing> stranger = engine.handle(press(newUser(), help.id()));
    assertThat(stranger)
        .singleElement()
        .isInstanceOfSatisfying(
            Outgoing.AnswerPress.class, a -> assertThat(a.notice()).contains("expired"));
  }

  @Test
  void aFormButtonKeepsItsFormForItsOwnerAndPressedWhereNoFormCanShowSaysToType() {
    String user = newUser();
    var owner = user(user).identity();
    var form = new Button.Form("What happened?", "Details", null, 2000);
    Button button = buttons.createForm(owner, "Write it in a form", form);

    assertThat(button.opensForm()).isTrue();
    assertThat(buttons.formFor(button.id(), owner)).contains(form);
    assertThat(buttons.formFor(button.id(), user(newUser()).identity())).isEmpty();
    assertThat(
            buttons.formFor(
                onlySend(engine.handle(text(user, "/start"))).buttons().get(0).get(0).id(), owner))
        .as("an ordinary button opens no form")
        .isEmpty();
    assertThat(engine.handle(press(user, button.id())))
        .singleElement()
        .isInstanceOfSatisfying(
            Outgoing.AnswerPress.class, a -> assertThat(a.notice()).contains("Type your answer"));
  }

  @Test
  void buttonsAlreadyInChatsFromBeforeActionsWereTypedStillWork() {
    String user = newUser();
    var owner = user(user).identity();

    List<Outgoing> help = engine.handle(press(user, oldButton(owner, "/help")));
    assertThat(sends(help))
        .singleElement()
        .satisfies(s -> assertThat(s.text().plainText()).contains("What you can do here"));

    engine.handle(text(user, "/tip"));
    assertThat(conversations.current(owner)).isPresent();
    List<Outgoing> stop = engine.handle(press(user, oldButton(owner, "flow:tip:stop")));
    assertThat(sends(stop))
        .singleElement()
        .satisfies(s -> assertThat(s.text().plainText()).contains("Discarded. Nothing was sent."));
    assertThat(conversations.current(owner)).as("the old answer reached the tip's flow").isEmpty();
  }

  @Test
  void aButtonWhoseActionCannotBeReadIsRefusedWithAClearAnswerAndDoesNothing() {
    String user = newUser();
    var owner = user(user).identity();
    engine.handle(text(user, "/tip"));
    String newer =
        store(
            owner,
            new Document(
                "act",
                new Document("v", 3)
                    .append("kind", "answer")
                    .append("flow", "tip")
                    .append("choice", "stop")));

    var pressed = press(user, newer);
    assertThat(engine.answerAtOnce((Incoming.ButtonPress) pressed).notice())
        .contains("can’t be used any more");
    assertThat(engine.handle(pressed))
        .singleElement()
        .isInstanceOfSatisfying(
            Outgoing.AnswerPress.class,
            a -> assertThat(a.notice()).contains("can’t be used any more"));
    assertThat(conversations.current(owner)).as("the flow goes on as it was").isPresent();

    List<Outgoing> unknown = engine.handle(press(user, oldButton(owner, "/frobnicate now")));
    assertThat(sends(unknown))
        .singleElement()
        .satisfies(s -> assertThat(s.text().plainText()).contains("can’t be used any more"));
    assertThat(engine.handle(press(user, "/help now")))
        .as("an id no platform could carry")
        .singleElement()
        .isInstanceOfSatisfying(
            Outgoing.AnswerPress.class, a -> assertThat(a.notice()).contains("expired"));
  }

  /** A button as the version before typed actions stored it: its action one sealed string. */
  private String oldButton(ChatIdentity owner, String action) {
    return store(owner, new Document("action", action));
  }

  private String store(ChatIdentity owner, Document action) {
    String id = "bOld" + UUID.randomUUID().toString().replace("-", "").substring(0, 13);
    Document plain = new Document("owner", owner.key());
    plain.putAll(action);
    mongo.insert(
        new Document("_id", id)
            .append("sealed", seal.seal(plain.toJson()))
            .append("expiresAt", Date.from(Instant.now().plus(Duration.ofDays(1)))),
        "chat_buttons");
    return id;
  }

  @Test
  void enrollAsksForTheCodeAndLinksTheAccount() {
    String user = newUser();
    String code = enrollment.issue("s-041", "s-060").code();

    assertThat(reply(user, "/enroll")).contains("send me the enrollment code");
    assertThat(reply(user, "ZZZZZ-ZZZZZ")).contains("not recognized", "4 tries left");
    assertThat(reply(user, code.toLowerCase())).contains("now linked to Officer Aisha Bello");
    assertThat(reply(user, "/start")).contains("linked to Officer Aisha Bello, Employee");
    assertThat(reply(user, "/enroll " + code)).contains("already linked to Officer Aisha Bello");
  }

  @Test
  void enrollInAGroupSaysToUseAPrivateChatAndCancelLeavesAFlow() {
    String user = newUser();
    assertThat(onlySend(engine.handle(inGroup(user, "/enroll ABCDE-FGHJK"))).text().plainText())
        .contains("private chat");

    reply(user, "/enroll");
    assertThat(reply(user, "/cancel")).contains("Stopped");
    assertThat(reply(user, "K7QM3-XPD9R")).contains("didn’t understand");
    assertThat(reply(user, "/cancel")).contains("nothing to stop");
  }

  @Test
  void aPrivateOnlyCommandInAGroupSaysInItsOwnWordsWhereToSendItAndStartsNothing() {
    String user = newUser();
    assertThat(onlySend(engine.handle(inGroup(user, "/tip"))).text().plainText())
        .contains("Tips are sent in a private chat with me", "/tip");
    assertThat(onlySend(engine.handle(inGroup(user, "/subscribe"))).text().plainText())
        .contains("Subscribing works in a private chat with me", "/subscribe");
    assertThat(onlySend(engine.handle(inGroup(DISPATCHER, "/notice"))).text().plainText())
        .contains("Notices are put together in a private chat with me", "/notice");

    // nothing was begun: the next private message is not taken as the tip's first answer
    assertThat(reply(user, "a blue van parked by the school")).contains("didn’t understand");
  }

  @Test
  void anApproverReviewsPendingTemplatesAndApprovesOrSendsThemBack() {
    String approver = "700000010";
    links.relink(
        ChatLink.of(
            new ChatIdentity(ChatPlatform.TELEGRAM, approver),
            "s-010",
            Instant.now(),
            ChatLink.Source.SEED));
    Template first = pending("s-060");
    Template second = pending("s-060");
    Template own = pending("s-010");

    List<Outgoing.Send> listed = sends(engine.handle(text(approver, "/approvals")));
    Outgoing.Send firstPreview = previewOf(listed, first);
    assertThat(firstPreview.text().plainText())
        .contains("Parade on [street]", "[street] Which street? (location)", "Written by s-060")
        .contains(
            "With sample answers, it reads:", "Parade on Elm St", "Elm St closes for the parade.");
    assertThat(firstPreview.buttons().get(0))
        .extracting(Button::label)
        .containsExactly("Approve", "Reject");
    assertThat(previewOf(listed, own).buttons()).isEmpty();
    assertThat(previewOf(listed, own).text().plainText()).contains("You wrote this one");

    List<Outgoing> approved =
        engine.handle(press(approver, firstPreview.buttons().get(0).get(0).id()));
    assertThat(sends(approved).get(0).text().plainText())
        .contains("Approved: " + first.key() + " v1");
    assertThat(templates.usable(first.key())).isPresent();

    Button reject = previewOf(listed, second).buttons().get(0).get(1);
    assertThat(sends(engine.handle(press(approver, reject.id()))).get(0).text().plainText())
        .contains("Why are you sending");
    assertThat(reply(approver, "Say which side of the street is closed"))
        .contains("Sent back to the author");
    assertThat(templates.byId(second.id()).orElseThrow().history())
        .last()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("Say which side of the street is closed"));

    assertThat(reply(DISPATCHER, "/approvals")).contains("not available to you");
    assertThat(reply(approver, "/approve " + own.id()))
        .isEqualTo("You wrote " + own.id() + ", so someone else must approve it.");
    assertThat(reply(approver, "/approve " + first.id()))
        .isEqualTo(
            "Template "
                + first.id()
                + " is approved now, so that can’t be done. Send /approvals to see what is still waiting.");
  }

  private Template pending(String author) {
    String key =
        "parade_" + Long.toHexString(UUID.randomUUID().getMostSignificantBits() & 0xffffffL);
    Template draft =
        Template.draft(
            key,
            NoticeCategory.SPECIAL_EVENT,
            "Parade on {{street}}",
            "{{street}} closes for the parade.",
            List.of(
                TemplateVariable.required("street", "Which street?", VariableType.LOCATION)
                    .withExample("Elm St")),
            Severity.MINOR,
            Urgency.FUTURE,
            Duration.ofHours(6),
            List.of(),
            author,
            Instant.now());
    return templates.add(draft.submit(author, Instant.now()));
  }

  private static Outgoing.Send previewOf(List<Outgoing.Send> listed, Template template) {
    return listed.stream()
        .filter(s -> s.text().plainText().contains(template.key() + " v1"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no preview of " + template.key()));
  }

  private String reply(String user, String text) {
    return onlySend(engine.handle(text(user, text))).text().plainText();
  }

  private static String newUser() {
    return String.valueOf(800_000_000L + (UUID.randomUUID().getLeastSignificantBits() & 0xffffff));
  }

  private static ChatUser user(String id) {
    return new ChatUser(new ChatIdentity(ChatPlatform.TELEGRAM, id), "Sam");
  }

  private static Incoming text(String user, String text) {
    return new Incoming.TextMessage(
        "test:" + UUID.randomUUID(),
        user(user),
        new ChatTarget(ChatPlatform.TELEGRAM, user, true),
        text);
  }

  private static Incoming inGroup(String user, String text) {
    return new Incoming.TextMessage(
        "test:" + UUID.randomUUID(),
        user(user),
        new ChatTarget(ChatPlatform.TELEGRAM, GROUP, false),
        text);
  }

  private static Incoming press(String user, String buttonId) {
    return new Incoming.ButtonPress(
        "test:" + UUID.randomUUID(),
        user(user),
        new ChatTarget(ChatPlatform.TELEGRAM, user, true),
        buttonId,
        "1",
        "press-" + UUID.randomUUID());
  }

  private static List<Outgoing.Send> sends(List<Outgoing> out) {
    return out.stream()
        .filter(Outgoing.Send.class::isInstance)
        .map(Outgoing.Send.class::cast)
        .toList();
  }

  private static Outgoing.Send onlySend(List<Outgoing> out) {
    assertThat(out).hasSize(1);
    return sends(out).get(0);
  }
}
