/** The console's connection to the MongoDB it shares with the bot. */
package org.deptbot.admin.storage;
