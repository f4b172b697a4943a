package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.model.ActorRecord;

/** A trigger found in a sentence, with what the rules add to it (mutable while one document is coded). */
final class Trigger {
  final Lexicon.Entry entry;
  final int head;     // syntactic head for arguments
  final int first;    // first token of the trigger words
  final int last;     // last token
  boolean suppressed;
  String mode;
  List<ActorRecord> actor = new ArrayList<>();
  List<ActorRecord> recipient = new ArrayList<>();
  Trigger lender; // an event noun that lends this verb its actor
  final List<Trigger> complements = new ArrayList<>(); // folded-in events ("threatened to [cut off] ...")
  final List<Integer> clauses = new ArrayList<>();     // complement clauses without a trigger of their own
  int addressee = -1; // "X said Y must ...": Y
  ActorRecord contextTarget; // whom the event is aimed at where no mention names anyone (see RoleExtractor)
  String category;     // the entry's, unless a rule re-codes it ("vowed to fight" -> THREATEN)
  String cameo;        // the entry's, or the lending noun's ("shelling ... killed": 194)

  Trigger(Lexicon.Entry entry, int head, int first, int last) {
    this.entry = entry;
    this.head = head;
    this.first = first;
    this.last = last;
    this.mode = entry.mode();
    this.category = entry.category();
    this.cameo = entry.cameo();
  }
}
