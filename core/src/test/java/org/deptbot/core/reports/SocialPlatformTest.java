package org.deptbot.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SocialPlatformTest {

  @ParameterizedTest(name = "{0} is on {1}")
  @CsvSource({
    "https://www.facebook.com/riverton.hot.takes/posts/1, FACEBOOK",
    "https://m.facebook.com/story.php?id=1, FACEBOOK",
    "https://fb.com/p/1, FACEBOOK",
    "https://fb.watch/abc/, FACEBOOK",
    "https://x.com/someone/status/1, X",
    "https://mobile.twitter.com/someone/status/1, X",
    "https://www.instagram.com/p/Cx1/, INSTAGRAM",
    "https://vm.tiktok.com/ZM1/, TIKTOK",
    "https://www.youtube.com/watch?v=1, YOUTUBE",
    "https://youtu.be/1, YOUTUBE",
    "https://old.reddit.com/r/riverton/comments/1, REDDIT",
    "https://www.linkedin.com/posts/1, LINKEDIN",
    "https://story.snapchat.com/s/1, SNAPCHAT",
    "HTTPS://WWW.FACEBOOK.COM/P/1, FACEBOOK"
  })
  void aWellKnownHostNamesItsPlatform(String link, SocialPlatform expected) {
    assertThat(SocialPlatform.fromLink(link)).contains(expected);
    assertThat(SocialPlatform.fromLinks(List.of(link, link))).contains(expected);
  }

  @ParameterizedTest(name = "{0} says nothing sure")
  @ValueSource(
      strings = {
        "https://social.example/p/123",
        "https://facebook.com.evil.example/p/1",
        "https://notfacebook.com/p/1",
        "https://t.co/abc",
        "not a link at all",
        "https://exa mple.com/"
      })
  void anUnknownOrLookAlikeHostIsAskedAbout(String link) {
    assertThat(SocialPlatform.fromLink(link)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void linksOnDifferentPlatformsOrOneUnknownAreAskedAbout() {
    assertThat(SocialPlatform.fromLinks(List.of("https://x.com/a/1", "https://youtu.be/1")))
        .isEmpty();
    assertThat(SocialPlatform.fromLinks(List.of("https://x.com/a/1", "https://social.example/1")))
        .isEmpty();
    assertThat(SocialPlatform.fromLinks(List.of())).isEmpty();
  }
}
