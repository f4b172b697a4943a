package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.doc.Dependency;

/**
 * Who does what a verb with no subject of its own tells: the subject it inherits from the clause it hangs from
 * (control, adjuncts, conjuncts, a reported clause the parser read as an object). Split out of {@link
 * RoleExtractor} (branch evrole11), unchanged.
 */
final class InheritedSubjects extends CoderPart {
  InheritedSubjects(CoderContext c) {
    super(c);
  }

  /** Subjects of the clause a subject-less verb hangs from (xcomp, advcl, conj, acl: "prompting forces to strike back"). */
  List<Integer> of(int h) {
    List<Integer> out = new ArrayList<>();
    int cur = h;
    for (int depth = 0; depth < 3 && out.isEmpty(); depth++) {
      int gov = parse.head(cur);
      String rel = parse.headRel(cur);
      if (gov < 0) {
        break;
      }
      if (rel.equals("acl") && freeAdjunct(cur)) {
        out.addAll(parse.children(parse.head(gov), "nsubj")); // "demanded X, threatening to ..." -> who demanded
        break;
      }
      if (rel.equals("acl") && nounLike(gov)) {
        out.add(gov); // "troops stationed in ..." -> the troops
        break;
      }
      if (!(rel.equals("xcomp") || rel.startsWith("advcl") || rel.startsWith("conj") || rel.equals("dep"))) {
        break;
      }
      int reportedSubject = reportedSubject(cur, gov, rel);
      if (reportedSubject >= 0) {
        out.add(reportedSubject);
        break;
      }
      if (rel.equals("xcomp")) {
        // object control: "prompting Turkish forces to strike back"
        List<Integer> objs = parse.children(gov, "obj");
        if (!objs.isEmpty()) {
          out.addAll(objs);
          break;
        }
      }
      out.addAll(parse.children(gov, "nsubj"));
      cur = gov;
    }
    return out;
  }

  /**
   * The subject of a reported clause the parser took for the object of the verb of speech: "announced Kenya had
   * given the agency 14 days" parsed as announced -obj-> Kenya, announced -dep-> given (or an adverbial clause with
   * no subordinator), with "given" left without a subject. Where a subject-less finite verb (with an auxiliary or a
   * tense of its own) hangs so from a verb of speech (`speech`) whose object comes before it, that object is the
   * clause's subject, not the speaker. Else -1.
   */
  private int reportedSubject(int cur, int gov, String rel) {
    boolean loose = rel.equals("dep") || rel.equals("advcl") && parse.children(cur, "mark").isEmpty();
    if (!loose || !CoderWords.SPEECH.contains(parse.lemma(gov)) || !tokens.get(cur).isVerb()
        || !parse.children(cur, "nsubj").isEmpty() || !parse.children(cur, "nsubj:pass").isEmpty()) {
      return -1;
    }
    String pos = tokens.get(cur).pos();
    boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")
        || !parse.children(cur, "aux").isEmpty() || !parse.children(cur, "aux:pass").isEmpty();
    int o = parse.child(gov, "obj");
    return finite && o >= 0 && o < cur ? o : -1;
  }

  /** Whether dependency {@code d} makes an event noun the object of a verb of speech that also has an addressee. */
  boolean reportedObject(Dependency d) {
    return d.relation().equals("obj") && d.governor() >= 0 && CoderWords.SPEECH.contains(parse.lemma(d.governor()))
        && parse.child(d.governor(), "iobj") >= 0;
  }
}
