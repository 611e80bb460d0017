package dev.annals.coding.place;

import dev.annals.model.AnnotatedText;
import dev.annals.model.PlaceKind;
import dev.annals.model.Sentence;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Kanawha" in an article that names "Kanawha County": the county, though the name alone is no
 * place the gazetteer knows, or only a town far away. A strong reading of the short name (a
 * location the tagger found, "in DeKalb") stays as it is; a weak one gives way.
 */
final class CountyShortNames {
  /** What a US state calls its counties: a short name followed by one is the full name, not the short. */
  private static final Set<String> COUNTY_WORDS = Set.of("county", "counties", "parish", "parishes", "borough", "co", "co.");

  private CountyShortNames() {}

  /** The article's toponyms with the short names of the US counties it names in full read as those counties, in text order. */
  static List<Toponym> apply(ArticleCues cues, List<Toponym> found) {
    Map<String, Toponym> countyOf = new HashMap<>();
    for (Toponym f : found) {
      int space = f.surface().lastIndexOf(' ');
      boolean county = space > 0 && !f.readings().isEmpty() && f.readings().stream()
          .allMatch(e -> e.place().kind() == PlaceKind.ADMINISTRATIVE_REGION && !e.firstLevel() && e.place().country().equals(Optional.of("USA")));
      String word = space > 0 ? f.surface().substring(space + 1).toLowerCase(Locale.ROOT) : "";
      if (county && (word.equals("county") || word.equals("parish") || word.equals("borough"))) {
        countyOf.putIfAbsent(Gazetteer.key(f.surface().substring(0, space)), f);
      }
    }
    if (countyOf.isEmpty()) {
      return found;
    }
    AnnotatedText text = cues.text();
    List<Token> tokens = text.tokens();
    Toponym[] at = new Toponym[tokens.size()];
    for (Toponym f : found) {
      for (int t = f.first(); t < f.end(); t++) {
        at[t] = f;
      }
    }
    List<Toponym> result = new ArrayList<>(found);
    for (Sentence sentence : text.sentences()) {
      for (int first = sentence.firstToken(); first < sentence.endToken(); first++) {
        if (!NameWords.capitalised(tokens.get(first).text()) || (first > sentence.firstToken() && NameWords.capitalised(tokens.get(first - 1).text()))) {
          continue;
        }
        for (int end = Math.min(sentence.endToken(), first + 3); end > first; end--) {
          Span span = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
          Toponym county = countyOf.get(Gazetteer.key(span.of(text.text())));
          if (county == null || (end < sentence.endToken() && COUNTY_WORDS.contains(tokens.get(end).text().toLowerCase(Locale.ROOT)))) {
            continue;
          }
          boolean free = true;
          for (int t = first; t < end; t++) {
            free &= at[t] == null || (at[t].weak() && at[t].first() >= first && at[t].end() <= end);
          }
          if (free && !cues.anyPerson(first, end)) {
            for (int t = first; t < end; t++) {
              result.remove(at[t]);
            }
            result.add(new Toponym(first, end, span, span.of(text.text()), county.key(), county.readings()));
          }
          break;
        }
      }
    }
    // A strong mention of the short name ("in Osceola" beside "Osceola County") may be the town or
    // the county: both readings stay, and the article's places choose.
    for (int i = 0; i < result.size(); i++) {
      Toponym f = result.get(i);
      Toponym county = countyOf.get(f.key());
      if (county != null && !f.weak() && f != county && f.readings().stream().noneMatch(county.readings()::contains)) {
        List<Gazetteer.Entry> both = new ArrayList<>(county.readings());
        both.addAll(f.readings());
        result.set(i, new Toponym(f.first(), f.end(), f.span(), f.surface(), f.key(), both, false));
      }
    }
    result.sort(Comparator.comparingInt(Toponym::first));
    return result;
  }
}
