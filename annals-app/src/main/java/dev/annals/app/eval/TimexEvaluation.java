package dev.annals.app.eval;

import dev.annals.model.CodedArticle;
import dev.annals.model.ResolvedTime;
import dev.annals.model.Timex;
import dev.annals.nlp.SuTimeBaseline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TimeML (TimeBank, AQUAINT): Annals' own time expressions and values against the gold TIMEX3
 * values, with the document creation time as reference date. Baseline: CoreNLP's SUTime.
 */
public final class TimexEvaluation implements Evaluation {
  @Override
  public String kind() {
    return "timex";
  }

  @Override
  public String goldDescription() {
    return "TimeML documents (.tml files or folders of them), e.g. ../shared/eval/timeml";
  }

  @Override
  public EvalResult run(EvalRequest request) throws IOException {
    Optional<SuTimeBaseline> peer = request.wantsBaseline() ? Optional.of(new SuTimeBaseline()) : Optional.empty();
    TimexScore ours = new TimexScore();
    TimexScore theirs = new TimexScore();
    TimexGoldAgreement agreement = new TimexGoldAgreement();
    TimemlCorpus.forEach(request, document -> {
      agreement.add(document);
      CodedArticle coded = request.annals().code(document.id(), document.text(), Optional.of(document.creationDate()));
      List<TimexScore.Predicted> predicted = new ArrayList<>();
      for (ResolvedTime time : coded.times()) {
        predicted.add(new TimexScore.Predicted(time.span().start(), time.span().end(), time.text(), time.value()));
      }
      ours.add(document, predicted);
      if (peer.isPresent()) {
        List<TimexScore.Predicted> peerPredicted = new ArrayList<>();
        for (Timex timex : peer.get().timexes(document.text(), document.creationDate())) {
          peerPredicted.add(new TimexScore.Predicted(timex.span().start(), timex.span().end(), timex.text(), timex.analyserValue().orElse("")));
        }
        theirs.add(document, peerPredicted);
      }
    });
    request.out().println(ours.summary("annals"));
    peer.ifPresent(p -> request.out().println(theirs.summary("corenlp")));
    request.out().println(agreement.summary());
    agreement.worst(5).forEach(words -> request.out().println("  " + words));
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("timex.value.accuracy", 100 * ours.valueAccuracy());
    scores.put("timex.detection.f1", 100 * ours.f1());
    scores.put("timex.value.f1", 100 * ours.valueF1());
    return new EvalResult(scores, ours.errors());
  }
}
