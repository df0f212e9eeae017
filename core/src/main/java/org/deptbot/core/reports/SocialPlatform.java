package org.deptbot.core.reports;

/** Where the reported posting is. */
public enum SocialPlatform {
  FACEBOOK,
  X,
  INSTAGRAM,
  TIKTOK,
  YOUTUBE,
  OTHER
}
