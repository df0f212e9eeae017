/**
 * The local training chat: a web page on loopback where a newcomer plays a seeded persona against
 * the real conversation engine. An adapter like Telegram's, on when no platform token is set.
 */
package org.deptbot.bot.training;
