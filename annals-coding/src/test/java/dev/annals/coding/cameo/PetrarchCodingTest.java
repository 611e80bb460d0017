package dev.annals.coding.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.ArticleCoder;
import dev.annals.coding.HandBuiltText;
import dev.annals.coding.petrarch.PetrarchDictionaries;
import dev.annals.model.CodedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coding with a user's PETRARCH-format dictionaries, on hand-built parses and made-up countries. */
class PetrarchCodingTest {
  private static final LocalDate DATE = LocalDate.of(1996, 5, 10);
  private static ArticleCoder coder;

  @BeforeAll
  static void load(@TempDir Path folder) throws IOException {
    Path actors = Files.writeString(folder.resolve("actors.txt"), """
        VALDORIA [VAL]
        +VALDORIAN
        KESTREL_ISLES [KES]
        ORLEK_BASSO
        \t[VALGOV 19950601-19990815]
        \t[VAL]
        """);
    Path agents = Files.writeString(folder.resolve("agents.txt"), """
        HARBOUR_GUARD [~MIL]
        RELIEF_AGENCY [NGO~]
        """);
    Path verbs = Files.writeString(folder.resolve("verbs.txt"), """
        &FUNDS
        +DUCATS
        --- DONATE [070] ---
        DONATE
        - * &FUNDS [903]
        - NOT_* [112]
        --- ARRIVE [032:033] ---
        ARRIVE
        --- BLOCKADE [191] ---
        BLOCKADE
        """);
    coder = ArticleCoder.loadDefault().withPetrarch(PetrarchDictionaries.load(Optional.of(actors), Optional.of(agents), Optional.of(verbs)));
  }

  private static List<String> triples(HandBuiltText text) {
    CodedArticle article = coder.code(text.build(DATE), DATE, "given");
    return article.events().stream().flatMap(e -> e.mentions().stream())
        .map(m -> m.source().actor().code() + " " + m.target().map(t -> t.actor().code()).orElse("-") + " " + m.type().code()).toList();
  }

  @Test
  void aPatternWithASynsetWinsOverTheVerbsOwnCode() {
    assertThat(triples(new HandBuiltText().sentence(
        "Valdoria/Valdoria/NNP donated/donate/VBD ducats/ducat/NNS to/to/IN Kestrel_Isles/Kestrel_Isles/NNP ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:to(2,5) punct(2,6)"))).containsExactly("VAL KES 903");
    assertThat(triples(new HandBuiltText().sentence(
        "Valdoria/Valdoria/NNP donated/donate/VBD grain/grain/NN to/to/IN Kestrel_Isles/Kestrel_Isles/NNP ././.",
        "nsubj(2,1) root(0,2) obj(2,3) case(5,4) obl:to(2,5) punct(2,6)"))).containsExactly("VAL KES 070");
  }

  @Test
  void aTwoWayCodeGivesTheTargetsEventBack() {
    assertThat(triples(new HandBuiltText().sentence(
        "Orlek/Orlek/NNP/PERSON Basso/Basso/NNP/PERSON arrived/arrive/VBD in/in/IN Kestrel_Isles/Kestrel_Isles/NNP ././.",
        "compound(2,1) nsubj(3,2) root(0,3) case(5,4) obl:in(3,5) punct(3,6)")))
        .as("the person's dated code holds in 1996").containsExactlyInAnyOrder("VALGOV KES 032", "KES VALGOV 033");
  }

  @Test
  void agentsComposeWithActorsAfterOrBefore() {
    assertThat(triples(new HandBuiltText().sentence(
        "The/the/DT Valdorian/Valdorian/JJ harbour/harbour/NN guard/guard/NN blockaded/blockade/VBD Kestrel_Isles/Kestrel_Isles/NNP ././.",
        "det(4,1) amod(4,2) compound(4,3) nsubj(5,4) root(0,5) obj(5,6) punct(5,7)"))).containsExactly("VALMIL KES 191");
  }

  @Test
  void verbsOutsideTheUsersDictionaryCodeNothing() {
    // Annals' own lexicon codes "condemned"; the user's scheme has no such verb.
    assertThat(triples(new HandBuiltText().sentence(
        "Valdoria/Valdoria/NNP condemned/condemn/VBD Kestrel_Isles/Kestrel_Isles/NNP ././.",
        "nsubj(2,1) root(0,2) obj(2,3) punct(2,4)"))).isEmpty();
  }
}
