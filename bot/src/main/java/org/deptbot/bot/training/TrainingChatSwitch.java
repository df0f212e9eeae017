package org.deptbot.bot.training;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the training chat starts. It is wanted when {@code DEPTBOT_TRAINING_ENABLED} is {@code
 * on}, or when it is {@code auto} (the default) and no platform token is configured. Its personas
 * act as real staff (internal affairs and ADMIN among them) with no sign-in, so it starts only
 * while the bot listens on a loopback address ({@code DEPTBOT_BOT_HTTP_ADDRESS}), unless {@code
 * DEPTBOT_TRAINING_ALLOW_NON_LOOPBACK=true} forces it.
 */
final class TrainingChatSwitch implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    Environment env = context.getEnvironment();
    return wanted(env) && addressAllowed(env);
  }

  static boolean wanted(Environment env) {
    String enabled = env.getProperty("deptbot.training.enabled", "auto").strip();
    return enabled.equalsIgnoreCase("on")
        || (enabled.equalsIgnoreCase("auto")
            && env.getProperty("deptbot.telegram.token", "").isBlank()
            && env.getProperty("deptbot.discord.token", "").isBlank());
  }

  static boolean addressAllowed(Environment env) {
    return env.getProperty("deptbot.training.allow-non-loopback", Boolean.class, false)
        || loopback(address(env));
  }

  /** The address the bot's web server listens on; blank means every interface. */
  static String address(Environment env) {
    return env.getProperty("server.address", "").strip();
  }

  private static boolean loopback(String address) {
    if (address.isEmpty()) {
      return false;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException unknown) {
      return false;
    }
  }
}
