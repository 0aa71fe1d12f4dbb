package io.newswire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seed article wrapped in a realistic news page: menus, share bar, related links, sign-up box, comments. */
class SeedPageTest {

    private static final List<String> SIGN_UP_LINES = List.of(
            "Subscribe to our newsletter", "Newsletter signup", "Please wait...", "Thank you for sign up!");

    private final Extraction extraction = new ArticleExtractor().extract(page(), "https://news.example/gaza-talks");

    @Test
    void shouldKeepEveryParagraphOfTheSeedArticle() throws IOException {
        Optional<Path> seed = SharedData.find("seed/ceasefire-talks-article.txt");
        assumeTrue(seed.isPresent(), "../shared/seed is absent: seed article text not available");
        List<String> paragraphs = Arrays.stream(Files.readString(seed.get()).split("\n\\s*\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty() && !SIGN_UP_LINES.contains(p))
                .toList();

        assertThat(paragraphs).hasSize(12);
        assertThat(extraction.body()).contains(paragraphs);
    }

    @Test
    void shouldLeaveOutAllFourSignUpLines() {
        assertThat(extraction.body()).doesNotContain(SIGN_UP_LINES).doesNotContainIgnoringCase("newsletter");
    }

    @Test
    void shouldLeaveOutHeadlineBylineCaptionShareBarRelatedLinksAndComments() {
        assertThat(extraction.body())
                .startsWith("Pressure is mounting for a Gaza ceasefire")
                .endsWith("With AFP")
                .doesNotContain("Gaza ceasefire talks resume in Doha", "By Staff reporter", "Photo: AFP",
                        "Facebook", "Hostage deal: what is on the table", "Aid convoys", "reader42",
                        "We use cookies", "All rights reserved", "Middle East");
    }

    @Test
    void shouldReadTitleBylineTimeAndLanguageFromThePage() {
        assertThat(extraction.status()).isEqualTo(Extraction.Status.OK);
        assertThat(extraction.title()).isEqualTo("Gaza ceasefire talks resume in Doha");
        assertThat(extraction.byline()).isEqualTo("Staff reporter");
        assertThat(extraction.publishedTime()).isEqualTo("2024-08-15T18:42:00Z");
        assertThat(extraction.language()).isEqualTo("en");
    }

    private static String page() {
        try (InputStream in = SeedPageTest.class.getResourceAsStream("/extract/seed-page.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
