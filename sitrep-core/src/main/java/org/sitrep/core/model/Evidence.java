package org.sitrep.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The sentence that carries a fact, with its character offsets. {@code in} is {@code "title"} where the
 * sentence is the article's title (offsets then index the title); absent for the body ({@code text}).
 */
public record Evidence(int start, int end, String sentence, @JsonInclude(JsonInclude.Include.NON_NULL) String in) {
  public Evidence(int start, int end, String sentence) {
    this(start, end, sentence, null);
  }
}
