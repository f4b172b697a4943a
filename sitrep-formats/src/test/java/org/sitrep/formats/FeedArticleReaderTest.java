package org.sitrep.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.doc.Article;
import org.sitrep.core.io.InputItem;
import org.sitrep.core.io.ReadOptions;
import org.sitrep.core.model.ErrorCodes;

class FeedArticleReaderTest {
  private final FeedArticleReader reader = new FeedArticleReader();

  @Test
  void read_rss2_eachItemAnArticleFullContentFirst() {
    List<InputItem> items = Fixtures.read(reader, "feeds/wire.rss");
    assertEquals(4, items.size(), "one item in, one item out, errors included");
    Article a = items.get(0).article();
    assertEquals("wire#1", a.docId());
    assertEquals("Northern Wire", a.source());
    assertEquals("en", a.language());
    assertEquals("Ceasefire talks open in Lavra", a.title());
    assertEquals("2022-05-03", a.published());
    assertEquals("https://wire.example/2022/05/ceasefire-talks", a.url());
    assertEquals("Delegations from the government and the Eastern Front opened ceasefire talks in Lavra on Tuesday,"
        + " mediators said.\n\nThe talks are the first since fighting resumed in March.", a.text());

    Article b = items.get(1).article();
    assertEquals("2022-05-02", b.published(), "dc:date");
    assertEquals("https://wire.example/2022/05/bridge", b.url(), "a permalink guid stands for the link");
    assertEquals("The Varn bridge reopened to traffic on Monday after six months of repairs.", b.text(),
        "escaped HTML in the description is flattened");

    InputItem gallery = items.get(2);
    assertFalse(gallery.ok());
    assertEquals("wire#3", gallery.docId());
    assertEquals(ErrorCodes.MISSING_TEXT, gallery.error().code());
    assertTrue(gallery.error().message().contains("Photo gallery"), gallery.error().message());

    assertNull(items.get(3).article().published());
  }

  @Test
  void read_rss2WithDefaultDate_fillsOnlyUndatedItems() {
    List<InputItem> items = Fixtures.read(reader, "wire.rss", Fixtures.resource("feeds/wire.rss"),
        ReadOptions.defaults().withDefaultDate("2022-05-04"));
    assertEquals("2022-05-03", items.get(0).article().published());
    assertEquals("2022-05-04", items.get(3).article().published());
  }

  @Test
  void read_atom_contentBeforeSummaryAndAlternateLink() {
    List<InputItem> items = Fixtures.read(reader, "feeds/agency.atom");
    assertEquals(2, items.size());
    Article a = items.get(0).article();
    assertEquals("Relief Agency Updates", a.source());
    assertEquals("Shelter capacity & needs", a.title());
    assertEquals("2023-01-09", a.published(), "published, not updated");
    assertEquals("https://relief.example/updates/shelter", a.url());
    assertTrue(a.text().startsWith("Shelters in the northern province now house 12,500 people"), a.text());
    assertFalse(a.text().contains("Summary only"));
    Article b = items.get(1).article();
    assertEquals("2023-01-08", b.published(), "updated where there is no published");
    assertEquals("Water trucking to the camps resumed on Sunday after the road was cleared.", b.text(),
        "xhtml content");
  }

  @Test
  void read_malformedFeed_recoversItemsLeniently() {
    List<InputItem> items = Fixtures.read(reader, "feeds/broken.rss");
    assertEquals(2, items.size(), () -> items.toString());
    assertTrue(items.get(0).article().text().startsWith("A fire destroyed twenty stalls"));
    assertEquals("2017-08-12", items.get(0).article().published());
    assertEquals("Tiny Local & Co", items.get(0).article().source());
    assertTrue(items.get(1).article().text().contains("repaired & painted"));
    assertEquals("2017-08-14", items.get(1).article().published());
  }

  @Test
  void read_xmlThatIsNotAFeed_givesOneErrorNamingTheRoot() {
    List<InputItem> items = Fixtures.read(reader, "feeds/sitemap.xml");
    assertEquals(1, items.size());
    assertEquals(ErrorCodes.MALFORMED_INPUT, items.get(0).error().code());
    assertTrue(items.get(0).error().message().contains("<urlset>"), items.get(0).error().message());
  }

  @Test
  void read_feedWithoutItems_givesEmptyError() {
    byte[] feed = "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
    List<InputItem> items = Fixtures.read(reader, "quiet.rss", feed, ReadOptions.defaults());
    assertEquals(1, items.size());
    assertEquals(ErrorCodes.EMPTY, items.get(0).error().code());
  }
}
