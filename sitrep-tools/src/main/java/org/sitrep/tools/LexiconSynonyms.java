package org.sitrep.tools;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.sitrep.events.Lexicon;

/**
 * Development aid: lists candidate triggers, the WordNet 3.1 synonyms of each verb trigger of the PLOVER
 * lexicon that the lexicon lacks (one line per trigger: head, category, candidates), for review when
 * extending plover-lexicon.tsv.
 */
public final class LexiconSynonyms {
  private LexiconSynonyms() {
  }

  public static void main(String[] args) throws JWNLException {
    Dictionary wordnet = Dictionary.getDefaultResourceInstance();
    Set<String> known = new TreeSet<>();
    for (Lexicon.Entry e : Lexicon.get().entries()) {
      known.add(e.particle() == null ? e.head() : e.head() + " " + e.particle());
    }
    for (Lexicon.Entry e : Lexicon.get().entries()) {
      if (e.verb() && e.particle() == null) {
        Set<String> cand = new TreeSet<>();
        IndexWord w = wordnet.getIndexWord(POS.VERB, e.head());
        if (w != null) {
          for (Synset s : w.getSenses()) {
            for (Word x : s.getWords()) {
              cand.add(x.getLemma().toLowerCase(Locale.ROOT));
            }
          }
        }
        cand.remove(e.head());
        cand.removeAll(known);
        if (!cand.isEmpty()) {
          System.out.println(e.head() + "\t" + e.category() + "\t" + cand);
        }
      }
    }
  }
}
