package dev.annals.app.store;

import dev.annals.coding.actors.ActorDictionary;
import dev.annals.coding.actors.Organisation;
import dev.annals.store.OrganisationCodes;
import java.util.Optional;

/**
 * The CAMEO codes of the organisations in annals-coding's {@code actors/organisations.tsv}, for
 * GDELT's actor columns: "UN" is written IGOUNO, "NATO" IGOWSTNAT. An organisation CAMEO has no
 * code for (BRICS, the Quad) keeps its Annals code.
 */
public final class OrganisationCameoCodes implements OrganisationCodes {
  private final ActorDictionary actors;

  private OrganisationCameoCodes(ActorDictionary actors) {
    this.actors = actors;
  }

  /** The organisations of the bundled actor files, read on first use. */
  public static OrganisationCodes shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final OrganisationCameoCodes INSTANCE = new OrganisationCameoCodes(ActorDictionary.load());
  }

  @Override
  public Optional<String> cameo(String annalsCode) {
    return actors.organisation(annalsCode).map(Organisation::cameoCode).filter(code -> code.matches("[A-Z]{3,}"));
  }
}
