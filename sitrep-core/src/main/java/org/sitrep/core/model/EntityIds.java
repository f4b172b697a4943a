package org.sitrep.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.doc.Countries;

/**
 * Stable ids for the people, organisations, armed groups and states an article names, the same in every
 * article and every run:
 * <ul>
 *   <li>a state (an actor or speaker whose canonical name is a country's name or capital, a COUNTRY
 *       entity): {@code iso3166:} and its ISO 3166-1 alpha-3 code ({@code iso3166:TUR});</li>
 *   <li>a person, organisation or group the registry index knows ({@link WikiIndex}: names of notable English
 *       Wikipedia subjects, from CoreNLP's WikiDict): {@code wiki:} and the article's title
 *       ({@code wiki:Recep_Tayyip_Erdoğan}), by the folded canonical name or, failing that, by one of the
 *       entity's mentions ("President Recep Tayyip Erdogan" mentioned as "Erdogan");</li>
 *   <li>any other canonical name: {@code sitrep:} and the first 12 hex digits of the SHA-1 of the name
 *       folded (diacritics, case, punctuation and a leading "the" dropped), so "Erdoğan" and "Erdogan"
 *       share one id, and a person's id follows the canonical name the article resolved
 *       ("he", "the president" and "Erdogan" all carry "Recep Tayyip Erdogan"'s).</li>
 * </ul>
 * An unnamed actor of a state's government ("Pakistani officials", sector GOV) takes the state's id. Other
 * actors without a canonical name (generic groups: "protesters", "the court", "Turkish soldiers") take the id of
 * their class, {@code agent:} + country + "-" + sector ({@code agent:TUR-MIL}, {@link #ofGroup}); every actor,
 * count {@code who} and entity has an id. Stateless.
 */
public final class EntityIds {
  public static final String SITREP = "sitrep:";
  public static final String ISO = "iso3166:";
  public static final String AGENT = "agent:";
  public static final String WIKI = "wiki:";
  private static final Set<String> NAMED_TYPES = Set.of("PERSON", "ORGANIZATION");
  // the patterns fold() uses come first: stateNames() folds while the class initialises
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['\u2019]s\\b");
  private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Map<String, String> STATE_NAMES = stateNames();
  private static final Set<String> STATE_CODES = Countries.all().stream().map(Countries.Country::code)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private EntityIds() {
  }

  private static Map<String, String> stateNames() {
    Map<String, String> out = new HashMap<>();
    for (Countries.Country c : Countries.all()) {
      for (String n : c.names()) {
        out.putIfAbsent(fold(n), c.code());
      }
      for (String n : c.capitals()) {
        out.putIfAbsent(fold(n), c.code());
      }
    }
    return Map.copyOf(out);
  }

  /** A name folded for comparison: no diacritics, lower case, words of letters and digits, no leading "the". */
  public static String fold(String name) {
    String d = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    d = NOT_WORD.matcher(POSSESSIVE.matcher(d.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ").trim();
    return d.startsWith("the ") ? d.substring(4) : d;
  }

  /** The id of a canonical name: a state's ISO id where the name is a country's, else the sitrep id; null if blank. */
  public static String of(String name) {
    if (name == null) {
      return null;
    }
    return ofFolded(fold(name));
  }

  private static String ofFolded(String f) {
    if (f.isEmpty()) {
      return null;
    }
    String state = STATE_NAMES.get(f);
    if (state != null) {
      return ISO + state;
    }
    String wiki = registry(f);
    return wiki != null ? wiki : SITREP + hash(f);
  }

  /** {@code wiki:} + the title the registry index gives a folded name, or null (unknown, or a state's name). */
  private static String registry(String f) {
    if (f.isEmpty() || STATE_NAMES.containsKey(f)) {
      return null; // "Jordan" the person is not the country; states have their iso3166 ids
    }
    String title = WikiIndex.shared().title(f);
    return title == null ? null : WIKI + title;
  }

  /** The id of a named person or organisation: its registry id by name, else by a mention, else the sitrep id. */
  private static String ofNamed(String f, List<String> mentions) {
    String id = registry(f);
    for (int i = 0; id == null && i < mentions.size(); i++) {
      id = registry(mentions.get(i));
      if (id != null && !titleWithin(id.substring(WIKI.length()), f)) {
        id = null; // "Bennett" names another Bennett than the article's "Richard Bennett"
      }
    }
    return id != null ? id : SITREP + hash(f);
  }

  /** Whether the title's words (without its "(politician)" part) all appear, in order, in the folded name. */
  private static boolean titleWithin(String title, String folded) {
    String t = title.replace('_', ' ');
    int open = t.endsWith(")") ? t.lastIndexOf(" (") : -1;
    String[] tw = fold(open > 0 ? t.substring(0, open) : t).split(" ");
    String[] nw = folded.split(" ");
    int i = 0;
    for (int j = 0; j < nw.length && i < tw.length; j++) {
      if (tw[i].equals(nw[j])) {
        i++;
      }
    }
    return i == tw.length;
  }

  /** The id of a state by its alpha-3 code, or null where the code is no country's (IGO, NGO, ...). */
  public static String ofState(String code) {
    return code != null && STATE_CODES.contains(code) ? ISO + code : null;
  }

  private static String hash(String folded) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-1").digest(folded.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is missing from this Java runtime; sitrep needs a standard JDK 17", e);
    }
  }

  /** Entities with ids: people and organisations by canonical name, countries by code; others unchanged. */
  public static List<EntityRecord> entities(List<EntityRecord> entities) {
    // the mentions of each named person or organisation, longest first: one id for all entities of one name
    Map<String, java.util.TreeSet<String>> mentions = new HashMap<>();
    for (EntityRecord e : entities) {
      if (e.id() == null && NAMED_TYPES.contains(e.type()) && e.text() != null) {
        mentions.computeIfAbsent(fold(e.name() != null ? e.name() : e.text()), k -> new java.util.TreeSet<>(
            java.util.Comparator.comparingInt(String::length).reversed().thenComparing(String::compareTo)))
            .add(fold(e.text()));
      }
    }
    Map<String, String> named = new HashMap<>();
    List<EntityRecord> out = new ArrayList<>(entities.size());
    for (EntityRecord e : entities) {
      String id = e.id();
      if (id == null && NAMED_TYPES.contains(e.type())) {
        String f = fold(e.name() != null ? e.name() : e.text());
        // a person or organisation, even one named like a country
        id = f.isEmpty() ? null : named.computeIfAbsent(f, k -> ofNamed(k, List.copyOf(mentions.getOrDefault(k,
            new java.util.TreeSet<>()))));
      } else if (id == null && e.type().equals("COUNTRY") && e.actor() != null) {
        id = ofState(e.actor().country());
      }
      if (id == null) {
        id = SITREP + hash(e.type().toLowerCase(Locale.ROOT) + " " + foldOrRaw(e.name() != null ? e.name() : e.text()));
      }
      out.add(id == null || id.equals(e.id()) ? e : e.withId(id));
    }
    return out;
  }

  /** Events whose named actors and recipients carry ids; generic groups (no canonical name) stay without. */
  public static List<EventRecord> events(List<EventRecord> events, List<EntityRecord> entities) {
    Map<String, String> named = namedIds(entities);
    List<EventRecord> out = new ArrayList<>(events.size());
    for (EventRecord e : events) {
      List<ActorRecord> a = actors(e.actor(), named);
      List<ActorRecord> r = actors(e.recipient(), named);
      out.add(a.equals(e.actor()) && r.equals(e.recipient()) ? e : e.withActors(a, r));
    }
    return out;
  }

  /** The ids of the article's named people and organisations, by folded canonical name. */
  private static Map<String, String> namedIds(List<EntityRecord> entities) {
    Map<String, String> named = new HashMap<>();
    for (EntityRecord e : entities) {
      if (NAMED_TYPES.contains(e.type()) && e.name() != null && e.id() != null) {
        named.putIfAbsent(fold(e.name()), e.id());
      }
    }
    return named;
  }

  /** The id of a canonical name in an article: its entity's where the article has one, else {@link #of}. */
  private static String ofName(String name, Map<String, String> named) {
    String f = fold(name);
    String id = named.get(f);
    return id != null ? id : ofFolded(f);
  }

  private static List<ActorRecord> actors(List<ActorRecord> actors, Map<String, String> named) {
    List<ActorRecord> out = new ArrayList<>(actors.size());
    for (ActorRecord a : actors) {
      String id = a.id();
      if (id == null && a.name() != null) {
        id = ofName(a.name(), named);
      } else if (id == null && "GOV".equals(a.sector())) {
        id = ofState(a.country()); // "Pakistani officials": the state's government
      }
      if (id == null) {
        id = ofGroup(a);
      }
      out.add(id == null || id.equals(a.id()) ? a : new ActorRecord(a.text(), a.name(), a.country(), a.sector(), id));
    }
    return out;
  }

  /**
   * The id of an actor without a canonical name: the class of actors its code names, {@code agent:} + country +
   * "-" + sector ("Syrian protesters" and "protesters in Aleppo" read as SYR OPP: {@code agent:SYR-OPP}; a part
   * not known is "UNK", as PLOVER writes it, so "they" unresolved is {@code agent:UNK-UNK}). A class, not one
   * actor: consumers that count actors (the store's network) group such ids by their code.
   */
  public static String ofGroup(ActorRecord a) {
    return AGENT + (a.country() == null ? "UNK" : a.country()) + "-" + (a.sector() == null ? "UNK" : a.sector());
  }

  /** Counts whose {@code who} carries an id, as event actors do. */
  public static List<CountRecord> counts(List<CountRecord> counts) {
    return counts(counts, List.of());
  }

  /** Counts whose {@code who} carries an id, a named one its entity's among {@code entities} (with ids). */
  public static List<CountRecord> counts(List<CountRecord> counts, List<EntityRecord> entities) {
    Map<String, String> named = namedIds(entities);
    List<CountRecord> out = new ArrayList<>(counts.size());
    for (CountRecord c : counts) {
      ActorRecord w = c.who();
      if (w == null || w.id() != null) {
        out.add(c);
        continue;
      }
      String byName = w.name() == null ? null : ofName(w.name(), named);
      String id = byName != null ? byName : ofGroup(w);
      out.add(c.withWho(new ActorRecord(w.text(), w.name(), w.country(), w.sector(), id)));
    }
    return out;
  }

  private static String foldOrRaw(String s) {
    String f = s == null ? "" : fold(s);
    return f.isEmpty() && s != null ? s.strip() : f;
  }

  /** Quotations whose named speaker carries an id. */
  public static List<QuoteRecord> quotes(List<QuoteRecord> quotes) {
    return quotes(quotes, List.of());
  }

  /** Quotations whose named speaker carries an id, its entity's among {@code entities} (with ids). */
  public static List<QuoteRecord> quotes(List<QuoteRecord> quotes, List<EntityRecord> entities) {
    Map<String, String> named = namedIds(entities);
    List<QuoteRecord> out = new ArrayList<>(quotes.size());
    for (QuoteRecord q : quotes) {
      String id = q.speakerId() != null ? q.speakerId() : q.speaker() == null ? null : ofName(q.speaker(), named);
      out.add(id == null || id.equals(q.speakerId()) ? q : q.withSpeakerId(id));
    }
    return out;
  }
}
