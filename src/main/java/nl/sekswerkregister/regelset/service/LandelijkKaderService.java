package nl.sekswerkregister.regelset.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.common.tijd.Klok;
import nl.sekswerkregister.regelset.domain.LandelijkKader;
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

    /** Adds a version; earlier versions stay, so earlier analyses remain reproducible. */
    @Transactional
    public KaderBeeld stelVast(KaderGegevens aanvraag) {
        Invoerfouten fouten = new Invoerfouten();
        validatie.controleer("regels.", aanvraag.regels(), fouten);
        fouten.valideer();
        int versie = repository.nieuwste(aanvraag.code()).map(LandelijkKader::versie).orElse(0) + 1;
        LandelijkKader kader = new LandelijkKader(aanvraag.code(), versie, aanvraag.naam(),
                aanvraag.bron(), codec.json(aanvraag.regels()), klok.nu());
        repository.persistAndFlush(kader);
        return beeld(kader);
    }

    private KaderBeeld beeld(LandelijkKader k) {
        return new KaderBeeld(k.code(), k.versie(), k.naam(), k.bron(), codec.lees(k.regels()), k.vastgesteldOp());
    }
}
