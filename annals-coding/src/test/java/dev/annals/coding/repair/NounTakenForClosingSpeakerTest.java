package dev.annals.coding.repair;

import org.junit.jupiter.api.Test;

class NounTakenForClosingSpeakerTest {
  private static final ParseRepair REPAIR = new NounTakenForClosingSpeaker();
  // "The Palestinians reject Israeli changes, Erakat said."
  private static final HandParse REJECTION = HandParse.of(
      "The/the/DT Palestinians/Palestinian/NNPS/MISC reject/reject/VBP Israeli/Israeli/JJ/MISC changes/change/NNS ,/,/, Erakat/Erakat/NNP/PERSON said/say/VBD ././.");
  private static final String REJECTION_REPAIRED = "det(2,1) nsubj(3,2) root(0,3) amod(5,4) punct(5,6) parataxis(3,8) punct(3,9) nsubj(8,7) obj(3,5)";

  @Test
  void theSpeakerInAppositionSpeaksForTheWholeSentence() {
    // "Russian forces struck Kharkiv, killing seven civilians, governor Oleh Syniehubov said." with
    // "civilians" the subject of "said", the governor in apposition to them, "said" a complement
    // of "killing"; "killing" keeps its object.
    HandParse.of("Russian/Russian/JJ/MISC forces/force/NNS struck/strike/VBD Kharkiv/Kharkiv/NNP/LOCATION ,/,/, killing/kill/VBG seven/seven/CD "
            + "civilians/civilian/NNS ,/,/, governor/governor/NN Oleh/Oleh/NNP/PERSON Syniehubov/Syniehubov/NNP/PERSON said/say/VBD ././.")
        .assertRepairs(REPAIR,
            "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(6,5) advcl(3,6) nummod(8,7) obj(6,8) punct(8,9) compound(12,10) compound(12,11) "
                + "appos(8,12) nsubj(13,8) ccomp(6,13) punct(3,14)",
            "amod(2,1) nsubj(3,2) root(0,3) obj(3,4) punct(6,5) advcl(3,6) nummod(8,7) obj(6,8) punct(8,9) compound(12,10) compound(12,11) "
                + "parataxis(3,13) punct(3,14) nsubj(13,12)");
  }

  @Test
  void theNounTakenForTheSpeakerIsTheObjectOfTheRootThatHeldSaid() {
    // "changes" the subject of "said", Erakat in apposition to it, "said" a complement of "reject".
    REJECTION.assertRepairs(REPAIR, "det(2,1) nsubj(3,2) root(0,3) amod(5,4) punct(5,6) appos(5,7) nsubj(8,5) ccomp(3,8) punct(3,9)", REJECTION_REPAIRED);
  }

  @Test
  void theAttributionParsedRightIsLeftAlone() {
    REJECTION.assertLeavesAlone(REPAIR, REJECTION_REPAIRED);
  }

  @Test
  void theNounTakenForTheSpeakerIsTheObjectOfTheJoinedVerbBeforeIt() {
    // "Japan lodged a protest and demanded the release, Kihara said.": "lodged" has its object;
    // "release" is what was demanded.
    HandParse.of("Japan/Japan/NNP/LOCATION lodged/lodge/VBD a/a/DT protest/protest/NN and/and/CC demanded/demand/VBD the/the/DT release/release/NN ,/,/, "
            + "Kihara/Kihara/NNP/PERSON said/say/VBD ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) nsubj(6,1) det(8,7) punct(8,9) appos(8,10) nsubj(11,8) ccomp(2,11) punct(2,12)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) nsubj(6,1) det(8,7) punct(8,9) parataxis(2,11) punct(2,12) nsubj(11,10) obj(6,8)");
  }

  @Test
  void theNounTakenForTheSpeakerIsTheObjectOfTheJoinedVerbThatHeldSaid() {
    // The same sentence with "said" a complement of "demanded", as the parser hangs it.
    HandParse.of("Japan/Japan/NNP/LOCATION lodged/lodge/VBD a/a/DT protest/protest/NN and/and/CC demanded/demand/VBD the/the/DT release/release/NN ,/,/, "
            + "Kihara/Kihara/NNP/PERSON said/say/VBD ././.")
        .assertRepairs(REPAIR,
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) nsubj(6,1) det(8,7) punct(8,9) appos(8,10) nsubj(11,8) ccomp(6,11) punct(2,12)",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) cc(6,5) conj:and(2,6) nsubj(6,1) det(8,7) punct(8,9) parataxis(2,11) punct(2,12) nsubj(11,10) obj(6,8)");
  }

  // "Drones struck the station, causing no casualties, the ministry said."
  private static final HandParse NO_CASUALTIES = HandParse.of("Drones/drone/NNS struck/strike/VBD the/the/DT station/station/NN ,/,/, causing/cause/VBG no/no/DT "
      + "casualties/casualty/NNS ,/,/, the/the/DT ministry/ministry/NN said/say/VBD ././.");

  @Test
  void aBodyNamedByADefiniteDescriptionBesideANoNounIsTheSpeaker() {
    NO_CASUALTIES.assertRepairs(REPAIR,
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(6,5) advcl(2,6) det(8,7) obj(6,8) punct(8,9) det(11,10) appos(8,11) nsubj(12,8) ccomp(6,12) punct(2,13)",
        "nsubj(2,1) root(0,2) det(4,3) obj(2,4) punct(6,5) advcl(2,6) det(8,7) obj(6,8) punct(8,9) det(11,10) parataxis(2,12) punct(2,13) nsubj(12,11)");
  }

  @Test
  void aDefiniteSubjectWithADescriptionBesideItSpeaksItself() {
    // "The minister, the party's leader, said ...": the description is the subject's own.
    HandParse.of("The/the/DT minister/minister/NN ,/,/, the/the/DT leader/leader/NN ,/,/, said/say/VBD no/no/RB ././.")
        .assertLeavesAlone(REPAIR, "det(2,1) nsubj(7,2) punct(2,3) det(5,4) appos(2,5) punct(2,6) root(0,7) advmod(7,8) punct(7,9)");
  }
}
