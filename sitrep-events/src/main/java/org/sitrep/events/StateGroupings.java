package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.data.DataTable;
import org.sitrep.core.doc.Token;
import org.sitrep.core.model.ActorRecord;

/**
 * Informal groupings of states with no organisation of their own ({@code state-groupings.tsv}: the G7, the G8,
 * the Quad, the Five Eyes). Such a group has no secretariat that could act for it: what "the G7" urges or
 * affirms, its member governments urge or affirm together, so the parties of the event are the member states,
 * not one international body ("G7 foreign ministers urged Russia ..." -> CAN, DEU, FRA, GBR, ITA, JPN, USA ->
 * RUS). While roles are read and pronouns resolved the group stays one party, coded IGO and named by the
 * grouping (so that "their support" after "the G7" is the group's); {@link #expand} then lists its members in
 * the event's actors and recipients. Immutable, loaded once.
 */
final class StateGroupings {
  private static final class Holder {
    static final StateGroupings INSTANCE = new StateGroupings();
  }

  private final Map<String, List<String>> membersByName = new HashMap<>(); // folded name -> member codes
  private final Map<String, String> canonical = new HashMap<>(); // folded name -> the grouping's first name
  private final List<String> names = new ArrayList<>();
  private int maxTokens = 1;

  private StateGroupings() {
    for (DataTable.Row row : DataTable.load(StateGroupings.class, "state-groupings.tsv").rows()) {
      List<String> members = row.values(0);
      List<String> names = row.values(1);
      for (String n : names) {
        this.names.add(n);
        membersByName.put(Text.fold(n), members);
        canonical.put(Text.fold(n), names.get(0));
        maxTokens = Math.max(maxTokens, n.split("[ \\-]").length);
      }
    }
  }

  static StateGroupings get() {
    return Holder.INSTANCE;
  }

  /** Every name of every grouping (for the organisation lexicon, where they read as IGO). */
  Set<String> names() {
    return new LinkedHashSet<>(names);
  }

  /** The member codes of the grouping a name denotes ("G7", "the Group of Seven"), or null. */
  List<String> members(String name) {
    if (name == null) {
      return null;
    }
    String f = Text.fold(name).replaceFirst("^the ", "");
    return membersByName.get(f);
  }

  /**
   * The first name of a grouping named inside tokens [from, to) ("top diplomats from the Group of Seven" ->
   * "G7"), longest match first; null if none.
   */
  String namedIn(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      for (int len = Math.min(maxTokens + 1, to - i); len >= 1; len--) {
        String c = canonical.get(Text.fold(ActorReader.surface(tokens, i, i + len)));
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  /** The member codes of the grouping a party is (an IGO named, or written, as a grouping), or null. */
  private List<String> membersOf(ActorRecord r) {
    if (!"IGO".equals(r.country())) {
      return null;
    }
    List<String> byName = members(r.name());
    return byName != null ? byName : members(r.text());
  }

  /**
   * Replaces in place each party that is a grouping (an IGO whose name, or text, is a grouping's) by its member
   * states, one party each, keeping the party's text and its sector where it has one of its own (the group
   * itself, sector IGO, becomes its governments, GOV); a member already a party with the same sector is not
   * listed twice.
   */
  static void expand(List<ActorRecord> parties) {
    StateGroupings g = get();
    if (parties.stream().allMatch(r -> g.membersOf(r) == null)) {
      return;
    }
    List<ActorRecord> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ActorRecord r : parties) {
      List<String> members = g.membersOf(r);
      if (members == null) {
        out.add(r);
        seen.add(r.country() + "/" + r.sector());
        continue;
      }
      String sector = r.sector() == null || "IGO".equals(r.sector()) ? "GOV" : r.sector();
      for (String code : members) {
        if (seen.add(code + "/" + sector)) {
          ActorLexicon.Country c = ActorLexicon.get().byCode(code);
          out.add(new ActorRecord(r.text(), c == null ? null : c.name(), code, sector, null));
        }
      }
    }
    parties.clear();
    parties.addAll(out);
  }
}
