package dev.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FipsCountryCodesTest {
  @Test
  void isoCodesMapToTheFipsCodesGdeltWrites() {
    FipsCountryCodes codes = FipsCountryCodes.shared();
    assertThat(codes.fips("DEU")).contains("GM");
    assertThat(codes.fips("CHN")).contains("CH");
    assertThat(codes.fips("RUS")).contains("RS");
    assertThat(codes.fips("GBR")).contains("UK");
    assertThat(codes.fips("USA")).contains("US");
    assertThat(codes.fips("UKR")).contains("UP");
    assertThat(codes.fips("CHE")).as("Switzerland, whose ISO-2 code is China's FIPS code").contains("SZ");
    assertThat(codes.fips("XKX")).contains("KV");
    assertThat(codes.fips("deu")).contains("GM");
  }

  @Test
  void countriesWithoutAFipsCodeHaveNone() {
    assertThat(FipsCountryCodes.shared().fips("UMI")).isEmpty();
    assertThat(FipsCountryCodes.shared().fips("FSM")).isEmpty();
    assertThat(FipsCountryCodes.shared().fips("ZZZ")).isEqualTo(Optional.empty());
  }

  @Test
  void aListInAnotherFormatIsRefusedByName() {
    assertThatThrownBy(() -> FipsCountryCodes.parse("module.exports = {}", "index.js"))
        .hasMessageContaining("index.js").hasMessageContaining("var countries");
    assertThatThrownBy(() -> FipsCountryCodes.parse("var countries = [ { country: 'Atlantis', fips: 'AT', iso3: 'ATL' } ]", "index.js"))
        .hasMessageContaining("only 1 countries");
    assertThatThrownBy(() -> FipsCountryCodes.parse("var countries = [ { country: 'Atlantis', fips: 'A1', iso3: 'ATL' } ]", "index.js"))
        .hasMessageContaining("ATL has fips 'A1'");
  }
}
