package dev.annals.app.eval;

import java.util.List;
import java.util.Optional;

/** Every kind of gold data {@code annals eval} knows. */
public final class Evaluations {
  private static final List<Evaluation> ALL = List.of(new CameoEvaluation(), new TimexEvaluation(), new PloverEvaluation(), new QuoteEvaluation(), new GeoEvaluation(), new EventDateEvaluation());

  private Evaluations() {}

  public static Optional<Evaluation> byKind(String kind) {
    return ALL.stream().filter(e -> e.kind().equalsIgnoreCase(kind)).findFirst();
  }

  public static List<String> kinds() {
    return ALL.stream().map(Evaluation::kind).toList();
  }
}
