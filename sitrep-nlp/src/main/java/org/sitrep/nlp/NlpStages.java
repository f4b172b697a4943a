package org.sitrep.nlp;

import java.util.List;
import org.sitrep.core.pipeline.Stage;
import org.sitrep.core.pipeline.StageContext;
import org.sitrep.core.pipeline.StageProvider;

/** Plugs the CoreNLP stage into the standard pipeline. */
public final class NlpStages implements StageProvider {
  @Override
  public List<Stage> stages(StageContext context) {
    CoreNlpStage stage = new CoreNlpStage(NlpSettings.from(context));
    return List.of(context.flag(PARSE_ALL, false) ? stage.parsingEverySentence() : stage);
  }

  /** Parse every sentence, not only those a later stage reads the parse of (for comparison; slower). */
  static final String PARSE_ALL = "nlp.parse_all";

  @Override
  public java.util.Map<String, String> options() {
    java.util.Map<String, String> out = new java.util.TreeMap<>(NlpSettings.OPTIONS);
    out.put(PARSE_ALL, "true or false, default false: parse every sentence, not only those a later stage reads"
        + " the parse of");
    return out;
  }
}
