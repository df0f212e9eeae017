/**
 * The channels page and its REST API: the department's notice targets on each platform and the
 * categories each receives, and how many subscribers each platform and category has.
 */
package org.deptbot.admin.channels;
