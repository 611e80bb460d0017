package dev.annals.coding.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.coding.DependencyIndex;
import dev.annals.coding.HandBuiltText;
import dev.annals.model.Actor;
import dev.annals.model.ActorKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticlePeopleTest {
  @Test
  void eachHalfOfAHyphenatedNameFindsThePersonAgain() {
    // "Nandi - Ndaitwah thanked Chile .": the tokenizer split the name the article gave whole.
    var text = new HandBuiltText().sentence("Nandi/Nandi/NNP/LOCATION -/-/HYPH/LOCATION Ndaitwah/Ndaitwah/NNP/LOCATION thanked/thank/VBD Chile/Chile/NNP/LOCATION ././.",
        "compound(3,1) punct(3,2) nsubj(4,3) root(0,4) obj(4,5) punct(4,6)").build(LocalDate.of(2026, 7, 9));
    var people = new ArticlePeople(new DependencyIndex(text), ActorDictionary.load(), LocalDate.of(2026, 7, 9));
    Actor president = new Actor("NAMGOV", "Netumbo Nandi-Ndaitwah", Optional.of("NAM"), Optional.of("GOV"), ActorKind.PERSON);
    people.learn("Netumbo Nandi-Ndaitwah", president);
    assertThat(people.learnedName(List.of(0, 1, 2))).contains(president);
  }
}
