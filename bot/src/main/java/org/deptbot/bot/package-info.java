/** The bot runnable: start-up, and the feature packages below it. */
package org.deptbot.bot;
