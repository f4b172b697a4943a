package org.sitrep.claims.count;

import org.sitrep.core.model.NumberValue;

/** A figure found in the text: its tokens (qualifier included), the token that carries its syntax, its value. */
record Quantity(int firstToken, int lastToken, int head, NumberValue number) {
}
