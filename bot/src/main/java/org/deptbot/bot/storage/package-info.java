/**
 * Storage: the bot connects to {@code MONGODB_URI}, or hosts an embedded MongoDB wire-protocol
 * server on loopback so a department can start with nothing to install.
 */
package org.deptbot.bot.storage;
