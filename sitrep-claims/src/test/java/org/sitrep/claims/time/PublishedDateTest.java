package org.sitrep.claims.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.model.Published;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.NlpSettings;

/** The publication date of undated articles written for these tests, after the real NLP stage. */
class PublishedDateTest {
  private static final CoreNlpStage NLP = new CoreNlpStage(NlpSettings.defaults());

  private static Published published(String text) {
    Document d = NLP.apply(Document.of(new Article("p", text, null, null, null, null, "en", "test")));
    Published p = new TimeStage().apply(d).get(Layers.PUBLISHED);
    assertTrue(p.value() == null || p.inferred(), "an undated article's date is inferred: " + p);
    return p;
  }

  @Test
  void aLabelledHeaderDateWins() {
    assertEquals("2024-03-03", published("Published: 3 March 2024\n\nThe army said the bridge reopened on "
        + "March 1, 2024. Elections will be held on April 21, 2024.").value());
  }

  @Test
  void aDatelineWins() {
    assertEquals("2023-11-08", published("HARBOR CITY, Nov. 8, 2023 (Wire) — Officials said the port closed on "
        + "Nov. 2, 2023 and will reopen on Dec. 15, 2023.").value());
  }

  @Test
  void aDateGivenAsAheadIsNeverTheArticlesDate() {
    assertEquals("2025-02-02", published("Voters will go to the polls on March 30, 2025. The commission announced "
        + "the date on Feb. 2, 2025, days after protesters were dispersed on Jan. 28, 2025.").value());
    assertEquals("2024-05-20", published("The talks are scheduled for June 4, 2024. They were announced after "
        + "the ministers met on May 20, 2024.").value());
    assertEquals("2019-12-03", published("Officials said on Dec. 3, 2019 that the market would reopen on "
        + "Dec. 20, 2019, days before Christmas.").value());
    assertEquals("2022-09-14", published("The council agreed to meet again on Oct. 3, 2022. It first met on "
        + "Sept. 14, 2022.").value());
  }

  @Test
  void theLatestPastDateOfSeveral() {
    assertEquals("2021-07-19", published("A fire broke out on July 12, 2021. Crews put it out on July 19, 2021, "
        + "the agency said.").value());
  }
}
