/** The department the bot speaks for: name, contact line, website and disclaimer. */
package org.deptbot.core.department;
