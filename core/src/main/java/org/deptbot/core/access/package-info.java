/**
 * Authorization: the role matrix and the rules every command and page asks before acting. Kept in
 * core so the bot and the admin console can never disagree.
 */
package org.deptbot.core.access;
