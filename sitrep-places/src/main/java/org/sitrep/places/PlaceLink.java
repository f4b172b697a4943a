package org.sitrep.places;

/** How a place relates to an event's trigger in the parse. */
record PlaceLink(boolean reached, boolean locative, boolean strong, int steps, boolean crossed, boolean landmark) {
  static final PlaceLink NONE = new PlaceLink(false, false, false, 0, false, false);

  /** Tied to the event: reached through a locative word, or the trigger's own object ("captured Badme"). */
  boolean tied() {
    return reached && (locative || steps <= 1);
  }

  double score() {
    return (strong ? 3 : locative ? 2 : 1) - 0.1 * steps;
  }
}
