package io.newswire.board;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and its chromedriver ({@code apt-get install chromium chromium-driver}), found on the
 * PATH. Started with a fresh profile and without any background traffic: the browser only talks to the pages a
 * test opens.
 */
final class HeadlessChromium {

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser");
    private static final List<String> DRIVERS = List.of("chromedriver");

    private HeadlessChromium() {
    }

    /** Why no browser can run here, or empty when one can. */
    static Optional<String> missing() {
        if (executable(BROWSERS).isEmpty()) {
            return Optional.of("no chromium on the PATH (apt-get install chromium chromium-driver; .ci/run does)");
        }
        if (executable(DRIVERS).isEmpty()) {
            return Optional.of("no chromedriver on the PATH (apt-get install chromium-driver; .ci/run does)");
        }
        return Optional.empty();
    }

    static ChromeDriver start(Path profile) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable(BROWSERS).orElseThrow().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--user-data-dir=" + Files.createDirectories(profile).toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(executable(DRIVERS).orElseThrow().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static Optional<Path> executable(List<String> names) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .flatMap(dir -> names.stream().map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }
}
