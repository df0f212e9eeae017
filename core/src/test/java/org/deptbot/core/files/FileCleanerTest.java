package org.deptbot.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.deptbot.core.testing.TestPictures;
import org.junit.jupiter.api.Test;

class FileCleanerTest {

  private final FileCleaner cleaner = new FileCleaner();

  @Test
  void aPhotoIsRedrawnWithItsPixelsButNothingOfItsExifOrGps() throws IOException {
    byte[] photo = TestPictures.jpegWithGps(64, 48);

    CleanedCopy copy = cleaner.clean("image/jpeg", photo);

    assertThat(copy.cleaned()).isTrue();
    assertThat(copy.mediaType()).isEqualTo("image/png");
    assertThat(TestPictures.identifiesTheSender(photo)).isTrue();
    assertThat(TestPictures.identifiesTheSender(copy.bytes())).isFalse();
    var redrawn = ImageIO.read(new ByteArrayInputStream(copy.bytes()));
    assertThat(redrawn.getWidth()).isEqualTo(64);
    assertThat(redrawn.getHeight()).isEqualTo(48);
  }

  @Test
  void aPictureDeclaringThirtyThousandPixelsSquareIsRefusedFromItsHeaderWithoutDecoding() {
    byte[] hostile = TestPictures.pngDeclaring(30_000, 30_000);

    long before = System.nanoTime();
    CleanedCopy copy = cleaner.clean("image/png", hostile);

    assertThat(copy.outcome()).isEqualTo(CleanedCopy.Outcome.TOO_MANY_PIXELS);
    assertThat(copy.bytes()).isNull();
    assertThat(System.nanoTime() - before).isLessThan(2_000_000_000L);
  }

  @Test
  void aPdfAWebpAndAnUnreadablePictureAreWithheldNeverHandedOutAsSent() {
    assertThat(cleaner.clean("application/pdf", "%PDF-1.7 /Author (Quinn)".getBytes()).outcome())
        .isEqualTo(CleanedCopy.Outcome.WITHHELD);
    assertThat(cleaner.clean("image/webp", new byte[] {'R', 'I', 'F', 'F'}).outcome())
        .isEqualTo(CleanedCopy.Outcome.WITHHELD);
    assertThat(cleaner.clean("image/png", new byte[] {1, 2, 3}).outcome())
        .isEqualTo(CleanedCopy.Outcome.WITHHELD);
  }
}
