package dev.annals.coding.cameo;

import dev.annals.coding.knowledge.TsvFile;
import dev.annals.coding.knowledge.TsvFile.Row;
import dev.annals.model.Modality;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** cameo/modality.tsv: the words that make an event intended or hypothetical. */
public final class ModalityLexicon {
  public enum Role {
    AUX,
    GOVERNOR,
    MARK,
    MODIFIER
  }

  private final Map<Role, Map<String, Modality>> words;

  private ModalityLexicon(Map<Role, Map<String, Modality>> words) {
    this.words = words;
  }

  public static ModalityLexicon load() {
    Map<Role, Map<String, Modality>> words = new HashMap<>();
    for (Row row : TsvFile.readResource("dev/annals/coding/cameo/modality.tsv", 3)) {
      Role role;
      Modality modality;
      try {
        role = Role.valueOf(row.field(1).strip().toUpperCase(Locale.ROOT));
        modality = Modality.valueOf(row.field(2).strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("role must be aux, governor, mark or modifier and modality intended or hypothetical");
      }
      words.computeIfAbsent(role, r -> new HashMap<>()).put(row.field(0).strip().toLowerCase(Locale.ROOT), modality);
    }
    return new ModalityLexicon(words);
  }

  public Optional<Modality> lookup(Role role, String word) {
    return Optional.ofNullable(words.getOrDefault(role, Map.of()).get(word.toLowerCase(Locale.ROOT)));
  }
}
