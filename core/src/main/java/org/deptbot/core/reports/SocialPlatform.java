package org.deptbot.core.reports;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Where the reported posting is. */
public enum SocialPlatform {
  FACEBOOK("facebook.com", "fb.com", "fb.watch", "fb.me"),
  X("x.com", "twitter.com"),
  INSTAGRAM("instagram.com", "instagr.am"),
  TIKTOK("tiktok.com"),
  YOUTUBE("youtube.com", "youtu.be"),
  REDDIT("reddit.com", "redd.it"),
  LINKEDIN("linkedin.com", "lnkd.in"),
  SNAPCHAT("snapchat.com"),
  OTHER;

  private final Set<String> domains;

  SocialPlatform(String... domains) {
    this.domains = Set.of(domains);
  }

  /**
   * The platform every one of {@code links} is on, when their hosts say it plainly (a domain of the
   * platform or one of its subdomains, such as {@code m.facebook.com}); empty when a link's host is
   * not one we know, cannot be read, or the links are on different platforms.
   */
  public static Optional<SocialPlatform> fromLinks(List<String> links) {
    SocialPlatform found = null;
    for (String link : links) {
      Optional<SocialPlatform> one = fromLink(link);
      if (one.isEmpty() || (found != null && found != one.get())) {
        return Optional.empty();
      }
      found = one.get();
    }
    return Optional.ofNullable(found);
  }

  /** The platform of one link, when its host is one of a platform's own domains. */
  public static Optional<SocialPlatform> fromLink(String link) {
    String host;
    try {
      host = new URI(link.strip()).getHost();
    } catch (URISyntaxException | NullPointerException unreadable) {
      return Optional.empty();
    }
    if (host == null) {
      return Optional.empty();
    }
    String h = host.toLowerCase(Locale.ROOT);
    for (SocialPlatform p : values()) {
      for (String domain : p.domains) {
        if (h.equals(domain) || h.endsWith("." + domain)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }
}
