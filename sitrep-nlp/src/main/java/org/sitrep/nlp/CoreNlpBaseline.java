package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;

/**
 * Bare CoreNLP with the same annotators and settings as {@link CoreNlpStage}, nothing of sitrep's
 * around it: the baseline that {@code sitrep bench} compares the whole pipeline against.
 */
public final class CoreNlpBaseline {
  private final CoreNlpModels.Loaded corenlp;

  public CoreNlpBaseline(NlpSettings settings) {
    this.corenlp = CoreNlpModels.get(settings);
  }

  /** Annotates the text (document date {@code date} or null) and returns its number of tokens. */
  public int annotate(String text, String date) {
    Annotation ann = new Annotation(text);
    if (date != null) {
      ann.set(CoreAnnotations.DocDateAnnotation.class, date.length() == 7 ? date + "-01" : date);
    }
    corenlp.annotate(ann);
    return ann.get(CoreAnnotations.TokensAnnotation.class).size();
  }

  /** The annotators this baseline runs, as CoreNLP names them. */
  public static String annotators(NlpSettings settings) {
    return CoreNlpModels.annotators(settings);
  }
}
