package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the trigger lexicon against WordNet 3.1 (extJWNL): every pattern must be a WordNet lemma of the part
 * of speech it is listed under (catches typos and wrong POS); {@code org.sitrep.tools.LexiconSynonyms} lists
 * WordNet synonyms of each verb trigger that the lexicon lacks, as candidates for review when extending it.
 */
class LexiconWordNetTest {
  /** Lexicon words WordNet 3.1 does not list under that POS (spelling variants and newer compounds). */
  private static final Set<String> NOT_IN_WORDNET = Set.of(
      "N:airstrike", "N:airstrikes", "N:drone strike", "N:suicide bombing", "N:air raid", "N:air strike",
      "N:killing", "N:shelling", "N:bombing", "N:fighting", "N:shooting", "N:kidnapping", "N:build-up",
      "N:cease-fire", "N:ceasefire", "N:state of emergency", "N:talks", "N:tear gas", "V:hold responsible", "V:hit back", "V:strike back", "V:drive back",
      "V:push back", "V:take hostage", "V:open fire", "V:criticise", "V:apologise", "V:recognise", "V:mobilise",
      "V:crack down", "V:round up", "V:drive out", "V:pull out", "V:cut off", "V:call off", "V:hand over",
      "V:break off", "V:step down", "V:back down", "V:blow up", "V:pull back", "V:mortar", "V:rocket",
      "V:point finger"); // an idiom ("pointed a finger at"): the verb with its object, not a WordNet lemma

  private static Dictionary wordnet;

  @BeforeAll
  static void load() throws JWNLException {
    wordnet = Dictionary.getDefaultResourceInstance();
  }

  private static boolean inWordNet(POS pos, String lemma) throws JWNLException {
    IndexWord w = wordnet.getIndexWord(pos, lemma);
    return w != null && w.getLemma().equalsIgnoreCase(lemma);
  }

  @Test
  void lexicon_everyPatternIsAWordNetLemmaOfItsPos() throws JWNLException {
    List<String> missing = new ArrayList<>();
    for (Lexicon.Entry e : Lexicon.get().entries()) {
      String words = e.particle() == null ? e.head() : e.head() + " " + e.particle();
      if (e.verb() && !inWordNet(POS.VERB, words) && !NOT_IN_WORDNET.contains("V:" + words)) {
        missing.add("V:" + words + " (line " + e.line() + ")");
      }
      if (e.noun() && !inWordNet(POS.NOUN, words) && !NOT_IN_WORDNET.contains("N:" + words)) {
        missing.add("N:" + words + " (line " + e.line() + ")");
      }
    }
    assertEquals(List.of(), missing, "lexicon words WordNet does not know under their POS; fix the spelling or POS, "
        + "or add them to NOT_IN_WORDNET with a reason");
  }

  @Test
  void wordnet_synonymsOfATriggerAreFound() throws JWNLException {
    Set<String> syn = synonyms(POS.VERB, "bombard");
    assertTrue(syn.contains("bomb"), syn::toString);
  }

  static Set<String> synonyms(POS pos, String lemma) throws JWNLException {
    Set<String> out = new TreeSet<>();
    IndexWord w = wordnet.getIndexWord(pos, lemma);
    if (w == null) {
      return out;
    }
    for (Synset s : w.getSenses()) {
      for (Word x : s.getWords()) {
        out.add(x.getLemma().toLowerCase(java.util.Locale.ROOT));
      }
    }
    out.remove(lemma);
    return out;
  }
}
