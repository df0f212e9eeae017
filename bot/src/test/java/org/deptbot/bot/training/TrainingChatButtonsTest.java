package org.deptbot.bot.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deptbot.bot.chat.Button;
import org.junit.jupiter.api.Test;

/** The training chat shows no forms: the person types the text, as in Telegram. */
class TrainingChatButtonsTest {

  @Test
  void formButtonsAreLeftOutOfThePage() {
    var form = new Button.Form("What happened?", "Details", "A few sentences", 2000);

    var shown =
        TrainingChat.buttons(
            List.of(
                List.of(new Button("Write it in a form", "bForm", form)),
                List.of(new Button("Discard", "bStop"))));

    assertThat(shown).containsExactly(List.of(new Transcript.PageButton("bStop", "Discard")));
  }
}
