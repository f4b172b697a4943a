package org.sitrep.nlp;

import java.util.List;
import org.sitrep.core.pipeline.Stage;
import org.sitrep.core.pipeline.StageContext;
import org.sitrep.core.pipeline.StageProvider;

/** Plugs the CoreNLP stage into the standard pipeline. */
public final class NlpStages implements StageProvider {
  @Override
  public List<Stage> stages(StageContext context) {
    return List.of(new CoreNlpStage(NlpSettings.from(context)));
  }

  @Override
  public java.util.Map<String, String> options() {
    return NlpSettings.OPTIONS;
  }
}
