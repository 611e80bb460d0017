package dev.annals.coding.cameo;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.actors.ArticleActors;
import dev.annals.model.ActorMention;
import dev.annals.model.Dependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who does what a verb says: its subject, the subject it inherits, or its passive's agent. */
final class SubjectActors {
  private static final Set<String> JOINING_VERBS = Set.of("join");

  private final DependencyIndex index;
  private final ArticleActors actors;
  private final EventLexicon lexicon;
  private final NounActors nounActors;

  SubjectActors(DependencyIndex index, ArticleActors actors, EventLexicon lexicon, NounActors nounActors) {
    this.index = index;
    this.actors = actors;
    this.lexicon = lexicon;
    this.nounActors = nounActors;
  }

  /** The subject, or the subject its clause inherits from the verb that governs it. */
  List<ActorMention> of(int verb) {
    return of(verb, 0);
  }

  /** Verbs that link a subject to how it is: "remained willing", "stayed open", "seemed ready". */
  private static final Set<String> LINKING_VERBS = Set.of("remain", "stay", "seem", "appear", "become");

  private List<ActorMention> of(int verb, int depth) {
    List<ActorMention> found = new ArrayList<>();
    boolean hasOwnSubject = false;
    for (Dependency d : index.children(verb)) {
      // "Taiwan … remained willing to talk": the tagger may make a linking verb a passive participle.
      boolean linkingPassive = d.relation().equals("nsubj:pass") && LINKING_VERBS.contains(lemma(verb));
      if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj") || d.relation().equals("csubj") || linkingPassive) {
        found.addAll(nounActors.subjectOrHolders(d.dependent()));
        // "Mali and Niger … condemned the attempt and expressed solidarity": the parser may give
        // the second verb only the first of the joined subjects.
        // ("Orpo, who flew in, and his counterpart signed": a relative clause on the first of
        // the joined subjects is that one's alone.)
        int subject = d.dependent();
        boolean relativeOnSubject = index.parents(verb).stream().anyMatch(p -> p.governor() == subject && p.relation().equals("acl:relcl"));
        for (int joined : relativeOnSubject ? List.<Integer>of() : index.children(subject, Set.of("conj:and"))) {
          found.addAll(nounActors.subjectOrHolders(joined));
        }
        hasOwnSubject |= !d.relation().equals("nsubj:xsubj");
      }
    }
    // A clause with a subject of its own that names no actor ("soldiers seized power") does not
    // borrow the subject of the clause around it.
    if (!found.isEmpty() || hasOwnSubject || depth > 3) {
      return ActorMentions.distinct(found);
    }
    for (Dependency parent : index.parents(verb)) {
      int governor = parent.governor();
      if (governor < 0) {
        continue;
      }
      String relation = InfinitiveComplements.is(index, parent) ? "xcomp" : parent.relation();
      if (relation.equals("xcomp") && contactsFor(index, governor)) {
        // "The Libyan prime minister telephoned President Tebboune to offer condolences": one
        // telephones or visits someone for a purpose of one's own.
        return of(governor, depth + 1);
      }
      if (relation.equals("xcomp")) {
        // Object control: "urged the US to offer" makes the US the one who offers. A thing that
        // stands for its owner only when acted upon controls nothing: "blocked border crossings
        // with Ukraine to protest" is the blockers' protest.
        List<ActorMention> controllers = nounActors.of(index.children(governor, Set.of("obj", "iobj")).stream().filter(o -> !lexicon.isProxyNoun(lemma(o))).toList());
        if (!controllers.isEmpty()) {
          return ActorMentions.distinct(controllers);
        }
        // "used water cannon to disperse": an object that is no actor controls nothing.
        return of(governor, depth + 1);
      }
      if (relation.startsWith("advcl") && JOINING_VERBS.contains(lemma(governor))) {
        // "X joined Y in condemning Z": X and Y both condemn.
        List<ActorMention> joined = new ArrayList<>(of(governor, depth + 1));
        joined.addAll(nounActors.of(index.children(governor, Set.of("obj"))));
        return ActorMentions.distinct(joined);
      }
      // "accused Moscow of waging", "warned Iran against supplying", "praised Chile for
      // hosting": the object does it.
      boolean ofTheDeed = relation.equals("advcl:of") || relation.equals("advcl:against") || relation.equals("advcl:for") || relation.equals("advcl:from");
      if (ofTheDeed && !index.children(governor, Set.of("obj")).isEmpty()) {
        return ActorMentions.distinct(nounActors.of(index.children(governor, Set.of("obj"))));
      }
      // "Algerian troops were accused of shooting", "was praised for hosting": told in the
      // passive, the one accused or praised does it.
      if (ofTheDeed && !index.children(governor, Set.of("nsubj:pass")).isEmpty()) {
        return ActorMentions.distinct(nounActors.of(index.children(governor, Set.of("nsubj:pass"))));
      }
      if (relation.startsWith("advcl") || relation.startsWith("conj") || relation.equals("dep")) {
        return of(governor, depth + 1);
      }
      if (relation.equals("acl")) {
        // "a campaign targeting Moscow": the noun's own actor or the actors that modify it;
        // "issued a declaration demanding": whoever issued it.
        // Only an active participle on the object of a light verb: "an alliance struck in
        // February" (passive) was struck by others, and "discussed a plan targeting X" is not
        // the discussants' act.
        if (index.token(verb).tag().equals("VBN")) {
          // "Ukrainian children taken from occupied territories": a passive participle's noun
          // is what was done to; whose it is does not say who did it (a "by" agent does).
          return List.of();
        }
        // "Greek farmers blocking the crossing": a noun that names an actor does it itself. Not
        // a participle after a comma, which the parser may hang on the nearest noun though it
        // tells what the clause's subject did ("banned the party founded by X, ruling that …").
        List<ActorMention> own = actors.at(governor);
        // A noun its clause's verb takes as subject, object or oblique ("fired at opposition
        // supporters marching in Douala"); not a passive's subject ("officers planning a coup had
        // been arrested"), whose description is the reason given for what was done to them.
        boolean afterComma = verb > 0 && index.token(verb - 1).text().equals(",");
        boolean taken = index.head(governor).filter(h -> h.relation().equals("nsubj") || h.baseRelation().equals("obj") || h.baseRelation().equals("obl"))
            .isPresent();
        if (!own.isEmpty() && index.token(verb).tag().equals("VBG") && !afterComma && taken) {
          return own;
        }
        List<ActorMention> owners = nounActors.sources(governor);
        if (owners.isEmpty() && index.token(verb).tag().equals("VBG")) {
          Optional<Dependency> objectOf = index.head(governor)
              .filter(h -> h.relation().equals("obj") && h.governor() >= 0 && lexicon.isSupportVerb(lemma(h.governor())));
          if (objectOf.isPresent() && depth < 3) {
            return of(objectOf.get().governor(), depth + 1);
          }
        }
        return owners;
      }
    }
    return List.of();
  }

  /** The "by" agents of a passive verb. */
  List<ActorMention> agents(int verb) {
    List<ActorMention> found = new ArrayList<>();
    for (Dependency d : index.children(verb)) {
      if (d.relation().equals("obl:agent") || d.relation().equals("obl:by")) {
        // "beaten by a group of youths": the members did it, as they do as a subject.
        found.addAll(nounActors.actorsThroughGroup(d.dependent()));
      }
    }
    if (found.isEmpty() && SUMMONING_VERBS.contains(lemma(verb))) {
      // "The ambassador was summoned to the foreign ministry", "was invited to the White House":
      // whoever one is called to did the calling.
      index.children(verb, Set.of("obl:to")).forEach(to -> found.addAll(actors.at(to)));
    }
    return ActorMentions.distinct(found);
  }

  /** Verbs of calling someone to oneself. */
  private static final Set<String> SUMMONING_VERBS = Set.of("summon", "call", "invite", "convene");

  private String lemma(int token) {
    return index.lemma(token);
  }

  /** Verbs of getting in touch with someone, whose infinitive is the subject's purpose. */
  private static final Set<String> CONTACTING = Set.of("telephone", "phone", "call", "ring", "visit", "contact");

  /**
   * A verb of getting in touch whose infinitive is its subject's purpose: "telephoned Tebboune to
   * offer", "called Ruto to congratulate him"; not "called on Suriname to treat them".
   */
  static boolean contactsFor(DependencyIndex index, int verb) {
    String lemma = index.lemma(verb).toLowerCase(java.util.Locale.ROOT);
    boolean callOn = lemma.equals("call")
        && (!index.children(verb, Set.of("compound:prt")).isEmpty() || index.children(verb).stream().anyMatch(d -> d.relation().equals("obl:on") || d.relation().equals("obl:upon")));
    return CONTACTING.contains(lemma) && !callOn;
  }
}
