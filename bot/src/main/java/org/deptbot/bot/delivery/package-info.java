/**
 * Delivery of notices to channels and subscribers: the workers that claim queued deliveries, the
 * rate limits per platform, and the {@link org.deptbot.bot.delivery.NoticePoster} each platform
 * adapter implements.
 */
package org.deptbot.bot.delivery;
