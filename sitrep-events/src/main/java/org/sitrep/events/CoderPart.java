package org.sitrep.events;

import java.util.List;
import java.util.Map;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.EntityRecord;
import org.sitrep.core.model.PlaceRecord;

/** A part of the coder: reads one document's {@link CoderContext} through short names. */
abstract class CoderPart {
  final CoderContext ctx;
  final Parse parse;
  final List<Token> tokens;
  final Lexicon lexicon;
  final ActorLexicon actors;
  final EntityRecord[] entityAt;
  final Map<Integer, PlaceRecord> placeAt;
  final Map<String, EntityRecord> personByName;

  CoderPart(CoderContext c) {
    this.ctx = c;
    this.parse = c.parse;
    this.tokens = c.tokens;
    this.lexicon = c.lexicon;
    this.actors = c.actors;
    this.entityAt = c.entityAt;
    this.placeAt = c.placeAt;
    this.personByName = c.personByName;
  }

  final boolean nounLike(int i) {
    return ctx.nounLike(i);
  }

  final boolean freeAdjunct(int i) {
    return ctx.freeAdjunct(i);
  }

  final boolean isNamed(int i) {
    return ctx.isNamed(i);
  }

  final ActorLexicon.Country countryOf(int i) {
    return ctx.countryOf(i);
  }

  final String countryName(String code) {
    return ctx.countryName(code);
  }

  static String iso3(String alpha2) {
    return CoderContext.iso3(alpha2);
  }
}
