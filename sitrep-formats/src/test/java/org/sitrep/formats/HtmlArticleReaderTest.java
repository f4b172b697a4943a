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
import org.sitrep.core.io.Inputs;
import org.sitrep.core.io.ReadOptions;
import org.sitrep.core.model.ErrorCodes;

class HtmlArticleReaderTest {
  private final HtmlArticleReader reader = new HtmlArticleReader();

  private Article one(String resource) {
    List<InputItem> items = Fixtures.read(reader, resource);
    assertEquals(1, items.size());
    assertTrue(items.get(0).ok(), () -> "not read: " + items.get(0).error());
    return items.get(0).article();
  }

  @Test
  void read_jsonLdPage_takesMetadataAndDropsFurniture() {
    Article a = one("pages/jsonld-article.html");
    assertEquals("jsonld-article", a.docId());
    assertEquals("Flooding cuts off river towns", a.title());
    assertEquals("2021-03-14", a.published(), "JSON-LD datePublished, in the page's own time zone");
    assertEquals("The Valley Courier", a.source(), "og:site_name before the JSON-LD publisher");
    assertEquals("https://courier.example/news/2021/03/flooding-river-towns", a.url());
    assertEquals("en", a.language());
    String t = a.text();
    assertTrue(t.startsWith("Floodwater cut off three towns"), t);
    assertTrue(t.contains("Rescue crews used boats to reach Merrow and two smaller villages"), t);
    assertTrue(t.endsWith("said Ilse Varga, who heads the service."), t);
    assertEquals(3, t.split("\n\n").length, "three paragraphs: " + t);
    for (String furniture : List.of("cookies", "Facebook", "Storm warning", "Sign up", "third flood", "Copyright",
        "Markets fall", "Photo: Courier", "By Mara Keel", "Sport")) {
      assertFalse(t.contains(furniture), furniture + " leaked into: " + t);
    }
  }

  @Test
  void read_divLayoutInLatin1_articlePublishedTimeAndCharset() {
    Article a = one("pages/meta-divs.html");
    assertEquals("2019-11-02", a.published());
    assertEquals("Port strike enters second week", a.title(), "twitter:title before the <title> with its site suffix");
    String t = a.text();
    assertTrue(t.startsWith("Dock workers in Portsel"), t);
    assertTrue(t.contains("Caf\u00e9 owners"), "ISO-8859-1 page decoded by its meta charset: " + t);
    assertTrue(t.contains("Anton Pell"), t);
    for (String furniture : List.of("Front page", "Weather", "Advertisement", "cruise", "Quay Street")) {
      assertFalse(t.contains(furniture), furniture + " leaked into: " + t);
    }
  }

  @Test
  void read_nestedBoilerplateInsideStory_dateFromTimeElement() {
    Article a = one("pages/time-nested.html");
    assertEquals("2018-06-09", a.published());
    assertEquals("Aid convoy reaches besieged district", a.title());
    String t = a.text();
    assertTrue(t.startsWith("A convoy of 40 trucks"), t);
    assertTrue(t.contains("clinics had run out of insulin"), t);
    assertTrue(t.endsWith("if the truce holds."), t);
    for (String furniture : List.of("Read more", "siege began", "Tweet", "aid siege", "Finally some good news",
        "Published")) {
      assertFalse(t.contains(furniture), furniture + " leaked into: " + t);
    }
  }

  @Test
  void read_pageWithoutDate_publishedNullOrTheDefault() {
    assertNull(one("pages/no-date.html").published());
    List<InputItem> withDefault = Fixtures.read(reader, "no-date.html", Fixtures.resource("pages/no-date.html"),
        ReadOptions.defaults().withDefaultDate("2024-04-01"));
    assertEquals("2024-04-01", withDefault.get(0).article().published());
    assertTrue(withDefault.get(0).article().text().contains("vote of 9 to 2"));
  }

  @Test
  void read_pageOfFurnitureOnly_givesEmptyErrorNamingThePage() {
    List<InputItem> items = Fixtures.read(reader, "pages/only-furniture.html");
    assertEquals(1, items.size());
    assertFalse(items.get(0).ok());
    assertEquals(ErrorCodes.EMPTY, items.get(0).error().code());
    assertTrue(items.get(0).error().message().contains("only-furniture.html"), items.get(0).error().message());
  }

  @Test
  void read_binaryBytesNamedHtml_givesBinaryError() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    List<InputItem> items = Fixtures.read(reader, "logo.html", png, ReadOptions.defaults());
    assertEquals(ErrorCodes.BINARY, items.get(0).error().code());
  }

  @Test
  void read_pageOverTheSizeLimit_givesTooLargeError() {
    byte[] big = ("<html><body><p>" + "word ".repeat(400) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    List<InputItem> items = Fixtures.read(reader, "big.html", big, new ReadOptions(null, 1000));
    assertEquals(ErrorCodes.TOO_LARGE, items.get(0).error().code());
  }

  @Test
  void standardInputs_chooseThisReaderForHtmlFiles() {
    Inputs in = Inputs.standard(ReadOptions.defaults());
    assertTrue(in.readerFor("a/b/page.HTM") instanceof HtmlArticleReader);
    assertTrue(in.readerFor("feed.rss") instanceof FeedArticleReader);
    assertTrue(in.readerFor("crawl.warc.gz") instanceof WarcArticleReader);
    assertFalse(in.readerFor("notes.txt") instanceof HtmlArticleReader);
  }
}
