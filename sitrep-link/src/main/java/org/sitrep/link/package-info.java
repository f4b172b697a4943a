/**
 * Stories across outlets: {@link org.sitrep.link.StoryLinker} groups article records into stories
 * (incremental TF-IDF and entity clustering with time decay, candidates from postings lists), merges the
 * mentions of one real event inside a story, and reports where the sources disagree (count, composition,
 * time_basis, attribution, date, actor, location) and what they phrase differently but agree on. Pure
 * functions over {@code org.sitrep.core.model} records; no NLP models. Method and figures: docs/stories.md.
 */
package org.sitrep.link;
