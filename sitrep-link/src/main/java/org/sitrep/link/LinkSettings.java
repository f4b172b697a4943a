package org.sitrep.link;

/**
 * How reports are linked into incidents and incidents into storylines (docs/stories.md).
 *
 * <p>Similarity of two articles: {@code termWeight} x cosine of their TF-IDF text terms + {@code keyWeight} x
 * cosine of their TF-IDF keys (names, places, days, event signatures), over the sum of the weights. Document
 * frequencies are counted over the articles dated within one {@code bucketDays} bucket either side (so that
 * adding articles changes only their neighbourhood). Each article keeps its {@code maxTerms} strongest terms
 * and {@code maxKeys} strongest keys; its {@code blockFeatures} strongest terms and keys (those in fewer than
 * {@code maxBlockDf} articles of its neighbourhood) are its blocking keys: two articles are compared only when
 * they share one and are at most {@code storylineWindowDays} apart.
 *
 * <p>Incidents: the similarity times a time decay (none within {@code graceDays}, then
 * {@code exp(-(gap - grace) / decayDays)}, 0 beyond {@code windowDays}); average-link clustering stops below
 * {@code threshold} (centroid linkage). Storylines: incidents grouped by centroid linkage of the same similarity with a longer decay
 * ({@code storylineDecayDays}, 0 beyond {@code storylineWindowDays}) down to {@code storylineThreshold}. Pairs
 * below {@code edgeFloor} count as 0; a pair with one article undated (no date, no dateline) counts
 * {@code undatedFactor} of its similarity (its time decay is unknown), all of it from {@code undatedMatch} where
 * the undated one names no day and no far year (one report told again); two reports whose events conflict (a type
 * in common, no event of that type on the same day and place) count {@code conflictFactor} of it for incidents.
 * Incidents are also evidence-complete (docs/stories.md): no two reports of one incident with firm dates more than
 * {@code windowDays} apart, an undated one naming only years far from a firm date, or (where {@code conflictFactor}
 * is below 1) events of a type in common none of which are at one place within {@code graceDays}.
 * Event merging inside an incident: dates within
 * {@code dateToleranceDays}, places within {@code maxKm}, at least {@code minEvidence} agreeing fields.
 */
public record LinkSettings(double threshold, double adoptThreshold, double storylineThreshold, double termWeight, double keyWeight,
                           int graceDays, double decayDays, int windowDays, double storylineDecayDays,
                           int storylineWindowDays, int bucketDays, int maxTerms, int maxKeys, int blockFeatures,
                           int maxBlockDf, double edgeFloor, double undatedFactor, double undatedMatch, double conflictFactor, int dateToleranceDays, double maxKm,
                           int minEvidence) {
  public LinkSettings {
    check(threshold > 0 && threshold < 1, "threshold", threshold, "a number between 0 and 1, such as 0.3");
    check(adoptThreshold > 0 && adoptThreshold <= 1, "adoptThreshold", adoptThreshold,
        "a number in (0, 1]; 1 leaves reports alone");
    check(storylineThreshold > 0 && storylineThreshold <= threshold, "storylineThreshold", storylineThreshold,
        "a number in (0, threshold]");
    check(termWeight >= 0 && keyWeight >= 0 && termWeight + keyWeight > 0, "termWeight/keyWeight",
        termWeight + "/" + keyWeight, "two non-negative weights, not both 0");
    check(graceDays >= 0, "graceDays", graceDays, "0 or more days");
    check(decayDays > 0 && storylineDecayDays > 0, "decayDays", decayDays + "/" + storylineDecayDays,
        "positive numbers of days, such as 7 and 60");
    check(windowDays > 0 && storylineWindowDays >= windowDays, "windowDays", windowDays + "/" + storylineWindowDays,
        "positive days, the storyline window at least the incident window");
    check(bucketDays > 0, "bucketDays", bucketDays, "a positive number of days, such as 7");
    check(maxTerms > 0 && maxKeys > 0 && blockFeatures > 0 && maxBlockDf > 0, "limits",
        maxTerms + "/" + maxKeys + "/" + blockFeatures + "/" + maxBlockDf, "positive feature limits");
    check(edgeFloor > 0 && edgeFloor <= storylineThreshold, "edgeFloor", edgeFloor,
        "a number in (0, storylineThreshold]");
    check(undatedFactor > 0 && undatedFactor <= 1, "undatedFactor", undatedFactor, "a number in (0, 1]");
    check(undatedMatch > 0 && undatedMatch <= 1, "undatedMatch", undatedMatch, "a number in (0, 1]");
    check(conflictFactor >= 0 && conflictFactor <= 1, "conflictFactor", conflictFactor, "a number in [0, 1]");
    check(dateToleranceDays >= 0, "dateToleranceDays", dateToleranceDays, "0 or more days");
    check(maxKm > 0, "maxKm", maxKm, "a positive distance in km, such as 100");
    check(minEvidence >= 0 && minEvidence <= 4, "minEvidence", minEvidence, "0 to 4 fields");
  }

  /** The defaults (docs/stories.md, section "Figures", says how they were chosen). */
  public static LinkSettings defaults() {
    return new LinkSettings(0.25, ADOPT, 0.15, 0.5, 0.5, 3, 7, 21, 45, 60, 7, 150, 60, 20, 2000, 0.06, 0.5, UNDATED_MATCH, CONFLICT, 1, 100, 2);
  }

  public LinkSettings withThreshold(double t) {
    return new LinkSettings(t, adoptThreshold, Math.min(storylineThreshold, t), termWeight, keyWeight, graceDays, decayDays,
        windowDays, storylineDecayDays, storylineWindowDays, bucketDays, maxTerms, maxKeys, blockFeatures, maxBlockDf,
        Math.min(edgeFloor, Math.min(storylineThreshold, t)), undatedFactor, undatedMatch, conflictFactor, dateToleranceDays, maxKm, minEvidence);
  }

  public LinkSettings withStorylineThreshold(double t) {
    return new LinkSettings(threshold, adoptThreshold, t, termWeight, keyWeight, graceDays, decayDays, windowDays,
        storylineDecayDays, storylineWindowDays, bucketDays, maxTerms, maxKeys, blockFeatures, maxBlockDf,
        Math.min(edgeFloor, t), undatedFactor, undatedMatch, conflictFactor, dateToleranceDays, maxKm, minEvidence);
  }

  public LinkSettings withWeights(double terms, double keys) {
    return new LinkSettings(threshold, adoptThreshold, storylineThreshold, terms, keys, graceDays, decayDays, windowDays,
        storylineDecayDays, storylineWindowDays, bucketDays, maxTerms, maxKeys, blockFeatures, maxBlockDf, edgeFloor,
        undatedFactor, undatedMatch, conflictFactor, dateToleranceDays, maxKm, minEvidence);
  }

  /** Adoption threshold (docs/stories.md, two-fold check). */
  static final double ADOPT = 0.15;
  static final double CONFLICT = 0.25;
  /** Similarity from which an undated report that names no day or year against it counts in full (docs/stories.md). */
  static final double UNDATED_MATCH = 0.5;

  public LinkSettings withUndatedMatch(double m) {
    return new LinkSettings(threshold, adoptThreshold, storylineThreshold, termWeight, keyWeight, graceDays, decayDays,
        windowDays, storylineDecayDays, storylineWindowDays, bucketDays, maxTerms, maxKeys, blockFeatures, maxBlockDf,
        edgeFloor, undatedFactor, m, conflictFactor, dateToleranceDays, maxKm, minEvidence);
  }

  /** The share of similarity two reports with conflicting events keep for incidents (1: the rule is off). */
  public LinkSettings withConflictFactor(double f) {
    return new LinkSettings(threshold, adoptThreshold, storylineThreshold, termWeight, keyWeight, graceDays, decayDays,
        windowDays, storylineDecayDays, storylineWindowDays, bucketDays, maxTerms, maxKeys, blockFeatures, maxBlockDf,
        edgeFloor, undatedFactor, undatedMatch, f, dateToleranceDays, maxKm, minEvidence);
  }

  public LinkSettings withAdoptThreshold(double t) {
    return new LinkSettings(threshold, t, storylineThreshold, termWeight, keyWeight, graceDays, decayDays, windowDays,
        storylineDecayDays, storylineWindowDays, bucketDays, maxTerms, maxKeys, blockFeatures, maxBlockDf, edgeFloor,
        undatedFactor, undatedMatch, conflictFactor, dateToleranceDays, maxKm, minEvidence);
  }

  private static void check(boolean ok, String name, Object value, String expected) {
    if (!ok) {
      throw new IllegalArgumentException("link setting " + name + " was " + value + "; expected " + expected);
    }
  }
}
