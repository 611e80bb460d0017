package dev.annals.app.eval;

import dev.annals.model.CodedArticle;
import dev.annals.model.Quote;
import dev.annals.nlp.CoreNlpQuoteBaseline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Quote attribution against brat attribution gold (PolNeAR): for each attributed content, does
 * Annals name the right source? Direct quotes and indirect speech are scored apart (see
 * {@link QuoteScore} for the rules). The reference date of each article is its publication date
 * from the corpus' metadata.tsv. Baseline: CoreNLP's quote annotator with its quote attribution.
 */
public final class QuoteEvaluation implements Evaluation {
  @Override
  public String kind() {
    return "quotes";
  }

  @Override
  public String goldDescription() {
    return "brat attribution folders (PolNeAR: text/, attributions/, metadata.tsv above), e.g. ../shared/eval/quotes/polnear/dev";
  }

  @Override
  public EvalResult run(EvalRequest request) throws IOException {
    List<Path> files = BratAttributions.annotationFiles(request.gold());
    if (request.limit() > 0 && files.size() > request.limit()) {
      files = files.subList(0, request.limit());
    }
    Map<String, LocalDate> dates = BratAttributions.dates(request.gold().get(0));
    Optional<CoreNlpQuoteBaseline> peer = request.wantsBaseline() ? Optional.of(new CoreNlpQuoteBaseline()) : Optional.empty();
    QuoteScore ours = new QuoteScore();
    QuoteScore theirs = new QuoteScore();
    int done = 0;
    long started = System.nanoTime();
    for (Path file : files) {
      BratAttributions document;
      try {
        document = BratAttributions.read(file, dates);
      } catch (IOException e) {
        request.err().println("annals: " + e.getMessage() + " (skipped)");
        continue;
      }
      CodedArticle coded = request.annals().code(document.id(), document.text(), Optional.of(document.date()));
      List<QuoteScore.Predicted> predicted = new ArrayList<>();
      for (Quote quote : coded.quotes()) {
        predicted.add(new QuoteScore.Predicted(quote.content(), quote.speakerSpan(), quote.speakerName().or(() -> quote.speaker().map(m -> m.actor().name()))));
      }
      ours.add(document, predicted);
      if (peer.isPresent()) {
        List<QuoteScore.Predicted> peerPredicted = new ArrayList<>();
        for (CoreNlpQuoteBaseline.BaselineQuote quote : peer.get().quotes(document.text(), document.date())) {
          peerPredicted.add(new QuoteScore.Predicted(quote.content(), quote.speakerMention(), quote.canonicalSpeaker()));
        }
        theirs.add(document, peerPredicted);
      }
      done++;
      if (done % 10 == 0) {
        request.err().printf("annals: %d/%d articles (%d s)%n", done, files.size(), (System.nanoTime() - started) / 1_000_000_000L);
        request.err().flush();
      }
    }
    request.out().println(ours.summary("annals"));
    peer.ifPresent(p -> request.out().println(theirs.summary("corenlp")));
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("quotes.direct.source.accuracy", 100 * ours.directAccuracy());
    scores.put("quotes.indirect.source.accuracy", 100 * ours.indirectAccuracy());
    scores.put("quotes.content.recall", 100 * ours.contentRecall());
    scores.put("quotes.content.precision", 100 * ours.contentPrecision());
    return new EvalResult(scores, ours.errors());
  }
}
