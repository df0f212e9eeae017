/**
 * Conversation scenarios written once against the chat engine's behaviour and run through each
 * adapter: Telegram and Discord (real clients against the fakes) and the training chat (through the
 * page's JSON API), all served by one running bot.
 */
package org.deptbot.bot.scenarios;
