/**
 * Tips in the console: for now only revealing the original of a tip's photo, for a custodian with a
 * stated reason (tips are triaged in chat by the tips desk).
 */
package org.deptbot.admin.tips;
