package dev.annals.coding.repair;

import dev.annals.model.Dependency;
import dev.annals.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "The government expressed condolences to Beijing, said soldiers had arrested three suspects and
 * blamed an armed group": the parser may lose the saying in the middle of a series of one side's
 * acts. It reads "said" as an adjective of the reported subject ("the said soldiers", {@code
 * amod(soldiers, said)}), makes the reported verb the root and hangs the first act on it as an
 * adverbial clause; or it hangs "said" loose on the reported verb ({@code dep(arrested, said)})
 * and that verb on the first act as {@code parataxis} or a bare {@code dep}. Either way the
 * soldiers, not the government, seem to say and to blame. A past "said" right after a comma and right before a
 * noun that is the subject of a later verb, when that verb and an earlier past verb with a subject
 * are so joined, is the series' second act: {@code conj:and(expressed, said)} with the first
 * verb's subject, reporting the later verb ({@code ccomp(said, arrested)}); a first verb hung on
 * the later one takes its place. A simple past joined to a pluperfect reported verb ("had
 * arrested … and blamed") is the series' next act, not more of what was said: the report's own
 * tense would carry on to it.
 */
public final class SayingReadAsAdjectiveOfReportedSubject implements ParseRepair {
  @Override
  public List<Dependency> apply(List<Token> tokens, List<Dependency> sentence) {
    for (int saying = 2; saying + 1 < tokens.size(); saying++) {
      int noun = saying + 1;
      if (!tokens.get(saying).tag().equals("VBD") || !tokens.get(saying).lemma().toLowerCase(Locale.ROOT).equals("say") || !tokens.get(saying - 1).text().equals(",")
          || !tokens.get(noun).tag().startsWith("NN")) {
        continue;
      }
      int said = saying;
      Optional<Dependency> loose = sentence.stream().filter(d -> d.dependent() == said && d.governor() >= 0
          && (d.equals(new Dependency(noun, said, "amod")) || d.relation().equals("dep"))).findFirst();
      Optional<Integer> reportedVerb = sentence.stream().filter(d -> d.dependent() == noun && d.relation().equals("nsubj") && d.governor() > noun
          && tokens.get(d.governor()).tag().startsWith("VB")).map(Dependency::governor).findFirst();
      if (loose.isEmpty() || reportedVerb.isEmpty() || (loose.get().relation().equals("dep") && loose.get().governor() != reportedVerb.get())) {
        continue;
      }
      int reported = reportedVerb.get();
      // The first act hung on the reported verb, or the reported verb hung on the first act.
      Optional<Dependency> link = sentence.stream().filter(d -> (d.governor() == reported && d.relation().equals("advcl") && d.dependent() < said - 1
          && tokens.get(d.dependent()).tag().equals("VBD")) || (d.dependent() == reported && (d.relation().equals("parataxis") || d.relation().equals("dep")) && d.governor() >= 0
          && d.governor() < said - 1 && tokens.get(d.governor()).tag().equals("VBD"))).findFirst();
      if (link.isEmpty()) {
        continue;
      }
      boolean firstHungOnReported = link.get().relation().equals("advcl");
      int first = firstHungOnReported ? link.get().dependent() : link.get().governor();
      Optional<Integer> subject = DependencyEdits.subjects(sentence, first).stream().findFirst();
      Optional<Dependency> reportedHead = firstHungOnReported ? sentence.stream().filter(d -> d.dependent() == reported && !d.relation().equals("ref")
          && (d.governor() < 0 || !d.relation().startsWith("conj"))).findFirst() : Optional.empty();
      if (subject.isEmpty() || (firstHungOnReported && reportedHead.isEmpty())) {
        continue;
      }
      return mended(tokens, sentence, said, noun, reported, first, subject.get(), List.of(loose.get(), link.get()), reportedHead);
    }
    return sentence;
  }

  private static List<Dependency> mended(List<Token> tokens, List<Dependency> sentence, int said, int noun, int reported, int first, int subject,
      List<Dependency> misread, Optional<Dependency> reportedHead) {
    boolean pluperfect = tokens.get(reported).tag().equals("VBN") && sentence.stream()
        .anyMatch(d -> d.governor() == reported && d.relation().equals("aux") && tokens.get(d.dependent()).lemma().equalsIgnoreCase("have"));
    List<Integer> nextActs = sentence.stream().filter(d -> pluperfect && d.governor() == reported && d.relation().startsWith("conj")
        && tokens.get(d.dependent()).tag().equals("VBD")).map(Dependency::dependent).toList();
    List<Dependency> removed = new ArrayList<>(misread);
    // (The enhanced graph's copies of the next act hung on the first verb go: it is joined anew.)
    sentence.stream().filter(d -> d.governor() == first && nextActs.contains(d.dependent()) && !d.relation().startsWith("conj")).forEach(removed::add);
    List<Dependency> mended = DependencyEdits.mapped(DependencyEdits.without(sentence, removed.toArray(Dependency[]::new)), d -> {
      if (reportedHead.isPresent() && d == reportedHead.get()) {
        return new Dependency(d.governor(), first, d.relation());
      }
      if (nextActs.contains(d.dependent()) && d.governor() == reported && d.relation().startsWith("conj")) {
        return new Dependency(first, d.dependent(), d.relation());
      }
      if (nextActs.contains(d.governor()) && d.dependent() == noun && d.relation().equals("nsubj")) {
        return new Dependency(d.governor(), subject, "nsubj");
      }
      if (d.governor() == reported && d.relation().equals("punct") && d.dependent() < said) {
        return new Dependency(first, d.dependent(), "punct");
      }
      return d;
    });
    mended.add(new Dependency(first, said, "conj:and"));
    mended.add(new Dependency(said, subject, "nsubj"));
    mended.add(new Dependency(said, reported, "ccomp"));
    return mended;
  }
}
