package dev.annals.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.store.OrganisationCodes;
import org.junit.jupiter.api.Test;

class OrganisationCameoCodesTest {
  private final OrganisationCodes codes = OrganisationCameoCodes.shared();

  @Test
  void organisationsWithACameoCodeGetIt() {
    assertThat(codes.cameo("UN")).contains("IGOUNO");
    assertThat(codes.cameo("HAMAS")).contains("PSEREBHMS");
  }

  @Test
  void organisationsCameoHasNoCodeForAndOtherCodesGetNone() {
    assertThat(codes.cameo("BRICS")).isEmpty();
    assertThat(codes.cameo("RUSGOV")).isEmpty();
    assertThat(codes.cameo("no such code")).isEmpty();
  }
}
