package org.sitrep.link;

/**
 * How stories are linked. Clustering: an article joins the best candidate story when their similarity
 * ({@code termWeight} x cosine of TF-IDF text terms + {@code keyWeight} x cosine of TF-IDF names, places,
 * dates and dyads, times {@code exp(-gap/decayDays)} for the days between the article and the story) is at
 * least {@code threshold}; candidates come from postings of the article's {@code queryTerms} best terms and
 * {@code queryKeys} best keys, each list read back at most {@code postingsScan} stories, and
 * {@code maxCandidates} of them are scored in full. Stories idle for more than {@code windowDays} (or beyond
 * the {@code maxActive} most recently updated) are closed. Event merging: dates within
 * {@code dateToleranceDays}, places within {@code maxKm}, and at least {@code minEvidence} agreeing fields
 * among actor, recipient, date and location. The merge check joins open stories whose centroids are at least
 * {@code mergeThreshold} similar (1: off), then one-article stories join their most similar larger story at
 * {@code adoptThreshold} (1: off).
 */
public record LinkSettings(double threshold, double termWeight, double keyWeight, double decayDays, int windowDays,
                           int maxCandidates, int postingsScan, int queryTerms, int queryKeys, int indexTerms,
                           int maxStoryTerms, int maxActive, int dateToleranceDays, double maxKm, int minEvidence,
                           double mergeThreshold, double adoptThreshold) {
  public LinkSettings {
    check(threshold > 0 && threshold < 1, "threshold", threshold, "a number between 0 and 1, such as 0.3");
    check(termWeight >= 0 && keyWeight >= 0 && termWeight + keyWeight > 0, "termWeight/keyWeight",
        termWeight + "/" + keyWeight, "two non-negative weights, not both 0");
    check(decayDays > 0, "decayDays", decayDays, "a positive number of days, such as 7");
    check(windowDays > 0, "windowDays", windowDays, "a positive number of days, such as 30");
    check(maxCandidates > 0 && postingsScan > 0 && queryTerms > 0 && queryKeys >= 0 && indexTerms > 0
        && maxStoryTerms > 0 && maxActive > 0, "limits", maxCandidates, "positive candidate and index limits");
    check(dateToleranceDays >= 0, "dateToleranceDays", dateToleranceDays, "0 or more days");
    check(maxKm > 0, "maxKm", maxKm, "a positive distance in km, such as 100");
    check(minEvidence >= 0 && minEvidence <= 4, "minEvidence", minEvidence, "0 to 4 fields");
    check(mergeThreshold > 0 && mergeThreshold <= 1, "mergeThreshold", mergeThreshold,
        "a number in (0, 1]; 1 turns the merge check off");
    check(adoptThreshold > 0 && adoptThreshold <= 1, "adoptThreshold", adoptThreshold,
        "a number in (0, 1]; 1 leaves one-article stories alone");
  }

  /** The defaults, tuned on the ECB+ dev half and the seed articles (docs/stories.md). */
  public static LinkSettings defaults() {
    return new LinkSettings(0.25, 0.5, 0.5, 60, 30, 40, 400, 20, 30, 30, 300, 20_000, 1, 100, 2, 0.6, 0.3);
  }

  public LinkSettings withThreshold(double t) {
    return new LinkSettings(t, termWeight, keyWeight, decayDays, windowDays, maxCandidates, postingsScan, queryTerms,
        queryKeys, indexTerms, maxStoryTerms, maxActive, dateToleranceDays, maxKm, minEvidence, mergeThreshold, adoptThreshold);
  }

  public LinkSettings withWeights(double terms, double keys) {
    return new LinkSettings(threshold, terms, keys, decayDays, windowDays, maxCandidates, postingsScan, queryTerms,
        queryKeys, indexTerms, maxStoryTerms, maxActive, dateToleranceDays, maxKm, minEvidence, mergeThreshold, adoptThreshold);
  }

  public LinkSettings withMergeThreshold(double t) {
    return new LinkSettings(threshold, termWeight, keyWeight, decayDays, windowDays, maxCandidates, postingsScan,
        queryTerms, queryKeys, indexTerms, maxStoryTerms, maxActive, dateToleranceDays, maxKm, minEvidence, t,
        adoptThreshold);
  }

  public LinkSettings withAdoptThreshold(double t) {
    return new LinkSettings(threshold, termWeight, keyWeight, decayDays, windowDays, maxCandidates, postingsScan,
        queryTerms, queryKeys, indexTerms, maxStoryTerms, maxActive, dateToleranceDays, maxKm, minEvidence,
        mergeThreshold, t);
  }

  public LinkSettings withDecayDays(double days) {
    return new LinkSettings(threshold, termWeight, keyWeight, days, windowDays, maxCandidates, postingsScan,
        queryTerms, queryKeys, indexTerms, maxStoryTerms, maxActive, dateToleranceDays, maxKm, minEvidence,
        mergeThreshold, adoptThreshold);
  }

  private static void check(boolean ok, String name, Object value, String expected) {
    if (!ok) {
      throw new IllegalArgumentException("link setting " + name + " was " + value + "; expected " + expected);
    }
  }
}
