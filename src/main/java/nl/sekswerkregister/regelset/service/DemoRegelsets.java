package nl.sekswerkregister.regelset.service;

import com.fasterxml.jackson.databind.JsonNode;
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

    @Transactional
    void bijStart(@Observes StartupEvent event) throws IOException {
        JsonNode data;
        try (InputStream in = getClass().getResourceAsStream("/referentiedata/regelsets-gemeenten.json")) {
            data = mapper.readTree(in);
        }
        int gepubliceerd = 0;
        for (JsonNode item : data.get("regelsets")) {
            String gemeente = item.get("gemeenteCode").asText();
            if (repository.hoogsteVersie(gemeente) > 0) {
                continue;
            }
            Regels regels = mapper.treeToValue(item.get("regels"), Regels.class);
            Invoerfouten fouten = new Invoerfouten();
            validatie.controleer("regels.", regels, fouten);
            fouten.valideer();
            if (!validator.validate(regels).isEmpty()) {
                throw new IllegalStateException("Ongeldige demo-regelset voor " + gemeente);
            }
            Regelset regelset = new Regelset(gemeente, 1, LocalDate.parse(item.get("geldigVanaf").asText()), null,
                    item.get("bron").asText(), codec.json(regels), klok.nu());
            regelset.publiceer(klok.nu());
            repository.persist(regelset);
            gepubliceerd++;
        }
        LOG.infof("Demo: %d regelsets van gemeenten gepubliceerd", gepubliceerd);
    }
}
