package dev.annals.coding.place;

import dev.annals.model.Sentence;
import dev.annals.model.Span;
import dev.annals.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A US state written short: "Gainesville, Ga.", "W. Va.", "the S.C. Highway Patrol", "Sen. Jim
 * DeMint, R-S.C.", "Nancy Pelosi, D-Calif". Many abbreviations are words too ("Ga", "Miss.", "Ill.",
 * "Cal", "OK"), so where one stands matters: one with two dots ("S.C.", "W.Va.") is the state
 * anywhere; one with a single dot or none only after a comma, after a party letter, inside a
 * sentence (one dot), or opening a headline ("Mass. legislators put off a vote").
 *
 * <p>The tokenizer may split an abbreviation's last dot off ("Lumpkin , Ga ." at a sentence's
 * end) and a party letter from its state ("D - Calif"); both are read as written together.
 */
final class StateAbbreviations {
  /** Party letters before a legislator's state or district: "D-Calif.", "R-Texas", "DFL-Cook". */
  static final Set<String> PARTY_LETTERS = Set.of("D", "R", "I", "DFL");

  /** A state found: where it is written, how, and the state. */
  record StateMention(Span span, String written, Gazetteer.Entry state) {}

  private StateAbbreviations() {}

  /** The state abbreviated by tokens [{@code first}, {@code end}), if they are one and stand where one is read. */
  static Optional<StateMention> at(Gazetteer gazetteer, List<Token> tokens, int first, int end, Sentence sentence) {
    if (end - first > 2) {
      return Optional.empty();
    }
    Span span = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
    String surface = tokens.get(first).text() + (end - first == 2 ? " " + tokens.get(end - 1).text() : "");
    if (end - first == 2 && !surface.contains(".")) {
      return Optional.empty();
    }
    int party = surface.matches("(D|R|I|DFL)-[A-Z].*") ? surface.indexOf('-') + 1 : 0;
    String written = surface.substring(party);
    int stateEnd = span.end();
    boolean dotSplitOff = end < sentence.endToken() && tokens.get(end).text().equals(".") && tokens.get(end).span().start() == span.end()
        && !written.endsWith(".");
    if (dotSplitOff && gazetteer.usStateByAbbreviation(written + ".").isPresent()) {
      written = written + ".";
      stateEnd++;
    }
    Optional<Gazetteer.Entry> state = gazetteer.usStateByAbbreviation(written);
    if (state.isEmpty()) {
      return Optional.empty();
    }
    boolean afterParty = party > 0 || afterPartyLetter(tokens, first, sentence);
    long dots = written.chars().filter(c -> c == '.').count();
    boolean abbreviation = dots > 0 || afterParty || (written.length() == 2 && written.equals(written.toUpperCase(Locale.ROOT)));
    boolean afterComma = first > sentence.firstToken() && tokens.get(first - 1).text().equals(",");
    boolean opensSentence = first == sentence.firstToken();
    boolean opensHeadline = opensSentence && dots > 0 && end < sentence.endToken() && !capitalised(tokens.get(end).text())
        && Character.isLetter(tokens.get(end).text().charAt(0));
    if (abbreviation && (afterComma || afterParty || dots >= 2 || (dots > 0 && !opensSentence) || opensHeadline)) {
      return Optional.of(new StateMention(new Span(span.start() + party, stateEnd), written, state.get()));
    }
    return Optional.empty();
  }

  /** "D - Calif": a party letter and a hyphen, split off by the tokenizer, before token {@code first}. */
  static boolean afterPartyLetter(List<Token> tokens, int first, Sentence sentence) {
    return first >= sentence.firstToken() + 2 && tokens.get(first - 1).text().equals("-")
        && tokens.get(first - 1).span().end() == tokens.get(first).span().start()
        && PARTY_LETTERS.contains(tokens.get(first - 2).text()) && tokens.get(first - 2).span().end() == tokens.get(first - 1).span().start();
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }
}
