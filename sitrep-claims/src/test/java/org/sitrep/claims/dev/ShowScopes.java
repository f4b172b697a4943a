package org.sitrep.claims.dev;

import java.nio.file.Path;
import org.sitrep.claims.attribution.AttributionStage;
import org.sitrep.core.doc.Document;
import org.sitrep.core.doc.Layers;
import org.sitrep.core.model.Attribution;

/** Development tool: prints the attribution scopes of each cached document. {@code ShowScopes CACHE.jsonl} */
public final class ShowScopes {
  public static void main(String[] args) throws Exception {
    for (Document d : NlpCache.load(Path.of(args[0]))) {
      d = new AttributionStage().apply(d);
      System.out.println(d.docId());
      for (Attribution.Scope s : d.get(Layers.ATTRIBUTIONS)) {
        String t = s.span().of(d.text());
        System.out.printf("  %-22s %-8s %s%n", s.attribution().speaker() + "/" + s.attribution().speakerText(),
            s.attribution().cue(), t.length() > 90 ? t.substring(0, 90) + "..." : t);
      }
    }
  }
}
