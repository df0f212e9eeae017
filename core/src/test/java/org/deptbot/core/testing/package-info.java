/** Test support shared with the bot and admin modules through the core test jar. */
package org.deptbot.core.testing;
