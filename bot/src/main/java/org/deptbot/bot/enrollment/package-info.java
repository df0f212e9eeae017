/** {@code /enroll}: staff link their chat accounts with a one-time code. */
package org.deptbot.bot.enrollment;
