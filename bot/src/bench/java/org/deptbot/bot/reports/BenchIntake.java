package org.deptbot.bot.reports;

import java.util.regex.Pattern;

/**
 * One reporter's complete intakes, as {@code TrainingReportsIT} drives them: {@code /report}, a
 * link, platform, provision, someone else and who, what happened, no files, confidential or
 * anonymous, then Submit. Only the Submit is timed: from handing the press to the ingress to the
 * receipt's delivery.
 */
final class BenchIntake {

  private static final Pattern RECEIPT = Pattern.compile("Thank you\\..* case R-\\d{4}-\\d{6}");

  private final BenchChat chat;

  BenchIntake(BenchChat chat) {
    this.chat = chat;
  }

  /** Runs one intake and returns the Submit's nanoseconds. */
  long report(int n) {
    chat.say("/report");
    expect("Send the link");
    chat.say("https://social.example/p/" + n + " and https://social.example/p/" + n + "/photo");
    chat.press("Facebook");
    chat.press("Shows department logos");
    chat.press("Someone else");
    expect("Who posted it");
    chat.say("@riverton_hot_takes");
    expect("What happened?");
    chat.say("A photo in uniform with the badge number readable, posted last night (#" + n + ").");
    chat.press("No files");
    chat.press(n % 2 == 0 ? "Confidential" : "Anonymous");
    long submit = chat.press("Submit the report");
    if (!RECEIPT.matcher(chat.lastText().replace('\n', ' ')).find()) {
      throw new IllegalStateException("no receipt after Submit: " + chat.lastText());
    }
    return submit;
  }

  private void expect(String text) {
    if (!chat.lastText().contains(text)) {
      throw new IllegalStateException("expected \"" + text + "\", got: " + chat.lastText());
    }
  }
}
