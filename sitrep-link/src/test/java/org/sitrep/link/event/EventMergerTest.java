package org.sitrep.link.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.EventRecord;
import org.sitrep.link.LinkSettings;

class EventMergerTest {
  private static final EventMerger MERGER = new EventMerger(LinkSettings.defaults());

  /** An event in JSON with single quotes, as one article's only event. */
  static Mention mention(String doc, String published, String eventJson, int order) {
    EventRecord e = Json.read(eventJson.replace('\'', '"'), EventRecord.class);
    ArticleRecord a = new ArticleRecord(doc, doc.toUpperCase(), null, null, published, false, "en", List.of(e), null,
        null, null, null, null, null, null);
    return Mention.of(e, a, published == null ? null : LocalDate.parse(published), order);
  }

  static String ev(String id, String type, String actor, String recipient, String date) {
    return "{'id':'" + id + "','event':'" + type + "','actor':[" + side(actor) + "],'recipient':[" + side(recipient)
        + "],'date':" + (date == null ? "null" : "'" + date + "'") + ",'status':'occurred'}";
  }

  static String side(String countries) {
    if (countries == null || countries.isEmpty()) {
      return "";
    }
    List<String> out = new ArrayList<>();
    for (String c : countries.split(",")) {
      out.add("{'country':'" + c + "','sector':'MIL'}");
    }
    return String.join(",", out);
  }

  private static List<List<String>> ids(List<List<Mention>> groups) {
    List<List<String>> out = new ArrayList<>();
    groups.forEach(g -> out.add(g.stream().map(Mention::id).sorted().toList()));
    return out;
  }

  @Test
  void merge_sameEventFromTwoOutlets() {
    Mention a = mention("a", "2021-04-06", ev("a#1", "ASSAULT", "GRA", "RUR", "2021-04-05"), 0);
    Mention b = mention("b", "2021-04-05", ev("b#1", "ASSAULT", "GRA", "RUR", "2021-04-05"), 1);
    assertEquals(List.of(List.of("a#1", "b#1")), ids(MERGER.merge(List.of(a, b))));
  }

  @Test
  void merge_yearlessDateTakesTheArticlesYear() {
    Mention a = mention("a", "2021-04-06", ev("a#1", "ASSAULT", "GRA", "RUR", "XXXX-04-05"), 0);
    Mention b = mention("b", "2021-04-05", ev("b#1", "ASSAULT", "GRA", "RUR", "2021-04-05"), 1);
    assertEquals(1, MERGER.merge(List.of(a, b)).size());
  }

  @Test
  void score_undatedReportPrefersAnEventOfTheWeekBeforeItsArticle() {
    Mention undated = mention("b", "2021-04-06", ev("b#1", "ASSAULT", "GRA", "RUR", null), 1);
    Mention recent = mention("a", "2021-04-07", ev("a#1", "ASSAULT", "GRA", "RUR", "2021-04-05"), 0);
    Mention old = mention("c", "2021-04-07", ev("c#1", "ASSAULT", "GRA", "RUR", "2021-03-01"), 2);
    Mention alsoUndated = mention("d", "2021-04-07", ev("d#1", "ASSAULT", "GRA", "RUR", null), 3);
    assertTrue(MERGER.score(undated, recent) > MERGER.score(undated, alsoUndated));
    assertEquals(MERGER.score(undated, alsoUndated), MERGER.score(undated, old), 1e-9);
  }

  @Test
  void merge_keepsSameTypeOnDifferentDaysApart() {
    Mention a = mention("a", "2021-04-06", ev("a#1", "ASSAULT", "GRA", "RUR", "2021-04-05"), 0);
    Mention b = mention("b", "2021-04-27", ev("b#1", "ASSAULT", "GRA", "RUR", "2021-04-25"), 1);
    assertEquals(2, MERGER.merge(List.of(a, b)).size());
  }

  @Test
  void merge_keepsReversedRolesApart() {
    Mention attack = mention("a", "2021-04-06", ev("a#1", "ASSAULT", "GRA", "RUR", "2021-04-05"), 0);
    Mention reply = mention("b", "2021-04-06", ev("b#1", "ASSAULT", "RUR", "GRA", "2021-04-05"), 1);
    assertEquals(2, MERGER.merge(List.of(attack, reply)).size());
  }

  @Test
  void merge_keepsDifferentCategoriesApart() {
    Mention a = mention("a", "2021-04-06", ev("a#1", "ASSAULT", "GRA", "RUR", "2021-04-05"), 0);
    Mention b = mention("b", "2021-04-06", ev("b#1", "COERCE", "GRA", "RUR", "2021-04-05"), 1);
    assertEquals(2, MERGER.merge(List.of(a, b)).size());
  }

  @Test
  void merge_neverMergesTwoEventsOfOneArticle() {
    Mention a = mention("a", "2021-04-06", ev("a#1", "ASSAULT", "GRA", "RUR", "2021-04-05"), 0);
    Mention b = mention("a", "2021-04-06", ev("a#2", "ASSAULT", "GRA", "RUR", "2021-04-05"), 1);
    assertEquals(2, MERGER.merge(List.of(a, b)).size());
  }

  @Test
  void merge_vagueMentionJoinsOnlyOneOfTwoDistinctEvents() {
    Mention first = mention("a", "2021-04-06", ev("a#1", "ASSAULT", "GRA", "RUR", "2021-04-05"), 0);
    Mention second = mention("b", "2021-04-27", ev("b#1", "ASSAULT", "GRA", "RUR", "2021-04-25"), 1);
    Mention vague = mention("c", "2021-04-28", ev("c#1", "ASSAULT", "GRA", "RUR", null), 2);
    List<List<Mention>> groups = MERGER.merge(List.of(first, second, vague));
    assertEquals(2, groups.size());
    assertTrue(ids(groups).stream().noneMatch(g -> g.contains("a#1") && g.contains("b#1")));
  }

  @Test
  void merge_needsTwoAgreeingFields() {
    // same category, no actors, no dates: nothing says these are one event
    Mention a = mention("a", "2021-04-06", ev("a#1", "PROTEST", "", "", null), 0);
    Mention b = mention("b", "2021-04-06", ev("b#1", "PROTEST", "", "", null), 1);
    assertEquals(2, MERGER.merge(List.of(a, b)).size());
  }

  @Test
  void score_farApartPlacesAreIncompatible() {
    String near = "{'id':'a#1','event':'ASSAULT','actor':[{'country':'GRA'}],'recipient':[{'country':'RUR'}],"
        + "'date':'2021-04-05','location':{'text':'X','name':'X','geonameid':1,'country_code':'RU','lat':50.0,"
        + "'lon':14.0}}";
    String far = near.replace("a#1", "b#1").replace("'geonameid':1", "'geonameid':2").replace("'X'", "'Y'")
        .replace("'lat':50.0", "'lat':55.0");
    Mention a = mention("a", "2021-04-06", near, 0);
    Mention b = mention("b", "2021-04-06", far, 1);
    assertEquals(-1, MERGER.score(a, b));
  }

  @Test
  void score_aBareDescriptionIsNoSide() {
    // "nine soldiers" names no country and no one: it neither confirms nor contradicts "Sudanese soldiers"
    String named = "{'id':'a#1','event':'ASSAULT','actor':[],'recipient':[{'text':'nine Sudanese soldiers',"
        + "'country':'SDN','sector':'MIL'}],'date':'2021-04-05','status':'occurred'}";
    String bare = "{'id':'b#1','event':'ASSAULT','actor':[],'recipient':[{'text':'nine soldiers','sector':'MIL'}],"
        + "'date':'2021-04-05','status':'occurred'}";
    String other = "{'id':'c#1','event':'ASSAULT','actor':[],'recipient':[{'text':'the Kenyan army',"
        + "'country':'KEN','sector':'MIL'}],'date':'2021-04-05','status':'occurred'}";
    Mention a = mention("a", "2021-04-06", named, 0);
    Mention b = mention("b", "2021-04-06", bare, 1);
    Mention c = mention("c", "2021-04-06", other, 2);
    assertTrue(MERGER.score(a, b) >= 0, "a bare description is compatible");
    assertEquals(-1, MERGER.score(a, c), "two different countries are not");
    // a named actor without a country is still a side of its own
    String person = bare.replace("b#1", "d#1").replace("'text':'nine soldiers'", "'text':'Joseph Kony','name':'Joseph Kony'");
    String otherPerson = person.replace("d#1", "e#1").replace("Joseph Kony", "Alice Lakwena");
    assertEquals(-1, MERGER.score(mention("d", "2021-04-06", person, 3), mention("e", "2021-04-06", otherPerson, 4)));
  }
}
