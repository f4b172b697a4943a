package org.sitrep.engine.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sitrep.core.doc.Article;

/**
 * Varied synthetic news articles of 400-700 tokens (clashes, talks, protests, aid, arrests, displacement,
 * with quotes, figures, dates and places), for benchmarks and scale tests. The sentences are templates
 * written for sitrep; the same seed gives the same corpus.
 */
public final class SyntheticNews {
  private static final String[][] COUNTRIES = {
      {"Kenya", "Kenyan", "Nairobi", "Mombasa"}, {"Peru", "Peruvian", "Lima", "Cusco"},
      {"Pakistan", "Pakistani", "Islamabad", "Peshawar"}, {"Nigeria", "Nigerian", "Abuja", "Maiduguri"},
      {"Colombia", "Colombian", "Bogota", "Cali"}, {"Ukraine", "Ukrainian", "Kyiv", "Kharkiv"},
      {"Mali", "Malian", "Bamako", "Gao"}, {"Myanmar", "Myanmar", "Naypyidaw", "Mandalay"},
      {"Ethiopia", "Ethiopian", "Addis Ababa", "Mekelle"}, {"Iraq", "Iraqi", "Baghdad", "Mosul"},
      {"Mexico", "Mexican", "Mexico City", "Culiacan"}, {"Sudan", "Sudanese", "Khartoum", "El Fasher"},
      {"Philippines", "Philippine", "Manila", "Marawi"}, {"Somalia", "Somali", "Mogadishu", "Kismayo"}};
  private static final String[] FIRST = {"Amina", "Carlos", "Olena", "Tariq", "Grace", "Luis", "Fatima", "Daniel",
      "Mariam", "Pedro", "Ngozi", "Ahmed", "Sofia", "Ibrahim", "Elena", "Samuel"};
  private static final String[] LAST = {"Okafor", "Mendoza", "Kovalenko", "Hussain", "Wanjiru", "Quispe", "Diallo",
      "Haile", "Rahman", "Ortega", "Bello", "Petrenko", "Castillo", "Yusuf", "Moreno", "Abdi"};
  private static final String[] TITLES = {"Interior Minister", "army spokesman", "police chief", "Foreign Minister",
      "regional governor", "opposition leader", "Defence Minister"};
  private static final String[] ARMED = {"troops", "soldiers", "police officers", "militants", "rebels", "gunmen",
      "security forces"};
  private static final String[] VIOLENT = {"attacked", "shelled", "ambushed", "raided", "bombed", "fired on"};
  private static final String[] TARGETS = {"a village", "a police station", "an army base", "a market", "a convoy",
      "a checkpoint", "a refugee camp"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  private SyntheticNews() {
  }

  public static List<Article> generate(int n, long seed) {
    Random r = new Random(seed);
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate date = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(1500));
      out.add(new Article(String.format("synthetic-%06d", i), article(r, date), "Synthetic Wire", null, null,
          date.toString(), "en", "synthetic #" + i));
    }
    return out;
  }

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }

  private static String article(Random r, LocalDate date) {
    String[] c = COUNTRIES[r.nextInt(COUNTRIES.length)];
    String[] other = COUNTRIES[r.nextInt(COUNTRIES.length)];
    String person = pick(r, FIRST) + " " + pick(r, LAST);
    String person2 = pick(r, FIRST) + " " + pick(r, LAST);
    String title = pick(r, TITLES);
    String last = person.substring(person.indexOf(' ') + 1);
    int dead = 2 + r.nextInt(40);
    int injured = dead + r.nextInt(60);
    int displaced = (1 + r.nextInt(90)) * 1000;
    String day = date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    String month = MONTHS[date.getMonthValue() - 1];
    List<String> paras = new ArrayList<>();
    paras.add(String.format("%s %s %s %s near %s on %s, killing at least %d people and wounding %d others,"
            + " officials said.", c[1], pick(r, ARMED), pick(r, VIOLENT), pick(r, TARGETS), c[3], day, dead, injured));
    paras.add(String.format("The %s, %s, told reporters in %s that the attack was \"a cowardly act that will not go"
            + " unanswered\" and that reinforcements had been sent to the area.", title, person, c[2]));
    paras.add(String.format("Witnesses said the fighting began before dawn and lasted several hours. Residents of %s"
            + " described heavy gunfire and explosions, and many families fled towards the hills.", c[3]));
    paras.add(String.format("According to the United Nations, some %,d people have been displaced since the beginning"
            + " of %s, and aid agencies warned that food and medicine were running short.", displaced,
        MONTHS[(date.getMonthValue() + 10) % 12]));
    paras.add(String.format("%s said the government would hold talks with %s officials next week on border security."
            + " \"We are ready to work with our neighbours, but we will defend our people,\" %s said.", last,
        other[1], last));
    paras.add(String.format("Opposition parties criticised the response. %s, a spokesman for the main opposition"
            + " party, accused the government of ignoring repeated warnings and called for an independent"
            + " inquiry into the security failures.", person2));
    paras.add(String.format("Police arrested %d suspects in %s on %s %d in connection with the attack, the"
            + " ministry said in a statement.", 1 + r.nextInt(12), c[2], month, date.getDayOfMonth()));
    paras.add(String.format("Hundreds of protesters marched through the centre of %s demanding better protection"
            + " for rural communities. Some carried banners, and riot police blocked the road to parliament.", c[2]));
    paras.add(String.format("The %s foreign ministry condemned the violence and offered humanitarian assistance."
            + " Diplomats in %s said a delegation was expected to visit later this month.", other[1], other[2]));
    paras.add(String.format("Analysts said the violence in %s had grown in recent months as armed groups competed"
            + " for control of trade routes, and that a ceasefire agreed last year had largely collapsed.", c[0]));
    paras.add(String.format("Local health officials in %s said hospitals were struggling to cope with the number of"
            + " wounded. \"We have run out of blood and beds,\" said %s, a doctor at the main hospital, adding that"
            + " several patients had been moved to clinics in %s.", c[3], pick(r, FIRST) + " " + pick(r, LAST), c[2]));
    paras.add(String.format("The %s army said in a statement on %s that its units had regained control of the area"
            + " after a two-day operation, and that %d fighters had been captured. The claim could not be"
            + " independently verified.", c[1], day, 2 + r.nextInt(30)));
    paras.add(String.format("Human rights groups have accused both sides of abuses. A report published in %s by a"
            + " monitoring group documented attacks on schools and clinics, and urged the government to protect"
            + " civilians and allow aid convoys to reach besieged towns.", MONTHS[r.nextInt(12)]));
    paras.add(String.format("The United Nations Security Council is expected to discuss the situation on %s,"
            + " diplomats said. %s's ambassador said the council should support regional mediation rather than"
            + " impose sanctions.", MONTHS[(date.getMonthValue()) % 12] + " " + (1 + r.nextInt(28)), other[0]));
    if (r.nextBoolean()) {
      paras.add(String.format("Earlier this year, %s and %s signed an agreement to share intelligence and"
          + " coordinate patrols along their common border, but officials say progress has been slow.", c[0], other[0]));
    }
    return String.join("\n\n", paras) + "\n";
  }
}
