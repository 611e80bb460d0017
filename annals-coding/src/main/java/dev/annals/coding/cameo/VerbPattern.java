package dev.annals.coding.cameo;

import java.util.Optional;
import java.util.Set;

/** One line of cameo/verbs.tsv. */
public record VerbPattern(String code, String verb, Optional<String> particle, Set<String> objects, TargetSlot target, Set<String> flags, String origin) {
  public VerbPattern {
    objects = Set.copyOf(objects);
    flags = Set.copyOf(flags);
  }

  public boolean reciprocal() {
    return flags.contains("reciprocal");
  }

  public boolean speech() {
    return flags.contains("speech");
  }

  /** The line applies only when the verb governs what its subject undertakes to do ("agreed to resume", "agreed that they should cooperate"). */
  public boolean undertaking() {
    return flags.contains("undertaking");
  }

  /** The line applies only when the verb governs a to-infinitive: "told Lome to open an inquiry", not "told him that Oslo would act". */
  public boolean infinitive() {
    return flags.contains("infinitive");
  }

  public boolean passiveOnly() {
    return flags.contains("passive-only");
  }

  /** The line applies only when the verb has no direct object: "flew to Guatemala", not "flew them to Guatemala". */
  public boolean intransitive() {
    return flags.contains("intransitive");
  }

  /**
   * The line applies only when the verb's direct object names no people of a known country:
   * "deported 14 more men to Eswatini" deports them to Eswatini, "deported them to the Senegalese
   * border", the Gambians detained before, deports the Gambians.
   */
  public boolean unplacedObject() {
    return flags.contains("unplaced-object");
  }

  /**
   * The line's word is an adjective said of its subject after a copula: "said it was deeply
   * concerned about the drills". Only such a line makes an adjective a trigger.
   */
  public boolean predicate() {
    return flags.contains("predicate");
  }

  /**
   * The line applies only to an act still to come: the verb has a modal of the future or of what
   * may be ("said Chad would respond to any new violation", "could act alone"), not "responded".
   */
  public boolean announced() {
    return flags.contains("announced");
  }

  /** The line applies only when the verb has an "if" or "unless" clause: "would act again if militants kept using its soil". */
  public boolean conditional() {
    return flags.contains("conditional");
  }

  /**
   * The line applies only when its target slot names an actor: "called Erdogan" is a telephone
   * call, "called the release a gesture of good faith" is not.
   */
  public boolean actorTarget() {
    return flags.contains("actor-target");
  }

  /**
   * The line applies only when the verb's "that" clause tells what would befall, done by no one:
   * "warned that fuel queues would form in Harare" is a gloomy comment, not a threat.
   */
  public boolean befalling() {
    return flags.contains("befalling");
  }

  /**
   * The line's object word must be the verb's own object or oblique, not the object of a clause
   * it governs: "asked Tanzanians for forgiveness" asks pardon for oneself (055), "asked Kuwait to
   * consider pardons for dozens of Pakistanis" asks Kuwait to pardon others.
   */
  public boolean ownObject() {
    return flags.contains("own-object");
  }

  /** Patterns with more constraints are tried first; a mood the line asks for is one more. */
  public int specificity() {
    return (particle.isPresent() ? 2 : 0) + (objects.isEmpty() ? 0 : 2) + (target.kind() == TargetSlot.Kind.PREPOSITION ? 1 : 0)
        + (announced() || conditional() || infinitive() || befalling() ? 1 : 0);
  }
}
