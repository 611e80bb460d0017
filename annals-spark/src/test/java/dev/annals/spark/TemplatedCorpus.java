package dev.annals.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up short news reports from templates, with a fixed seed: a few actors, verbs and places
 * over a few days, so that several articles report the same happening and aggregation has work.
 */
final class TemplatedCorpus {
  /** One report. */
  record Report(String url, String publisher, LocalDate date, String title, String text) {}

  private static final String[][] ACTORS = {
    {"France", "French"}, {"Germany", "German"}, {"Japan", "Japanese"}, {"India", "Indian"},
    {"Brazil", "Brazilian"}, {"Kenya", "Kenyan"}, {"Egypt", "Egyptian"}, {"Canada", "Canadian"},
  };
  private static final String[] PUBLISHERS = {"Daily Ledger", "Morning Wire", "Coast Times", "Capital Post"};
  private static final String[] CITIES = {"Geneva", "Nairobi", "Vienna", "Cairo"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday"};

  private TemplatedCorpus() {}

  static List<Report> reports(int count, long seed) {
    Random random = new Random(seed);
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String[] a = ACTORS[random.nextInt(ACTORS.length)];
      String[] b = ACTORS[random.nextInt(ACTORS.length)];
      if (a == b) {
        b = ACTORS[(java.util.Arrays.asList(ACTORS).indexOf(a) + 1) % ACTORS.length];
      }
      LocalDate date = LocalDate.of(2024, 3, 11 + random.nextInt(4));
      String city = CITIES[random.nextInt(CITIES.length)];
      String day = DAYS[random.nextInt(DAYS.length)];
      String text = switch (random.nextInt(5)) {
        case 0 -> "The " + a[1] + " foreign minister met his " + b[1] + " counterpart in " + city + " on " + day + ". "
            + "The two ministers discussed trade and security.";
        case 1 -> a[0] + " accused " + b[0] + " of violating the ceasefire on " + day + ". "
            + "The " + b[1] + " government denied the charge.";
        case 2 -> a[0] + " and " + b[0] + " signed a trade agreement in " + city + " on " + day + ". "
            + "Officials said the deal would cut tariffs.";
        case 3 -> "The " + a[1] + " president condemned " + b[0] + " on " + day + " after the border clash. "
            + a[0] + " also recalled its ambassador from " + b[0] + ".";
        default -> a[0] + " sent humanitarian aid to " + b[0] + " on " + day + ", the " + a[1] + " government said. "
            + "The " + b[1] + " prime minister thanked " + a[0] + " for the help.";
      };
      String publisher = PUBLISHERS[random.nextInt(PUBLISHERS.length)];
      reports.add(new Report("https://news" + (i % PUBLISHERS.length) + ".example/report/" + i, publisher, date,
          a[0] + " and " + b[0], text));
    }
    return reports;
  }
}
