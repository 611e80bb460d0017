package dev.annals.coding;

import dev.annals.coding.actors.ArticleActors;
import dev.annals.coding.cameo.CodedMention;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import dev.annals.model.ActorMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * "Peruvian and Brazilian police destroyed 23 illegal gold dredges in Peru's Madre de Dios region":
 * property called illegal, seized or destroyed with no owner named, is criminals' (CRM) of the
 * country where it was found.
 */
final class IllegalGoods {
  /** Seizing or destroying property (1711, 1712) and seizing in general (171). */
  private static final Set<String> UNLAWFUL_WORDS = Set.of("illegal", "illicit", "unlicensed", "contraband", "smuggled", "clandestine");
  private static final String CRIMINALS = "CRM";

  private final BiFunction<String, Optional<String>, Actor> states;

  IllegalGoods(BiFunction<String, Optional<String>, Actor> states) {
    this.states = states;
  }

  List<CodedMention> aim(DependencyIndex index, ArticleActors actors, List<CodedMention> coded) {
    return coded.stream().map(m -> owners(index, actors, m).map(m::withTarget).orElse(m)).toList();
  }

  private Optional<ActorMention> owners(DependencyIndex index, ArticleActors actors, CodedMention m) {
    if (!m.type().code().startsWith(EarlierEvents.SEIZURE_ROOT_CODE) || m.target().isPresent() || m.negated()) {
      return Optional.empty();
    }
    List<Integer> objects = index.children(m.trigger(), Set.of("obj"));
    boolean unlawful = objects.stream().anyMatch(o -> index.children(o, Set.of("amod")).stream()
        .anyMatch(a -> UNLAWFUL_WORDS.contains(index.lemma(a).toLowerCase(Locale.ROOT))));
    if (!unlawful) {
      return Optional.empty();
    }
    // Where it was found: "in Peru's Madre de Dios region", "in Colombia".
    List<Integer> places = new ArrayList<>(index.children(m.trigger(), Set.of("obl:in")));
    objects.forEach(o -> places.addAll(index.children(o, Set.of("nmod:in"))));
    for (int place : places) {
      List<Integer> named = new ArrayList<>(List.of(place));
      named.addAll(index.children(place, Set.of("nmod:poss")));
      for (int token : named) {
        Optional<String> country = actors.at(token).stream().map(ActorMention::actor)
            .filter(a -> a.kind() == ActorKind.STATE && a.sector().isEmpty()).flatMap(a -> a.country().stream()).findFirst();
        if (country.isPresent()) {
          return Optional.of(ActorMention.at(index.token(objects.get(0)), states.apply(country.get(), Optional.of(CRIMINALS))));
        }
      }
    }
    return Optional.empty();
  }
}
