package org.sitrep.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A piece of text with its character offsets, as output. {@code in} is {@code "title"} where it lies in the
 * article's title (offsets then index the title); absent for the body.
 */
public record TextSpan(int start, int end, String text, @JsonInclude(JsonInclude.Include.NON_NULL) String in) {
  public TextSpan(int start, int end, String text) {
    this(start, end, text, null);
  }
}
