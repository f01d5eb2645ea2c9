package nl.sekswerkregister.regelset.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where the official text of one rule is: the APV article, the CVDR identifier of the regulation
 * in the Centrale Voorziening Decentrale Regelgeving, and a link. A policy maker checking a finding
 * needs the article, not only "the APV".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Vindplaats(
        /** The article, e.g. "APV art. 3:5 lid 1" or "Beleidsnota 2019, par. 4.2". */
        @Size(min = 1, max = 200) String artikel,
        @Pattern(regexp = "CVDR[0-9]{1,9}", message = "moet een CVDR-identificatie zijn zoals CVDR723574") String cvdr,
        @Size(max = 500) @Pattern(regexp = "https?://[^\\s]+", message = "moet een http(s)-adres zijn") String url,
        /** What the source is when it is not the regulation itself (a court ruling, a news report). */
        @Size(min = 1, max = 500) String toelichting) {

    @JsonIgnore
    public boolean isLeeg() {
        return artikel == null && cvdr == null && url == null && toelichting == null;
    }
}
