package org.sitrep.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
  @Test
  void guess_english() {
    assertEquals("en", LanguageGuesser.guess("The army said on Tuesday that it had withdrawn its troops from the"
        + " border town, and that talks with the rebels were expected to resume next week."));
  }

  @Test
  void guess_shortHeadlineIsEnglish() {
    assertEquals("en", LanguageGuesser.guess("Troops clash near Metema"));
  }

  @Test
  void guess_french() {
    assertEquals("fr", LanguageGuesser.guess("Les forces de l'ordre ont arrêté dix personnes dans la capitale,"
        + " selon le ministère de l'Intérieur qui a annoncé une enquête sur les violences."));
  }

  @Test
  void guess_spanish() {
    assertEquals("es", LanguageGuesser.guess("El gobierno anunció que las tropas se retirarán de la frontera"
        + " antes del fin de mes, según un comunicado del ministerio de Defensa."));
  }

  @Test
  void guess_arabicAndRussianScripts() {
    assertEquals("ar", LanguageGuesser.guess("قالت وزارة الدفاع إن القوات انسحبت من المدينة"));
    assertEquals("ru", LanguageGuesser.guess("Министерство обороны заявило, что войска покинули город"));
  }

  @Test
  void functionWords_groupsByLanguageInFileOrderAndKeepsSharedWords() throws java.io.IOException {
    org.sitrep.core.data.DataTable t = org.sitrep.core.data.DataTable.parse("t.tsv", new java.io.ByteArrayInputStream(
        "# source: x\n# licence: y\nOg\tda\nde\tnl\nde\tda\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    var byLanguage = LanguageGuesser.functionWords(t);
    assertEquals(java.util.List.of("da", "nl"), java.util.List.copyOf(byLanguage.keySet()));
    assertEquals(java.util.Set.of("og", "de"), byLanguage.get("da"));
    assertEquals(java.util.Set.of("de"), byLanguage.get("nl"));
  }
}
