package dev.annals.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "called the arrests 'an unfriendly act'", "called the suspension 'regrettable'", "called the
 * decision 'blackmail'": a judgment by a name or an adjective, however the parser hangs it, aimed
 * at whoever did the thing judged.
 */
class CalledSoTest {
  private static final LocalDate DATE = LocalDate.of(2026, 4, 10);
  private static List<String> triples(HandBuiltText text) {
    return HandCoding.triples(HandCoding.code(text, DATE));
  }

  private static final String SUSPENDED = "Germany/Germany/NNP/LOCATION suspended/suspend/VBD aid/aid/NN to/to/IN Burundi/Burundi/NNP/LOCATION ././.";
  private static final String SUSPENDED_PARSE = "nsubj(2,1) root(0,2) obj(2,3) case(5,4) nmod:to(3,5) punct(2,6)";

  @Test
  void anActCalledUnfriendlyIsCriticismOfItsDoer() {
    List<String> coded = triples(new HandBuiltText()
        .sentence("Azerbaijani/Azerbaijani/JJ police/police/NN detained/detain/VBD two/two/CD Russian/Russian/JJ journalists/journalist/NNS ././.",
            "amod(2,1) nsubj(3,2) root(0,3) nummod(6,4) amod(6,5) obj(3,6) punct(3,7)")
        .sentence("Russia/Russia/NNP/LOCATION called/call/VBD the/the/DT arrests/arrest/NNS an/a/DT unfriendly/unfriendly/JJ act/act/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) det(7,5) amod(7,6) dep(4,7) punct(2,8)"));
    assertThat(coded).anyMatch(t -> t.matches("RUS AZE\\w* 111"));
  }

  @Test
  void aDecisionCalledRegrettableIsCriticismOfWhoeverDecided() {
    List<String> coded = triples(new HandBuiltText()
        .sentence(SUSPENDED, SUSPENDED_PARSE)
        .sentence("Burundi/Burundi/NNP/LOCATION called/call/VBD the/the/DT suspension/suspension/NN regrettable/regrettable/JJ ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) dep(4,5) punct(2,6)"));
    assertThat(coded).anyMatch(t -> t.matches("BDI DEU\\w* 111"));
  }

  @Test
  void theThingCalledSoIsFoundWhenTheNameIsTakenForTheObject() {
    List<String> coded = triples(new HandBuiltText()
        .sentence(SUSPENDED, SUSPENDED_PARSE)
        .sentence("Burundi/Burundi/NNP/LOCATION called/call/VBD the/the/DT decision/decision/NN blackmail/blackmail/NN ././.",
            "nsubj(2,1) root(0,2) det(4,3) dep(5,4) obj(2,5) punct(2,6)"));
    assertThat(coded).anyMatch(t -> t.matches("BDI DEU\\w* 111"));
  }

  @Test
  void drillsFoundUnacceptableAreCriticismOfWhoeverHeldThem() {
    List<String> coded = triples(new HandBuiltText()
        .sentence("South/South/NNP/LOCATION Korean/Korean/JJ troops/troop/NNS held/hold/VBD drills/drill/NNS ././.",
            "compound(2,1) amod(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)")
        .sentence("Japan/Japan/NNP/LOCATION found/find/VBD the/the/DT drills/drill/NNS unacceptable/unacceptable/JJ ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) xcomp(2,5) punct(2,6)"));
    assertThat(coded).anyMatch(t -> t.matches("JPN KOR\\w* 111"));
  }

  @Test
  void summoningAnEmbassysDeputyChiefIsAnOfficialComplaint() {
    List<String> coded = triples(new HandBuiltText().sentence(
        "Japan/Japan/NNP/LOCATION summoned/summon/VBD the/the/DT deputy/deputy/JJ chief/chief/NN of/of/IN South/South/NNP/LOCATION Korea/Korea/NNP/LOCATION "
            + "'s/'s/POS embassy/embassy/NN ././.",
        "nsubj(2,1) root(0,2) det(5,3) amod(5,4) obj(2,5) case(10,6) compound(8,7) nmod:poss(10,8) case(8,9) nmod:of(5,10) punct(2,11)"));
    assertThat(coded).anyMatch(t -> t.matches("JPN KOR\\w* 114"));
  }

  @Test
  void anIncidentNoEventHoldsIsTheDoingOfTheSideTheJudgeIsAtOddsWith() {
    // "Italy summoned France's ambassador. Italy called the incident unacceptable."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Italy/Italy/NNP/LOCATION summoned/summon/VBD France/France/NNP/LOCATION 's/'s/POS ambassador/ambassador/NN ././.",
            "nsubj(2,1) root(0,2) nmod:poss(5,3) case(3,4) obj(2,5) punct(2,6)")
        .sentence("Italy/Italy/NNP/LOCATION called/call/VBD the/the/DT incident/incident/NN unacceptable/unacceptable/JJ ././.",
            "nsubj(2,1) root(0,2) det(4,3) obj(2,4) xcomp(2,5) punct(2,6)"));
    assertThat(coded).contains("ITA FRAGOV 111");
  }

  @Test
  void aBanCalledColonialArroganceIsCriticismOfWhoeverBanned() {
    // "Norway announced a ban on imports of Namibian beef. Namibia's trade minister called the ban
    // "colonial arrogance"."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Norway/Norway/NNP/LOCATION announced/announce/VBD a/a/DT ban/ban/NN on/on/IN imports/import/NNS of/of/IN "
            + "Namibian/Namibian/JJ beef/beef/NN ././.",
            "root(0,2) nsubj(2,1) obj(2,4) punct(2,10) det(4,3) nmod:on(4,6) case(6,5) nmod:of(6,9) case(9,7) amod(9,8)")
        .sentence("Namibia/Namibia/NNP/LOCATION 's/'s/POS trade/trade/NN minister/minister/NN called/call/VBD the/the/DT "
            + "ban/ban/NN \"/\"/`` colonial/colonial/JJ arrogance/arrogance/NN \"/\"/'' ././.",
            "root(0,5) nmod:poss(4,1) compound(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,12) det(7,6) dep(7,10) "
            + "punct(10,8) amod(10,9) punct(10,11)"));
    assertThat(coded).contains("NAMGOV NOR 111");
  }

  @Test
  void anAttemptIsJudgedByWhatItAttempts() {
    // "Denmark barred six Kenyan officials from entering the country. Kenya's foreign ministry
    // called the bans "an attempt to dictate to a sovereign nation"."
    List<String> coded = triples(new HandBuiltText()
        .sentence("Denmark/Denmark/NNP/LOCATION barred/bar/VBD six/six/CD Kenyan/Kenyan/JJ officials/official/NNS from/from/IN "
            + "entering/enter/VBG the/the/DT country/country/NN ././.",
            "root(0,2) nsubj(2,1) obj(2,5) advcl:from(2,7) punct(2,10) nummod(5,3) amod(5,4) case(7,6) obj(7,9) det(9,8)")
        .sentence("Kenya/Kenya/NNP/LOCATION 's/'s/POS foreign/foreign/JJ ministry/ministry/NN called/call/VBD the/the/DT "
            + "bans/ban/NNS \"/\"/`` an/a/DT attempt/attempt/NN to/to/TO dictate/dictate/VB to/to/IN a/a/DT "
            + "sovereign/sovereign/JJ nation/nation/NN \"/\"/'' ././.",
            "root(0,5) nmod:poss(4,1) amod(4,3) case(1,2) nsubj(5,4) obj(5,7) punct(5,18) det(7,6) punct(7,8) dep(7,10) "
            + "det(10,9) acl:to(10,12) mark(12,11) obl:to(12,16) punct(12,17) case(16,13) det(16,14) amod(16,15)"));
    assertThat(coded).contains("DNK KENGOV 172", "KENGOV DNK 111");
  }
}
