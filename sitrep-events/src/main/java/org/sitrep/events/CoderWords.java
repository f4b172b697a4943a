package org.sitrep.events;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.data.DataTable;
import org.sitrep.core.data.Pronouns;

/**
 * The event coder's word and code lists, read from {@code coder-words.tsv} (columns: list, word). A list
 * the code asks for that the file lacks is an error naming it, so a renamed list fails at start-up.
 */
final class CoderWords {
  private static final Map<String, Set<String>> LISTS = load();

  /** Verbs of saying: their complement clause is attributed to their subject. */
  static final Set<String> SPEECH = list("speech");
  /** Verbs of speaking whose participle frames a saying ("speaking at a meeting, X said"). */
  static final Set<String> SPEAKING = list("speaking");
  /** Verbs and adjectives of intention: their complement is planned. */
  static final Set<String> PLAN = list("plan");
  /** Words whose "to" infinitive happened ("managed to free"); any other's is an aim (hypothetical). */
  static final Set<String> IMPLICATIVE = list("implicative");
  static final Set<String> APPOINTING = list("appointing");
  static final Set<String> CAUSAL_MARKS = list("causal_marks");
  /** Verbs of fearing: the event noun feared has not happened. */
  static final Set<String> FEAR = list("fear");
  static final Set<String> MODAL_HYPOTHETICAL = list("modal_hypothetical");
  static final Set<String> NEGATION = list("negation");
  /** Pronouns that, as a verb's subject, deny it ("nobody claimed the attack"). */
  static final Set<String> NEGATIVE_PRONOUNS = list("negative_pronouns");
  static final Set<String> DENIAL_VERBS = list("denial_verbs");
  /** Nouns naming a party by its relation to another ("its neighbor"): a possessive on them names the other. */
  static final Set<String> OTHER_PARTY_NOUNS = list("other_party_nouns");
  static final Set<String> OBLIGATION = list("obligation");
  /** Adjectives that condemn what they are said of ("illegal", "unacceptable"): so judging a party accuses it. */
  static final Set<String> CONDEMNATION = list("condemnation");
  /** Nouns of a wrong done ("abuses", "violations"): a saying that a party did one accuses it. */
  static final Set<String> WRONGDOING = list("wrongdoing");
  /** Verbs that let something be understood ("hinted that it could retaliate"): like sayings, they can threaten. */
  static final Set<String> INTIMATION = list("intimation");
  /** Verbs of letting: denied, they restrict ("does not allow agencies to go"). */
  static final Set<String> PERMISSION = list("permission");
  // The pronouns, from sitrep-core's one table (pronouns.tsv), shared with the quote speakers.
  private static final Set<String> NOMINAL = Set.of("subj", "obj", "det");
  /** Personal pronouns that refer back to a person: he, she, him, her, his, hers. */
  static final Set<String> PERSONAL = Pronouns.select("3", "sg", Set.of("m", "f"), Set.of("subj", "obj", "det", "poss"));
  /** The singular ones of a group ("it", "its"): they agree with a singular group, "they" with a plural one. */
  static final Set<String> SINGULAR_GROUP_PRONOUNS = Pronouns.select("3", "sg", Set.of("n"), NOMINAL);
  /** Pronouns that refer back to a group, state or organisation: they, them, their, it, its. */
  static final Set<String> GROUP_PRONOUNS = union(Pronouns.select("3", "pl", Set.of(), NOMINAL), SINGULAR_GROUP_PRONOUNS);
  /** First-person singular (i, me, my): in reported or quoted words they stand for the speaker. */
  static final Set<String> FIRST_PERSON = Pronouns.select("1", "sg", Set.of(), NOMINAL);
  /** First-person plural (we, us, our): in reported or quoted words, the speaker's side. */
  static final Set<String> FIRST_PERSON_PLURAL = Pronouns.select("1", "pl", Set.of(), NOMINAL);
  static final Set<String> REGIME_NOUNS = list("regime_nouns");
  static final Set<String> TITLES = list("titles");
  static final Set<String> COMPLEMENT_TAKERS = list("complement_takers");
  static final Set<String> VERBAL = list("verbal");
  static final Set<String> COMPLEMENT_SUBJECT = list("complement_subject");
  static final Set<String> DOMESTIC = list("domestic");
  /** Categories aimed at a party: with none named, at the country the news is in (RoleExtractor, EventMerger). */
  static final Set<String> CONTEXT_TARGET = list("context_target");
  /** Verbs whose subject undergoes the event noun they take ("drew condemnation"): the noun's recipient. */
  static final Set<String> RECEPTIVE = list("receptive");
  /** Verbs of perceiving ("witnessed the attack"): their subject is no party of the event noun they take. */
  static final Set<String> PERCEIVING = list("perceiving");
  /** Nouns that count or group the event noun after "of" ("a series of attacks"): it stands in their place. */
  static final Set<String> PARTITIVE = list("partitive");
  /** Event nouns of something done to a person: a person as possessor undergoes it ("the journalist's arrest"). */
  static final Set<String> PATIENT_GENITIVE = list("patient_genitive");
  /** PLOVER modes of acts only a state does (arrest, deport, ...): with no actor named, the local government. */
  static final Set<String> STATE_MODES = list("state_modes");
  /** Prepositions by which a copula's subject is held in a state ("in detention", "under arrest"): it undergoes it. */
  static final Set<String> HELD_PREPOSITIONS = list("held_prepositions");
  static final Set<String> STATE_SECTORS = list("state_sectors");
  /** Categories of repression: done to dissenters with no agent named, by their own state (OwnState). */
  static final Set<String> REPRESSION = list("repression");
  /** Sectors of dissent (protesters, dissidents, journalists) a state represses (OwnState). */
  static final Set<String> DISSENT_SECTORS = list("dissent_sectors");
  /** PLOVER modes of setting a detained person free ("was released on bail"): undone by the state (OwnState). */
  static final Set<String> FREEING = list("freeing");
  /** Nouns of what a state issues (constitution, law, decree): a rejection of "the law" is aimed at its owner. */
  static final Set<String> ISSUED_ACTS = list("issued_acts");
  /** Categories of judging what another party issued (REJECT, ACCUSE; IssuedAct). */
  static final Set<String> JUDGING_ISSUED = list("judging_issued");
  /** Nouns of a trial: its defendants are accused by the court of the country it is held in (TrialCourt). */
  static final Set<String> TRIAL_NOUNS = list("trial_nouns");
  /**
   * Material conflict on the ground: its unnamed participants ("security forces", "passengers") are of the place's
   * country, and a verb reporting it is kept with neither side named ("five men were killed").
   */
  static final Set<String> LOCAL_CONFLICT = list("local_conflict");
  /** Sectors of parties that use force (MIL, COP, REB, SPY): a passive's oblique naming one did it (PassiveAgent). */
  static final Set<String> ARMED_SECTORS = list("armed_sectors");
  /** Texts a party issues ("the statement threatened ..."): as a party, whoever issued the one named before. */
  static final Set<String> DOCUMENT_NOUNS = list("document_nouns");
  /** Nouns by which an article names itself ("this report"): a sentence about it is no news. */
  static final Set<String> SELF_REFERENCE = list("self_reference");
  /** Words of a part of the day named with no day ("at night"): such an expression dates nothing. */
  static final Set<String> DAY_WORDS = list("day_words");
  /** Last words of a time expression counted from another happening ("days later"): it dates nothing alone. */
  static final Set<String> ANCHOR_RELATIVE = list("anchor_relative");
  /** First words of a day counted from the story's last one ("the next day"): it dates nothing alone. */
  static final Set<String> ANCHOR_NEXT = list("anchor_next");
  /** Words of a day named only by reference to the story's ("the day", "that night", "the same day"). */
  static final Set<String> ANAPHORIC_DAY = list("anaphoric_day");
  /** Prepositions of an occasion an event took place at ("at Friday's meeting"): its day is the event's. */
  static final Set<String> SETTING_PREPOSITIONS = list("setting_prepositions");
  /** Words of a preposition that orders two happenings ("after the attack", "in response to"). */
  static final Set<String> SEQUENCE_PREPOSITIONS = list("sequence_prepositions");
  /** Relative adverbs of place ("in the region, where forces clashed"): the clause is the setting's happening. */
  static final Set<String> PLACE_RELATIVES = list("place_relatives");
  /** Verbs of deciding whose "on" oblique is the measure decided ({@link EventDating}: "vote Friday on sanctions"). */
  static final Set<String> DECISION_VERBS = list("decision_verbs");
  /** Verbs of doing whose participle on an event noun tells when it was done ("a proposal made on Monday"). */
  static final Set<String> PERFORMING = list("performing");
  /** Determiners of a definite noun phrase ("the attack", "this meeting"): it names a known happening. */
  static final Set<String> DEFINITE_DETERMINERS = list("definite_determiners");
  /** Time expressions that name the article's own day ("today", "this morning"). */
  static final Set<String> TODAY = list("today");
  /** Auxiliaries of the future ("will attack"): the event is planned. */
  static final Set<String> FUTURE_AUX = list("future_aux");
  /** Clitic forms of future auxiliaries ("they'll"), counted with them on the trigger itself. */
  static final Set<String> FUTURE_CLITIC = list("future_clitic");
  /** Subordinators of a condition ("if they withdraw"): hypothetical. */
  static final Set<String> CONDITION = list("condition");
  /** Subordinators of a threat's condition ("unless they withdraw"): threatened. */
  static final Set<String> THREAT_CONDITION = list("threat_condition");
  /** Nouns that, with REGIME_NOUNS, stand for a state's government ("the Assad government"). */
  static final Set<String> GOVERNMENT_NOUNS = list("government_nouns");
  /** Nouns of armed bodies a person's name can modify ("Haftar forces"). */
  static final Set<String> FORCE_NOUNS = list("force_nouns");
  /** Nouns of an undertaking whose kind an event noun compounded on them gives ("a mediation mission"). */
  static final Set<String> ACTIVITY_HEADS = list("activity_heads");
  /** Nouns of fear, concern or hope: what their complement clause tells is not asserted ("concerns that ..."). */
  static final Set<String> FEAR_NOUNS = list("fear_nouns");
  /** Subordinators of an embedded yes/no question ("asked whether ..."): what it tells is not asserted. */
  static final Set<String> QUESTION_MARKS = list("question_marks");
  /** Verbs of being in a state: an event noun as their oblique is a standing condition ("remain under sanctions"). */
  static final Set<String> STATE_VERBS = list("state_verbs");
  /** Prepositions by which a state verb's oblique is the state itself ("under sanctions"), not a time or place. */
  static final Set<String> STATE_PREPOSITIONS = list("state_prepositions");
  /** Verbs whose object is the deed and whose "on" phrase is who is held responsible ("blamed the raids on X"). */
  static final Set<String> BLAME_ON = list("blame_on");
  /**
   * Prepositions by which a thing is itself placed: a group described by a participle ("militants present on X soil",
   * Whereabouts) or an event ("arrested in Lebanon", ArticleCountries.local).
   */
  static final Set<String> PLACE_PREPOSITIONS = list("place_prepositions");
  /** "On", which places a group ("present on X soil", Whereabouts) but names an event's target ("an attack on X"). */
  static final Set<String> SURFACE_PREPOSITIONS = list("surface_prepositions");
  /** Sectors of groups whose whereabouts give their country (not state forces, not refugees). */
  static final Set<String> LOCATED_SECTORS = list("located_sectors");
  /** Sectors of named organisations that belong to one country's politics (a party): local when no country named. */
  static final Set<String> NATIONAL_SECTORS = list("national_sectors");
  /** Categories of an answer to what another party said ("dismissed the accusations"). */
  static final Set<String> ANSWERING = list("answering");
  /** Categories of the noun an answer answers (the accusation, the request). */
  static final Set<String> ANSWERED = list("answered");
  /** Verbs that name or judge their object when a predicate completes it ("called the vote a farce"). */
  static final Set<String> NAMING_VERBS = list("naming_verbs");

  /** After a span of days, the words that count a happening forward from another ("a day after the attack"). */
  static final Set<String> COUNT_AFTER = list("count_after");
  /** ... and backward ("two days before the vote"). */
  static final Set<String> COUNT_BEFORE = list("count_before");

  /** Verbs of stopping an undertaking ("suspended talks"): stopping a cooperation is a SANCTION. */
  static final Set<String> CESSATION = list("cessation");
  /** Categories of ongoing cooperation that a verb of stopping turns into a SANCTION ("halted aid"). */
  static final Set<String> DISCONTINUABLE = list("discontinuable");

  /** Nouns of a risk: the happening their "of" phrase names has not happened ("the threat of attacks"). */
  static final Set<String> RISK_NOUNS = list("risk_nouns");
  /** Adjectives of possibility: the event noun they modify has not happened ("a potential ceasefire"). */
  static final Set<String> POSSIBILITY_ADJECTIVES = list("possibility_adjectives");
  /** Adjectives of repetition: the event noun they modify names a series, a tally ("repeated calls"). */
  static final Set<String> REPETITION_ADJECTIVES = list("repetition_adjectives");
  /** Verbs of breaking or keeping a rule: an event noun they take is a rule in force ("violated the embargo"). */
  static final Set<String> RULE_VERBS = list("rule_verbs");
  /** Words marking a time before the news ("earlier this month"): a happening so dated is context. */
  static final Set<String> EARLIER = list("earlier");
  /** Sectors of a hearing (a court): telling it what was said is testimony, a statement, not a consultation. */
  static final Set<String> HEARING_SECTORS = list("hearing_sectors");
  static final Set<String> HEARING_BODIES = list("hearing_bodies");
  /** Sectors whose plural common nouns name the public ("told passengers", "told residents"): an audience. */
  static final Set<String> PUBLIC_SECTORS = list("public_sectors");
  /** Verbs of answering: told with a coded means ("retaliated by imposing tariffs"), the means is the event. */
  static final Set<String> RESPONSE_VERBS = list("response_verbs");
  /** Verbs of describing: an event noun they take is described, not told ("describing their collaboration"). */
  static final Set<String> DESCRIBING_VERBS = list("describing_verbs");
  /** Verbs of citing: an event word in what they cite is an example, not told ("pointed to the sanctions"). */
  static final Set<String> CITING_VERBS = list("citing_verbs");
  /** Free-choice determiners: the event noun they take is any of a kind, no happening ("any attacks"). */
  static final Set<String> FREE_CHOICE_DETERMINERS = list("free_choice_determiners");
  /** Verbs whose object is the addressee: an event noun as their object is the audience ("told a meeting"). */
  static final Set<String> ADDRESSEE_VERBS = list("addressee_verbs");
  /** (evvol12) Nouns of the place an occasion is held at ("from the site of their talks"): its "of" phrase sets a saying. */
  static final Set<String> VENUE_NOUNS = list("venue_nouns");
  /** (evvol12) Verbs of ending or attending an occasion ("after wrapping up meetings"): their object sets a saying. */
  static final Set<String> OCCASION_VERBS = list("occasion_verbs");
  /** (evvol12) Prepositions naming the partner of a sharing ("shared with VOA", "described to Reuters"). */
  static final Set<String> PRESS_PREPOSITIONS = list("press_prepositions");
  /** (evvol12) Categories of sharing: told with a news outlet as partner, they are telling the press. */
  static final Set<String> PRESS_SHARING_CATEGORIES = list("press_sharing_categories");
  /** (evvol12) Nouns of aim: a gerund subject of a copula with one as predicate is sought, not done. */
  static final Set<String> AIM_NOUNS = list("aim_nouns");
  /** (evvol12) Quantifiers of plurality: an event noun with one names many happenings ("several recent attacks"). */
  static final Set<String> SERIES_QUANTIFIERS = list("series_quantifiers");
  /** Verbs of striking: told with a coded means ("hit Peru with tariffs"), the means is the event. */
  static final Set<String> STRIKING_VERBS = list("striking_verbs");

  /** Words introducing a clause of what was not (yet) done ("before granting", "without signing"). */
  static final Set<String> UNREALIZED_MARKS = list("unrealized_marks");
  /** Nouns of remembrance: the happening their "of" phrase names is past ("the anniversary of the protests"). */
  static final Set<String> PAST_NOUNS = list("past_nouns");

  /** Prepositions of a topic of dispute or feeling ("disagreed over aid"): the event noun is no happening told. */
  static final Set<String> TOPIC_PREPOSITIONS = list("topic_prepositions");
  /** PLOVER modes of a leaving whose noun's "from" phrase is the party left ("withdrawal from X"): RoleExtractor. */
  static final Set<String> LEFT_PARTY_MODES = list("left_party_modes");

  private CoderWords() {
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return Collections.unmodifiableSet(out);
  }

  private static Map<String, Set<String>> load() {
    DataTable t = DataTable.load(CoderWords.class, "coder-words.tsv");
    Map<String, Set<String>> out = new HashMap<>();
    for (DataTable.Row r : t.rows()) {
      if (r.get(1).isEmpty()) {
        throw new IllegalStateException("coder-words.tsv line " + r.line() + ": a row needs a list name and a word, "
            + "separated by a tab");
      }
      out.computeIfAbsent(r.get(0), k -> new LinkedHashSet<>()).add(r.get(1));
    }
    return out;
  }

  static Set<String> list(String name) {
    Set<String> s = LISTS.get(name);
    if (s == null) {
      throw new IllegalStateException("coder-words.tsv has no list '" + name + "'; add rows '" + name
          + "<TAB>word' to it (lists present: " + new java.util.TreeSet<>(LISTS.keySet()) + ")");
    }
    // not Set.copyOf: its contains(null) throws, and a word asked of a list may be absent (an entity with no
    // sector); a LinkedHashSet answers false for it and iterates in the file's order
    return Collections.unmodifiableSet(new LinkedHashSet<>(s));
  }
}
