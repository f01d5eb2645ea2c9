package nl.sekswerkregister.regelset.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.probleem.OngeldigeParameter;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.gemeente.service.GemeenteService;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Regelset;
import nl.sekswerkregister.regelset.domain.Vertrouwen;
import nl.sekswerkregister.regelset.repository.RegelsetRepository;
import org.jboss.logging.Logger;

/**
 * Publishes the rule sets researched from public sources (referentiedata/regelsets-gemeenten.json,
 * each with its sources, confidence and what was left out) at start, in every profile, so that the
 * patchwork analyses show real municipalities from a fresh install on. Each becomes a version with
 * herkomst PUBLIEKE_BRONNEN after the same checks as a version sent to the API.
 *
 * <p>The municipality's own word outranks research: once it has published a version of its own,
 * its research versions are superseded ({@link RegelsetService#publiceer}) and this loader never
 * publishes there again. A restart with an unchanged file publishes nothing; a changed entry
 * becomes the next version, ending or superseding the earlier research version by the same rules
 * as a publication through the API.
 */
@ApplicationScoped
public class OnderzochteRegelsets {

    static final String BESTAND = "/referentiedata/regelsets-gemeenten.json";
    private static final Logger LOG = Logger.getLogger(OnderzochteRegelsets.class);

    /** What happened to one researched entry at a load. */
    public enum Uitkomst {
        /** Published as a new version. */
        GEPUBLICEERD,
        /** The newest research version already states exactly this. */
        ONGEWIJZIGD,
        /** The municipality published rules of its own: research does not come back. */
        EIGEN_PUBLICATIE
    }

    /** The file: a note on method and sources, and the researched rule sets. */
    public record Bestand(String toelichting, List<Onderzocht> regelsets) {
    }

    /**
     * One municipality's researched rule set as the file holds it. {@code naam} and
     * {@code weggelaten} (what the research holds that is not encoded, and why) are for readers of
     * the file; the rest becomes the version.
     */
    public record Onderzocht(String gemeenteCode, String naam, LocalDate geldigVanaf, String bron,
                             List<String> bronnen, Vertrouwen vertrouwen, Regels regels, String weggelaten) {
    }

    private final RegelsetRepository repository;
    private final RegelsetService regelsets;
    private final GemeenteService gemeenten;
    private final RegelsCodec codec;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final Klok klok;
    private final ReferentieregelsetsConfig config;

    public OnderzochteRegelsets(RegelsetRepository repository, RegelsetService regelsets, GemeenteService gemeenten,
                                RegelsCodec codec, Validator validator, ObjectMapper mapper, Klok klok,
                                ReferentieregelsetsConfig config) {
        this.repository = repository;
        this.regelsets = regelsets;
        this.gemeenten = gemeenten;
        this.codec = codec;
        this.validator = validator;
        this.mapper = mapper;
        this.klok = klok;
        this.config = config;
    }

    /**
     * After the start-up guards (default priority): a configuration they refuse never writes. A
     * shipped entry that fails the checks stops the start: it is a defect of the build, which
     * OnderzochteRegelsetsTest catches first, not data to skip quietly.
     */
    void bijStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (!config.laden()) {
            return;
        }
        Map<String, Uitkomst> uitkomsten = laad();
        Map<Uitkomst, Long> aantallen = new EnumMap<>(Uitkomst.class);
        uitkomsten.values().forEach(u -> aantallen.merge(u, 1L, Long::sum));
        LOG.infof("Regelsets uit publieke bronnen: %s", aantallen);
    }

    /** The shipped file, read with the service's own strict JSON settings (unknown fields fail). */
    public Bestand lees() {
        try (InputStream in = getClass().getResourceAsStream(BESTAND)) {
            if (in == null) {
                throw new IllegalStateException(BESTAND + " ontbreekt");
            }
            return mapper.readValue(in, Bestand.class);
        } catch (IOException e) {
            throw new UncheckedIOException("referentieregelsets onleesbaar", e);
        }
    }

    /** Loads the shipped file; per municipality what happened. */
    public Map<String, Uitkomst> laad() {
        return laad(lees().regelsets());
    }

    /**
     * Loads the given entries, each in a transaction of its own with its municipality locked, so
     * that two instances starting at once take turns per municipality and the second finds the
     * first one's version.
     */
    public Map<String, Uitkomst> laad(List<Onderzocht> onderzocht) {
        Map<String, Uitkomst> uitkomsten = new LinkedHashMap<>();
        for (Onderzocht item : onderzocht) {
            uitkomsten.put(item.gemeenteCode(), QuarkusTransaction.requiringNew().call(() -> laadEen(item)));
        }
        return uitkomsten;
    }

    /**
     * Every reason this entry would be refused, in the API's field names (empty when valid): the
     * form checks of a request body, Bean Validation of the rules, and the service's own checks.
     */
    public List<OngeldigeParameter> controleer(Onderzocht item) {
        // The checks read reference data; a caller outside a transaction (a test) gets one for them.
        return QuarkusTransaction.joiningExisting().call(() -> fouten(item));
    }

    private List<OngeldigeParameter> fouten(Onderzocht item) {
        Invoerfouten fouten = new Invoerfouten();
        if (item.gemeenteCode() == null || !gemeenten.bestaat(item.gemeenteCode())) {
            fouten.fout("gemeenteCode", "onbekend", "Geen gemeente; zie /api/v1/gemeenten.");
        }
        if (item.geldigVanaf() == null) {
            fouten.fout("geldigVanaf", "verplicht", "Verplicht.");
        }
        if (item.bron() == null || item.bron().isBlank() || item.bron().strip().length() > 2000) {
            fouten.fout("bron", "lengte", "Verplicht, ten hoogste 2000 tekens.");
        }
        if (item.vertrouwen() == null) {
            fouten.fout("vertrouwen", "verplicht", "Een versie uit publieke bronnen zegt hoe stevig die zijn.");
        }
        if (item.bronnen() == null || item.bronnen().isEmpty() || item.bronnen().stream().anyMatch(
                b -> b == null || b.isBlank())) {
            fouten.fout("bronnen", "verplicht", "Een versie uit publieke bronnen noemt die bronnen.");
        }
        if (item.regels() == null) {
            fouten.fout("regels", "verplicht", "Verplicht.");
        } else {
            for (ConstraintViolation<Regels> v : validator.validate(item.regels())) {
                fouten.fout("regels." + v.getPropertyPath(), "ongeldig", v.getMessage());
            }
            regelsets.valideer(new RegelsetGegevens(item.geldigVanaf(), null, item.bron(), item.regels()), fouten);
        }
        try {
            fouten.valideer();
            return List.of();
        } catch (ProbleemException e) {
            return e.ongeldigeParameters();
        }
    }

    private Uitkomst laadEen(Onderzocht item) {
        List<OngeldigeParameter> fouten = controleer(item);
        if (!fouten.isEmpty()) {
            throw new IllegalStateException("Regelset uit publieke bronnen voor " + item.gemeenteCode() + " is ongeldig: "
                    + fouten.stream().map(f -> f.name() + " (" + f.code() + "): " + f.reason())
                    .collect(Collectors.joining("; ")));
        }
        String gemeente = item.gemeenteCode();
        gemeenten.vergrendel(gemeente);
        if (repository.heeftEigenPublicatie(gemeente)) {
            return Uitkomst.EIGEN_PUBLICATIE;
        }
        String bron = item.bron().strip();
        String bronnen = codec.json(item.bronnen());
        Optional<Regelset> vorige = repository.nieuwsteUitPubliekeBronnen(gemeente);
        if (vorige.isPresent() && zegtHetzelfde(vorige.get(), item, bron)) {
            return Uitkomst.ONGEWIJZIGD;
        }
        Regelset regelset = new Regelset(gemeente, repository.hoogsteVersie(gemeente) + 1, item.geldigVanaf(), null,
                bron, codec.json(item.regels()), klok.nu());
        regelset.uitPubliekeBronnen(item.vertrouwen(), bronnen);
        regelsets.maakRuimteVoor(regelset);
        regelset.publiceer(klok.nu());
        repository.persistAndFlush(regelset);
        return Uitkomst.GEPUBLICEERD;
    }

    /**
     * The rules are compared as values, not as stored text, so that a change in how JSON is written
     * never makes a new version; sources and confidence count too, as they are part of what a
     * research version states.
     */
    private boolean zegtHetzelfde(Regelset vorige, Onderzocht item, String bron) {
        return vorige.geldigVanaf().equals(item.geldigVanaf()) && vorige.bron().equals(bron)
                && codec.lees(vorige.regels()).equals(item.regels()) && vorige.vertrouwen() == item.vertrouwen()
                && Objects.equals(codec.bronnen(vorige.bronnen()), item.bronnen());
    }
}
