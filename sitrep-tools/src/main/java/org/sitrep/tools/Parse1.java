package org.sitrep.tools;

import org.sitrep.core.doc.Article;
import org.sitrep.core.doc.Dependency;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.doc.Token;

/** Development aid: prints the parse and events of sentences given as arguments. */
public final class Parse1 {
  private Parse1() {
  }

  public static void main(String[] args) {
    var nlp = new org.sitrep.nlp.CoreNlpStage(org.sitrep.nlp.NlpSettings.defaults());
    for (String text : args) {
      Document d = nlp.apply(Document.of(new Article("t", text, null, null, null, "2021-03-10", "en", "x")));
      var toks = d.get(Layers.TOKENS);
      for (var sent : d.get(Layers.DEPENDENCIES)) {
        for (Dependency dep : sent) {
          Token g = dep.governor() >= 0 ? toks.get(dep.governor()) : null;
          Token t = toks.get(dep.dependent());
          System.out.println("  " + (g == null ? "ROOT" : g.text() + "/" + g.pos()) + " -" + dep.relation() + "-> "
              + t.text() + "/" + t.pos() + "/" + t.lemma());
        }
      }
      for (var s : new org.sitrep.events.EventsStageProvider().stages(org.sitrep.core.pipeline.StageContext.defaults())) {
        d = s.apply(d);
      }
      d.get(Layers.EVENTS).forEach(System.out::println);
    }
  }
}
