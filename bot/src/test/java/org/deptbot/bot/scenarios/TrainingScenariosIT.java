package org.deptbot.bot.scenarios;

/** The conversation scenarios in the training chat, through the page's JSON API. */
class TrainingScenariosIT extends ConversationScenarios {

  @Override
  ChatDriver driver(RunningBots.Running running) {
    return new TrainingDriver(running.port());
  }
}
