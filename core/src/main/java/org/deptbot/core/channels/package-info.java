/** The department's own channels and groups on each platform, and which notices each receives. */
package org.deptbot.core.channels;
