package org.deptbot.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** How a button's action is written and read back, in the typed form and in the old strings. */
class ButtonActionCodecTest {

  @Test
  void everyKindOfActionReadsBackAsWritten() {
    List<ButtonAction> actions =
        List.of(
            ButtonAction.command("case_act", "R-2026-000042", "resolve", "SUSTAINED"),
            ButtonAction.command("help"),
            ButtonAction.typed("/mycases R-2026-000042").with("It was posted\n  twice: see both"),
            ButtonAction.answer("notice", "target", "telegram:-1001000000002"),
            ButtonAction.answer("tip", "send"),
            new ButtonAction.OpenForm());

    for (ButtonAction action : actions) {
      Document stored = new Document(ButtonActionCodec.FIELD, ButtonActionCodec.encode(action));
      // as it goes into the seal and comes out of it
      Document reopened = Document.parse(stored.toJson());
      assertThat(ButtonActionCodec.decode(reopened)).isEqualTo(action);
    }
  }

  @Test
  void theTypedFormCarriesItsVersionAndKind() {
    Document written =
        ButtonActionCodec.encode(ButtonAction.command("case_act", "R-2026-000042", "ack"));

    assertThat(written.getInteger("v")).isEqualTo(ButtonActionCodec.VERSION);
    assertThat(written.getString("kind")).isEqualTo("command");
    assertThat(written.getString("name")).isEqualTo("case_act");
    assertThat(written.getList("args", String.class)).containsExactly("R-2026-000042", "ack");
  }

  @Test
  void buttonsStoredAsOneStringBeforeActionsWereTypedStillRead() {
    assertThat(old("/case_act R-2026-000042 ack"))
        .isEqualTo(ButtonAction.command("case_act", "R-2026-000042", "ack"));
    assertThat(old("/case_act R-2026-000042 resolve SUSTAINED"))
        .isEqualTo(ButtonAction.command("case_act", "R-2026-000042", "resolve", "SUSTAINED"));
    assertThat(old("/tip_act T-2026-000007 close"))
        .isEqualTo(ButtonAction.command("tip_act", "T-2026-000007", "close"));
    assertThat(old("/help")).isEqualTo(ButtonAction.command("help"));
    assertThat(old("/help@riverton_pd_bot")).isEqualTo(ButtonAction.command("help"));
    assertThat(old("flow:notice:confirm")).isEqualTo(ButtonAction.answer("notice", "confirm"));
    assertThat(old("flow:notice:pick:2")).isEqualTo(ButtonAction.answer("notice", "pick", "2"));
    assertThat(old("flow:notice:target:telegram:-1001"))
        .as("a value keeps its own colons")
        .isEqualTo(ButtonAction.answer("notice", "target", "telegram:-1001"));
    assertThat(old("flow:report:subject:s-041"))
        .isEqualTo(ButtonAction.answer("report", "subject", "s-041"));
    assertThat(old("form")).isEqualTo(new ButtonAction.OpenForm());
  }

  @Test
  void anOldAnswerButtonPassesTheAnswerOnExactlyAsTyped() {
    String answer = "It was posted twice:\n  once at noon,  once at one";
    var pressed = (ButtonAction.Command) old("/mytip T-2026-000007 " + answer);

    assertThat(pressed.name()).isEqualTo("mytip");
    assertThat(pressed.line()).isEqualTo("T-2026-000007 " + answer);
  }

  @Test
  void whatCannotBeReadIsRefusedNotGuessed() {
    assertThat(typed(new Document("v", 3).append("kind", "command").append("name", "help")))
        .as("a version this one does not know")
        .isInstanceOf(ButtonAction.Unreadable.class);
    assertThat(typed(new Document("kind", "command").append("name", "help")))
        .as("no version")
        .isInstanceOf(ButtonAction.Unreadable.class);
    assertThat(typed(v2("teleport"))).isInstanceOf(ButtonAction.Unreadable.class);
    assertThat(typed(v2("command").append("args", List.of())))
        .as("a command without a name")
        .isInstanceOf(ButtonAction.Unreadable.class);
    assertThat(typed(v2("command").append("name", "case act").append("args", List.of())))
        .isInstanceOf(ButtonAction.Unreadable.class);
    assertThat(typed(v2("command").append("name", "case_act").append("args", List.of(1, 2))))
        .as("arguments that are not strings")
        .isInstanceOf(ButtonAction.Unreadable.class);
    assertThat(
            typed(
                v2("command")
                    .append("name", "case_act")
                    .append("args", Collections.nCopies(17, "x"))))
        .as("more arguments than any button has")
        .isInstanceOf(ButtonAction.Unreadable.class);
    assertThat(typed(v2("answer").append("flow", "notice")))
        .as("an answer without its choice")
        .isInstanceOf(ButtonAction.Unreadable.class);
    assertThat(ButtonActionCodec.decode(new Document(ButtonActionCodec.FIELD, "/help")))
        .isInstanceOf(ButtonAction.Unreadable.class);
    assertThat(ButtonActionCodec.decode(new Document("owner", "telegram:1")))
        .isInstanceOf(ButtonAction.Unreadable.class);

    for (String line : List.of("hello", "flow:", "flow:notice", "flow:notice:", "/", "/café now")) {
      assertThat(old(line)).as(line).isInstanceOf(ButtonAction.Unreadable.class);
    }
  }

  @Test
  void whyAnActionCannotBeReadNeverRepeatsWhatItHeld() {
    var unreadable =
        (ButtonAction.Unreadable)
            typed(v2("command").append("name", "mycases R-2026-000042").append("args", List.of()));

    assertThat(unreadable.why()).doesNotContain("R-2026");
  }

  @Test
  void onlyAnActionThatReadsBackCanBeWritten() {
    assertThatThrownBy(() -> ButtonActionCodec.encode(new ButtonAction.Unreadable("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ButtonActionCodec.encode(ButtonAction.command("two words")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anIdFitsEveryPlatformOrIsRefusedBeforeAnyLookup() {
    String longest = "b".repeat(64);
    assertThat(ButtonActionCodec.possibleId("bq3X_-9aZ0kLmNoPqRs")).isTrue();
    assertThat(longest.getBytes(StandardCharsets.UTF_8))
        .as("Telegram's callback_data: at most 64 bytes")
        .hasSizeLessThanOrEqualTo(64);
    assertThat(ButtonActionCodec.possibleId(longest)).isTrue();
    assertThat(ButtonActionCodec.possibleId(longest + "b")).isFalse();
    assertThat(ButtonActionCodec.possibleId("")).isFalse();
    assertThat(ButtonActionCodec.possibleId(null)).isFalse();
    assertThat(ButtonActionCodec.possibleId("/case_act R-2026-000042 ack")).isFalse();
    assertThat(ButtonActionCodec.possibleId("bé")).isFalse();
  }

  @Test
  void aTypedCommandLineIsSplitAtWhiteSpaceInOnePlace() {
    assertThat(ButtonAction.typed("case_act", "  R-2026-000042   ack "))
        .isEqualTo(ButtonAction.command("case_act", "R-2026-000042", "ack"));
    assertThat(ButtonAction.typed("case_act", "")).isEqualTo(ButtonAction.command("case_act"));
    assertThat(ButtonAction.typed("/Queue 2")).isEqualTo(ButtonAction.command("queue", "2"));
    assertThat(ButtonAction.typed("not a command")).isNull();
    assertThat(ButtonAction.command("case_act", "R-1").argument(1)).isNull();
  }

  private static ButtonAction old(String line) {
    return ButtonActionCodec.decode(new Document(ButtonActionCodec.OLD_FIELD, line));
  }

  private static ButtonAction typed(Document action) {
    return ButtonActionCodec.decode(new Document(ButtonActionCodec.FIELD, action));
  }

  private static Document v2(String kind) {
    return new Document("v", ButtonActionCodec.VERSION).append("kind", kind);
  }
}
