/**
 * The platform-neutral conversation engine: records in ({@link org.deptbot.bot.chat.Incoming}),
 * records out ({@link org.deptbot.bot.chat.Outgoing}), commands, guided flows kept in MongoDB,
 * buttons with opaque ids, flood protection, and the durable way in for every adapter.
 */
package org.deptbot.bot.chat;
