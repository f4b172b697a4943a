package org.sitrep.core.model;

/**
 * One mention of an event in the text: the trigger that carries it and the sentence it is in. An event that
 * an article mentions several times ("the shelling", "the attack that killed eight") lists each mention.
 */
public record EventMention(TextSpan trigger, Evidence evidence) {
}
