package org.deptbot.core.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Selenium, for browser tests of the training chat and the
 * console.
 *
 * <p>Uses the distribution's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian
 * packages {@code chromium} and {@code chromium-driver}); both paths are given explicitly so
 * Selenium Manager never tries to download a driver or a browser. Each instance gets a fresh
 * temporary profile that {@link #close()} deletes.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /**
   * How long {@link #waitUntil} waits by default: generous, since CI shares two cores with a whole
   * suite (a case card once took over 15 s to reach a persona there, and under 2 s alone).
   */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

  /**
   * Selenium warns on every start that it has no CDP bindings for the newer Debian Chromium. This
   * class needs none (its one DevTools command goes through chromedriver), so the warning is noise;
   * the loggers are held here so the level sticks (java.util.logging keeps loggers only weakly).
   */
  private static final List<Logger> QUIETED =
      List.of(
          Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
          Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

  static {
    QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
  }

  private final Path profileDir;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  /** A browser whose page viewport is {@code width} x {@code height} CSS pixels. */
  public Browser(int width, int height) {
    if (!isAvailable()) {
      throw new IllegalStateException(
          "headless browser tests need "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + " (apt-get install chromium chromium-driver)");
    }
    try {
      profileDir = Files.createTempDirectory("deptbot-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profileDir);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeDriver started;
    try {
      started = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      deleteProfile();
      throw e;
    }
    driver = started;
    resize(width, height);
  }

  /** A browser with a phone-sized window (390 x 844). */
  public Browser() {
    this(390, 844);
  }

  /** Whether Chromium and its driver are installed where this class looks for them. */
  public static boolean isAvailable() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  public WebDriver driver() {
    return driver;
  }

  /** A wait of {@code timeout} on this browser, polling every 100 ms. */
  public WebDriverWait await(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout);
    wait.pollingEvery(Duration.ofMillis(100));
    return wait;
  }

  /** Waits up to {@link #DEFAULT_WAIT} for {@code condition} and returns its value. */
  public <T> T waitUntil(ExpectedCondition<T> condition) {
    return await(DEFAULT_WAIT).until(condition);
  }

  /**
   * Makes the page's viewport exactly {@code width} x {@code height} CSS pixels, as on a phone
   * (narrower than 768) or a desktop screen. Headless Chromium will not make a window narrower than
   * 500 pixels, so the size is emulated through the driver's DevTools command endpoint (which needs
   * no Selenium CDP bindings for the installed Chromium version).
   */
  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(Math.max(width, 500), height + 100));
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 768));
  }

  /** Saves a PNG of the visible page to {@code file}, creating its folder if needed. */
  public Path screenshot(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> paths = Files.walk(profileDir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // best effort: a leftover folder in the temp directory does no harm
    }
  }
}
