package org.sitrep.core.model;

/**
 * Why an input could not be analysed. {@code code} is stable (see {@link ErrorCodes}); {@code message}
 * names the input and the cause and, where there is one, the fix.
 */
public record ArticleError(String code, String message) {
}
