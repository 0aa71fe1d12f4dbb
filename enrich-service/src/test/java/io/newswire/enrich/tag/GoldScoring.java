package io.newswire.enrich.tag;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Tags every passage of a gold file and scores the predictions as score_tags.py does. */
final class GoldScoring {

    private GoldScoring() {
    }

    static Map<String, JsonNode> predict(ArticleTagger tagger, Map<String, JsonNode> gold) {
        Map<String, JsonNode> pred = new LinkedHashMap<>();
        gold.forEach((id, row) -> {
            String text = row.get("text").asText();
            pred.put(id, TagScore.toJson(Prediction.of(id, text, tagger.tag(text))));
        });
        return pred;
    }

    static TagScore.Result score(ArticleTagger tagger, Path goldFile) throws IOException {
        Map<String, JsonNode> gold = TagScore.load(goldFile);
        return TagScore.score(gold, predict(tagger, gold));
    }
}
