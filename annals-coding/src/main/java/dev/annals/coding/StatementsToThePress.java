package dev.annals.coding;

import dev.annals.coding.cameo.CodedMention;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Greer told reporters the talks had been productive": words said to the press are said to the
 * public, a statement with no one it is aimed at, as CAMEO codes them. The reporters are how it
 * was said, not a side. So are a leader's words to his own country's parliament ("Martin told
 * parliament").
 */
final class StatementsToThePress {
  /** Words for those who carry a statement to the public. */
  private static final Set<String> PRESS_WORDS = Set.of("reporter", "journalist", "press", "media", "newsman", "newsmen", "correspondent", "newspaper");
  /** The sector CAMEO gives the media. */
  private static final String MEDIA = "MED";
  /** The sector CAMEO gives a legislature. */
  private static final String LEGISLATURE = "LEG";

  private StatementsToThePress() {}

  /** The mentions, each statement to the press without the press as its target. */
  static List<CodedMention> untarget(List<CodedMention> coded) {
    return coded.stream().map(m -> toThePress(m) ? m.withoutTarget() : m).toList();
  }

  /** Whether the statement is aimed at the reporters, or at the speaker's own legislature, it was told to. */
  private static boolean toThePress(CodedMention m) {
    if (!m.type().rootCode().equals("01") || m.target().isEmpty()) {
      return false;
    }
    var heard = m.target().get().actor();
    // "Taoiseach Micheal Martin told parliament": a leader's words to his own parliament are said
    // in public, to his country and beyond, not to the legislature as a side.
    if (heard.sector().filter(LEGISLATURE::equals).isPresent() && (heard.country().isEmpty() || heard.country().equals(m.source().actor().country()))) {
      return true;
    }
    if (!heard.sector().filter(MEDIA::equals).isPresent()) {
      return false;
    }
    String surface = m.target().get().surface().toLowerCase(Locale.ROOT);
    String last = surface.substring(surface.lastIndexOf(' ') + 1);
    return PRESS_WORDS.stream().anyMatch(word -> last.equals(word) || last.equals(word + "s"));
  }
}
