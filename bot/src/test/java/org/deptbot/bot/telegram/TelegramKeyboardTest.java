package org.deptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deptbot.bot.chat.Button;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/** Telegram shows no forms: its keyboards leave out the buttons that open one. */
class TelegramKeyboardTest {

  private static final Button.Form FORM = new Button.Form("What happened?", "Details", null, 2000);

  @Test
  void formButtonsAreLeftOutOfTheKeyboard() {
    var keyboard =
        TelegramSender.keyboard(
            List.of(
                List.of(new Button("Write it in a form", "bForm", FORM)),
                List.of(new Button("Discard", "bStop"), new Button("Form", "bForm2", FORM))));

    assertThat(keyboard.getKeyboard()).hasSize(1);
    assertThat(keyboard.getKeyboard().get(0))
        .extracting(InlineKeyboardButton::getCallbackData)
        .containsExactly("bStop");
  }

  @Test
  void aMessageWhoseOnlyButtonOpensAFormHasNoKeyboard() {
    assertThat(TelegramSender.keyboard(List.of(List.of(new Button("Form", "bForm", FORM)))))
        .isNull();
  }
}
