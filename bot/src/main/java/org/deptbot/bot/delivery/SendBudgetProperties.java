package org.deptbot.bot.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The send budget's setting ({@code deptbot.telegram.reserved-for-replies}), under Telegram's name
 * because it is Telegram's limit it divides, but read here: the budget exists whether or not the
 * Telegram adapter is on. The adapter's own settings are in {@code TelegramProperties}.
 *
 * @param reservedForReplies of Telegram's 30 messages a second, how many deliveries leave to
 *     replies to people in chat whatever a broadcast does; replies go before deliveries in any
 *     case, so 0 (the default) lets a broadcast with nobody talking to the bot use the whole limit
 */
@ConfigurationProperties("deptbot.telegram")
public record SendBudgetProperties(@DefaultValue("0") int reservedForReplies) {}
