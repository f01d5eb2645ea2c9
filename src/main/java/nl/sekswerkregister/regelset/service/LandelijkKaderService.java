package nl.sekswerkregister.regelset.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.tijd.Klok;
import java.util.Map;
import nl.sekswerkregister.regelset.domain.Kadersoort;
import nl.sekswerkregister.regelset.domain.LandelijkKader;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.repository.LandelijkKaderRepository;

/** National frameworks: every analysis names the one it measures against. */
@ApplicationScoped
public class LandelijkKaderService {

    public static final String STANDAARD = "huidige-wet";

    private final LandelijkKaderRepository repository;
    private final RegelsValidatie validatie;
    private final RegelsCodec codec;
    private final Klok klok;

    public LandelijkKaderService(LandelijkKaderRepository repository, RegelsValidatie validatie, RegelsCodec codec,
                                 Klok klok) {
        this.repository = repository;
        this.validatie = validatie;
        this.codec = codec;
        this.klok = klok;
    }

    public List<KaderBeeld> lijst() {
        return repository.nieuwste().stream().map(this::beeld).toList();
    }

    public Optional<KaderBeeld> lees(String code, Integer versie) {
        return (versie == null ? repository.nieuwste(code) : repository.versie(code, versie)).map(this::beeld);
    }

    /**
     * The frameworks that are law on that day: of every framework its newest version, if that version
     * is in force then. A correction is a new version and restates the period.
     */
    public List<KaderBeeld> inWerking(LocalDate datum) {
        return lijst().stream().filter(k -> k.inWerkingOp(datum)).toList();
    }

    /** Adds a version; earlier versions stay, so earlier analyses remain reproducible. */
    @Transactional
    public KaderBeeld stelVast(KaderGegevens aanvraag) {
        Invoerfouten fouten = new Invoerfouten();
        controleer(aanvraag, fouten);
        fouten.valideer();
        int versie = repository.nieuwste(aanvraag.code()).map(LandelijkKader::versie).orElse(0) + 1;
        LandelijkKader kader = new LandelijkKader(aanvraag.code(), versie, aanvraag.naam(),
                aanvraag.bron(), codec.json(aanvraag.regels()), klok.nu(), aanvraag.inWerkingVanaf(),
                aanvraag.inWerkingTot(), soort(aanvraag), aanvraag.regeling() == null || aanvraag.regeling().isEmpty() ? null
                : codec.json(aanvraag.regeling()));
        repository.persistAndFlush(kader);
        return beeld(kader);
    }

    /**
     * What a framework's annotations cannot say. Also run by the REST layer on a body that is
     * otherwise wrong too, so these problems come in the same answer; fields that could not be
     * read are null there and are left alone.
     */
    public void controleer(KaderGegevens aanvraag, Invoerfouten fouten) {
        validatie.controleer("regels.", aanvraag.regels(), fouten);
        if (aanvraag.regeling() != null) {
            aanvraag.regeling().keySet().stream().filter(pad -> pad == null || !Regelpaden.bestaat(pad))
                    .forEach(pad -> fouten.fout("regeling." + pad, "onbekend", "Geen regelpad van het vocabulaire, "
                            + "zoals minimumleeftijd of bedrijfstypen.CLUB.vergunningplicht."));
        }
        if (soort(aanvraag) == Kadersoort.MODELVERORDENING && aanvraag.regeling() != null && !aanvraag.regeling().isEmpty()) {
            fouten.fout("regeling", "niet-toegestaan", "Een modelverordening bindt niemand, dus regelt geen onderwerp "
                    + "uitputtend of als minimum; laat regeling weg.");
        }
        if (aanvraag.inWerkingTot() != null && aanvraag.inWerkingVanaf() == null) {
            fouten.fout("inWerkingTot", "niet-toegestaan", "Alleen samen met inWerkingVanaf: een kader dat niet in werking "
                    + "treedt, heeft geen einde.");
        } else if (aanvraag.inWerkingTot() != null && aanvraag.inWerkingTot().isBefore(aanvraag.inWerkingVanaf())) {
            fouten.fout("inWerkingTot", "volgorde", "Mag niet voor inWerkingVanaf liggen.");
        }
    }

    private static Kadersoort soort(KaderGegevens aanvraag) {
        return aanvraag.soort() != null ? aanvraag.soort()
                : aanvraag.inWerkingVanaf() != null ? Kadersoort.HUIDIG_RECHT : Kadersoort.WETSVOORSTEL;
    }

    private KaderBeeld beeld(LandelijkKader k) {
        return new KaderBeeld(k.code(), k.versie(), k.naam(), k.bron(), codec.lees(k.regels()), k.vastgesteldOp(),
                k.inWerkingVanaf(), k.inWerkingTot(), k.soort(),
                k.regeling() == null ? Map.of() : codec.regeling(k.regeling()));
    }
}
