package dev.annals.store;

import java.util.Optional;

/**
 * The CAMEO code of an organisation Annals codes by its own short code: "IGOUNO" for "UN",
 * "IGOWSTNAT" for "NATO", "LBNREBHEZ" for "HEZBOLLAH". GDELT's actor columns hold CAMEO codes, so
 * the GDELT export writes these where one exists. The store keeps Annals' codes only; whoever knows
 * the organisations (annals-app, from annals-coding's actor files) hands them to {@link Exports}.
 */
@FunctionalInterface
public interface OrganisationCodes {
  /** Knows no CAMEO codes: organisations keep Annals' codes in the export. */
  OrganisationCodes NONE = code -> Optional.empty();

  /** @return the CAMEO code of the organisation Annals codes as {@code annalsCode}, if it has one */
  Optional<String> cameo(String annalsCode);
}
