package nl.sekswerkregister.regelset.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Regelset;
import nl.sekswerkregister.regelset.repository.RegelsetRepository;
import org.jboss.logging.Logger;

/**
 * DEV MODE ONLY: publishes the researched rule sets of real municipalities
 * (referentiedata/regelsets-gemeenten.json, sources kept there) on first start, so that the
 * conflicts endpoint shows real conflicts at once. Municipalities that already have a rule set
 * are left alone. Goes through the same validation as the API.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DemoRegelsets {

    private static final Logger LOG = Logger.getLogger(DemoRegelsets.class);

    private final RegelsetRepository repository;
    private final RegelsValidatie validatie;
    private final RegelsCodec codec;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final Klok klok;

    public DemoRegelsets(RegelsetRepository repository, RegelsValidatie validatie, RegelsCodec codec,
                         Validator validator, ObjectMapper mapper, Klok klok) {
        this.repository = repository;
        this.validatie = validatie;
        this.codec = codec;
        this.validator = validator;
        this.mapper = mapper;
        this.klok = klok;
    }

    /** The researched rule sets as the file holds them; notes, sources and omissions stay in the file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bestand(List<Onderzocht> regelsets) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Onderzocht(String gemeenteCode, LocalDate geldigVanaf, String bron, Regels regels) {
    }

    @Transactional
    void bijStart(@Observes StartupEvent event) throws IOException {
        Bestand bestand;
        try (InputStream in = getClass().getResourceAsStream("/referentiedata/regelsets-gemeenten.json")) {
            bestand = mapper.readValue(in, Bestand.class);
        }
        int gepubliceerd = 0;
        for (Onderzocht item : bestand.regelsets()) {
            String gemeente = item.gemeenteCode();
            if (repository.hoogsteVersie(gemeente) > 0) {
                continue;
            }
            Regels regels = item.regels();
            Invoerfouten fouten = new Invoerfouten();
            validatie.controleer("regels.", regels, fouten);
            fouten.valideer();
            if (!validator.validate(regels).isEmpty()) {
                throw new IllegalStateException("Ongeldige demo-regelset voor " + gemeente);
            }
            Regelset regelset = new Regelset(gemeente, 1, item.geldigVanaf(), null, item.bron(), codec.json(regels),
                    klok.nu());
            regelset.publiceer(klok.nu());
            repository.persist(regelset);
            gepubliceerd++;
        }
        LOG.infof("Demo: %d regelsets van gemeenten gepubliceerd", gepubliceerd);
    }
}
