package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void fold_removesDiacriticsCaseAndMarks() {
    assertEquals("idlib", Names.fold("İdlib"));
    assertEquals("erdogan", Names.fold("Erdoğan"));
    assertEquals(Names.fold("Ma'arrat an-Nu'man"), Names.fold("Maarrat al Numan"));
    assertEquals("ras ayn", Names.fold("Ra's al ʿAyn"));
    assertEquals(Names.skeleton(Names.fold("Ra's al ʿAyn")), Names.skeleton(Names.fold("Ras el-Ain")));
  }

  @Test
  void fold_dropsArabicArticleVariants() {
    assertEquals(Names.fold("Jisr al-Shughur"), Names.fold("Jisr ash Shughūr"));
    assertEquals(Names.fold("Jisr al-Shughur"), Names.fold("Jisr esh-Shughur"));
    assertEquals("as", Names.fold("As"), "a lone word that looks like an article stays");
  }

  @Test
  void fold_unifiesTellTallTal() {
    assertEquals(Names.fold("Tell Abyad"), Names.fold("Tall Abyad"));
    assertEquals(Names.fold("Tal Abyad"), Names.fold("Tell Abyad"));
  }

  @Test
  void skeleton_foldsVowelVariants() {
    assertEquals(Names.skeleton(Names.fold("Saraqib")), Names.skeleton(Names.fold("Saraqeb")));
    assertEquals(Names.skeleton(Names.fold("Idlib")), Names.skeleton(Names.fold("Idleb")));
    assertEquals(Names.skeleton(Names.fold("Tell Rifaat")), Names.skeleton(Names.fold("Tall Rif'at")));
    assertNotEquals(Names.skeleton(Names.fold("Idlib")), Names.skeleton(Names.fold("Aleppo")));
  }
}
