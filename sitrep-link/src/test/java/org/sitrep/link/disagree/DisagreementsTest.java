package org.sitrep.link.disagree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.ArticleRecord;
import org.sitrep.core.model.CountRecord;
import org.sitrep.core.model.Disagreement;
import org.sitrep.core.model.EventRecord;
import org.sitrep.link.event.Mention;

class DisagreementsTest {

  /** A mention with its event and counts, written in JSON with single quotes. */
  static Mention mention(String doc, String published, String eventJson, String... countsJson) {
    EventRecord e = Json.read(eventJson.replace('\'', '"'), EventRecord.class);
    List<CountRecord> counts = new ArrayList<>();
    for (String c : countsJson) {
      counts.add(Json.read(c.replace('\'', '"'), CountRecord.class));
    }
    ArticleRecord a = new ArticleRecord(doc, "Outlet " + doc, null, null, published, false, "en", List.of(e), null,
        counts, null, null, null, null, null);
    return Mention.of(e, a, LocalDate.parse(published), 0);
  }

  static String event(String id, String date) {
    return "{'id':'" + id + "','event':'ASSAULT','actor':[{'country':'GRA','sector':'MIL'}],"
        + "'recipient':[{'country':'RUR','sector':'MIL'}],'date':'" + date + "'}";
  }

  static String dead(String event, long n, String who, String sector) {
    return "{'kind':'dead','number':{'value':" + n + ",'qualifier':'exact','text':'" + n + "'},'who':{'text':'" + who
        + "','sector':" + (sector == null ? "null" : "'" + sector + "'") + "},'event':'" + event + "'}";
  }

  private static Disagreement field(List<Disagreement> ds, String f) {
    return ds.stream().filter(d -> d.field().equals(f)).findFirst().orElse(null);
  }

  @Test
  void forEvent_differentTotalsAreACount() {
    Mention a = mention("a", "2021-04-06", event("a#1", "2021-04-05"), dead("a#1", 6, "soldiers", "MIL"));
    Mention b = mention("b", "2021-04-06", event("b#1", "2021-04-05"), dead("b#1", 9, "soldiers", "MIL"));
    Disagreement d = field(Disagreements.forEvent(List.of(a, b)).disagreements(), "size.dead");
    assertEquals("count", d.kind());
    assertEquals(List.of("a#1", "b#1"), d.values().stream().map(Disagreement.Value::mention).toList());
    assertEquals(6L, Disagreements.forEvent(List.of(a, b)).size().get("dead").value());
  }

  @Test
  void forEvent_sameTotalSplitDifferentlyIsAComposition() {
    Mention a = mention("a", "2021-04-06", event("a#1", "2021-04-05"), dead("a#1", 8, "military personnel", "MIL"));
    Mention b = mention("b", "2021-04-06", event("b#1", "2021-04-05"), dead("b#1", 7, "soldiers", "MIL"),
        dead("b#1", 1, "civilian", "CVL"));
    Disagreement d = field(Disagreements.forEvent(List.of(a, b)).disagreements(), "size.dead");
    assertEquals("composition", d.kind());
    assertEquals(8L, d.values().get(1).value());
  }

  @Test
  void forEvent_overlappingFiguresAgree() {
    String atLeast = "{'kind':'dead','number':{'value':30,'low':30,'qualifier':'at_least','text':'at least 30'},"
        + "'event':'a#1'}";
    Mention a = mention("a", "2021-04-06", event("a#1", "2021-04-05"), atLeast);
    Mention b = mention("b", "2021-04-06", event("b#1", "2021-04-05"), dead("b#1", 34, "troops", null));
    assertNull(field(Disagreements.forEvent(List.of(a, b)).disagreements(), "size.dead"));
  }

  @Test
  void forEvent_sameFigureFromDifferentClaimantsIsAttribution() {
    String byMinistry = "{'kind':'dead','number':{'value':12,'text':'12'},'attribution':{'speaker':'Defence Ministry'},"
        + "'event':'a#1'}";
    String byMonitor = "{'kind':'dead','number':{'value':12,'text':'twelve'},'attribution':{'speaker':'Monitor Group'},"
        + "'event':'b#1'}";
    Mention a = mention("a", "2021-04-06", event("a#1", "2021-04-05"), byMinistry);
    Mention b = mention("b", "2021-04-06", event("b#1", "2021-04-05"), byMonitor);
    Disagreement d = field(Disagreements.forEvent(List.of(a, b)).disagreements(), "size.dead");
    assertEquals("attribution", d.kind());
    assertEquals("Defence Ministry", d.values().get(0).speaker());
  }

  @Test
  void forEvent_differentPeriodsAreATimeBasis() {
    String sinceJan = "{'kind':'displaced','number':{'value':520000,'text':'520,000'},"
        + "'period':{'start':'2021-01-01','end':'2021-04-05'},'event':'a#1'}";
    String lastWeek = "{'kind':'displaced','number':{'value':151000,'text':'151,000'},"
        + "'period':{'start':'2021-03-29','end':'2021-04-05'},'event':'b#1'}";
    Mention a = mention("a", "2021-04-06", event("a#1", "2021-04-05"), sinceJan);
    Mention b = mention("b", "2021-04-06", event("b#1", "2021-04-05"), lastWeek);
    assertEquals("time_basis", field(Disagreements.forEvent(List.of(a, b)).disagreements(), "size.displaced").kind());
  }

  @Test
  void forEvent_differentDaysAreADateDisagreement() {
    Mention a = mention("a", "2021-04-06", event("a#1", "2021-04-05"));
    Mention b = mention("b", "2021-04-06", event("b#1", "2021-04-04"));
    Disagreement d = field(Disagreements.forEvent(List.of(a, b)).disagreements(), "date");
    assertEquals("date", d.kind());
    assertEquals(Set.of("2021-04-05", "2021-04-04"), Set.copyOf(d.values().stream().map(v -> (String) v.value())
        .toList()));
  }

  @Test
  void forEvent_differentActorsAreAnActorDisagreement() {
    String withAlly = event("b#1", "2021-04-05").replace("'actor':[{'country':'GRA','sector':'MIL'}]",
        "'actor':[{'country':'GRA','sector':'MIL'},{'country':'OST','sector':'MIL'}]");
    Mention a = mention("a", "2021-04-06", event("a#1", "2021-04-05"));
    Mention b = mention("b", "2021-04-06", withAlly);
    assertEquals("actor", field(Disagreements.forEvent(List.of(a, b)).disagreements(), "actor").kind());
    assertNull(field(Disagreements.forEvent(List.of(a, b)).disagreements(), "recipient"));
  }

  @Test
  void forEvent_differentPlacesAreALocationDisagreement_nestedOnesAreNot() {
    String town = ",'location':{'text':'Zenda','name':'Zenda','geonameid':1,'feature_code':'PPL','country_code':'RU',"
        + "'admin1':'Border','lat':50.0,'lon':14.0}}";
    String other = ",'location':{'text':'Tarlen','name':'Tarlen','geonameid':2,'feature_code':'PPL',"
        + "'country_code':'RU','admin1':'Border','lat':50.2,'lon':14.1}}";
    String province = ",'location':{'text':'Border','name':'Border','geonameid':3,'feature_code':'ADM1',"
        + "'country_code':'RU','lat':50.1,'lon':14.0}}";
    String e1 = event("a#1", "2021-04-05");
    String e2 = event("b#1", "2021-04-05");
    Mention a = mention("a", "2021-04-06", e1.substring(0, e1.length() - 1) + town);
    Mention b = mention("b", "2021-04-06", e2.substring(0, e2.length() - 1) + other);
    Mention c = mention("b", "2021-04-06", e2.substring(0, e2.length() - 1) + province);
    assertEquals("location", field(Disagreements.forEvent(List.of(a, b)).disagreements(), "location").kind());
    assertNull(field(Disagreements.forEvent(List.of(a, c)).disagreements(), "location"));
  }

  @Test
  void forEvent_deadlinesPhrasedDifferentlyOnTheSameDayAgree() {
    String threat = "{'id':'%s','event':'THREATEN','actor':[{'country':'RUR'}],'recipient':[{'country':'GRA'}],"
        + "'status':'threatened','evidence':{'start':0,'end':90,'sentence':'%s'}}";
    Mention a = mention("a", "2021-04-06", threat.formatted("a#1", "He threatened to strike unless they withdraw by the"
        + " end of the month"));
    Mention b = mention("b", "2021-04-27", threat.formatted("b#1", "He has threatened an offensive unless they pull back"
        + " by the end of this week"));
    Disagreements.EventFindings f = Disagreements.forEvent(List.of(a, b));
    Disagreement d = field(f.agreements(), "deadline");
    assertEquals("agreement", d.kind());
    assertTrue(d.note().contains("2021-04-30"), d.note());
    Mention late = mention("c", "2021-05-12", threat.formatted("c#1", "He threatened to strike unless they withdraw by"
        + " the end of the month"));
    assertEquals("date", field(Disagreements.forEvent(List.of(a, late)).disagreements(), "deadline").kind());
  }

  @Test
  void forStory_comparesFiguresNoEventCarries() {
    String a1 = "{'kind':'displaced','number':{'value':40000,'text':'40,000'},'who':{'text':'people'},"
        + "'attribution':{'speaker':'UN'}}";
    String a2 = "{'kind':'displaced','number':{'value':90000,'text':'90,000'},'who':{'text':'people'}}";
    ArticleRecord x = Json.read(("{'doc_id':'x','counts':[" + a1 + "]}").replace('\'', '"'), ArticleRecord.class);
    ArticleRecord y = Json.read(("{'doc_id':'y','counts':[" + a2 + "]}").replace('\'', '"'), ArticleRecord.class);
    List<Disagreement> ds = Disagreements.forStory(List.of(x, y), Set.of());
    assertEquals("count", field(ds, "counts.displaced").kind());
    assertEquals(List.of("x", "y"), field(ds, "counts.displaced").values().stream().map(Disagreement.Value::docId)
        .toList());
  }
}
