/**
 * Files sent during a report or tip intake that was never sent: evidence files and tip photos are
 * stored as they arrive, so an intake abandoned mid-way would leave them, and what they show of
 * their sender, for ever. A sweep deletes them once the flow's idle limit has passed.
 */
package org.deptbot.bot.uploads;
