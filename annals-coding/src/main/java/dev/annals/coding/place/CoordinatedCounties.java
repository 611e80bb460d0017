package dev.annals.coding.place;

import dev.annals.model.AnnotatedText;
import dev.annals.model.PlaceKind;
import dev.annals.model.Sentence;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counties named together before one plural county word: "Jackson and Barrow counties", "Hall,
 * Banks, and Dawson counties", "Caddo and Bossier parishes". Each name is a county, though alone
 * it would be a town or nothing the gazetteer knows.
 */
final class CoordinatedCounties {
  private CoordinatedCounties() {}

  /** The counties named together in the sentence, keyed by the first token of each name. */
  static Map<Integer, Toponym> in(Gazetteer gazetteer, AnnotatedText text, Sentence sentence) {
    Map<Integer, Toponym> counties = new HashMap<>();
    List<Token> tokens = text.tokens();
    for (int c = sentence.firstToken() + 1; c < sentence.endToken(); c++) {
      String word = tokens.get(c).text();
      if (!word.equals("counties") && !word.equals("parishes") && !word.equals("Counties") && !word.equals("Parishes")) {
        continue;
      }
      String countyWord = word.toLowerCase(Locale.ROOT).startsWith("parish") ? "Parish" : "County";
      int end = c;
      int t = c - 1;
      while (t >= sentence.firstToken()) {
        int nameEnd = t + 1;
        while (t >= sentence.firstToken() && NameWords.capitalised(tokens.get(t).text())) {
          t--;
        }
        int nameStart = t + 1;
        if (nameStart == nameEnd) {
          break;
        }
        Span span = new Span(tokens.get(nameStart).span().start(), tokens.get(nameEnd - 1).span().end());
        String name = span.of(text.text());
        List<Gazetteer.Entry> readings = gazetteer.entries(name + " " + countyWord).stream()
            .filter(e -> e.place().kind() == PlaceKind.ADMINISTRATIVE_REGION).toList();
        // "surrounding Indiana counties": the counties of a state, not Indiana County.
        boolean state = gazetteer.usState(name).isPresent() && nameEnd == c;
        if (!readings.isEmpty() && !state) {
          counties.put(nameStart, new Toponym(nameStart, nameEnd, span, name, Gazetteer.key(name + " " + countyWord), readings));
        }
        if (t < sentence.firstToken()) {
          break;
        }
        String joiner = tokens.get(t).text();
        if (!joiner.equals(",") && !joiner.equals("and") && !joiner.equals("or") && !joiner.equals("&")) {
          break;
        }
        t--;
        if (t >= sentence.firstToken() && (tokens.get(t).text().equals("and") || tokens.get(t).text().equals("or"))) {
          t--; // the Oxford comma: "Hall, Banks, and Dawson counties"
        }
      }
      c = end;
    }
    return counties;
  }
}
