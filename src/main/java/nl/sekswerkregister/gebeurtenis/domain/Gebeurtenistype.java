package nl.sekswerkregister.gebeurtenis.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of event other systems may subscribe to, with their CloudEvents {@code type} (reverse DNS,
 * NL GOV profile for CloudEvents) and who may see them ({@link Kring}).
 */
public enum Gebeurtenistype {
    VERGUNNING_BESLUIT_GENOMEN("nl.sekswerkregister.vergunning.besluit-genomen", Kring.VERGUNNINGEN),
    VERGUNNING_VERLOPEN("nl.sekswerkregister.vergunning.verlopen", Kring.VERGUNNINGEN),
    VERGUNNING_SCHORSING_BEEINDIGD("nl.sekswerkregister.vergunning.schorsing-beeindigd", Kring.VERGUNNINGEN),
    VERGUNNING_BEHEERDERWIJZIGING_BESLOTEN("nl.sekswerkregister.vergunning.beheerderwijziging-besloten", Kring.VERGUNNINGEN),
    SANCTIE_OPGELEGD("nl.sekswerkregister.sanctie.opgelegd", Kring.SANCTIES),
    SLUITING_BEEINDIGD("nl.sekswerkregister.sanctie.sluiting-beeindigd", Kring.SANCTIES),
    REGELSET_GEPUBLICEERD("nl.sekswerkregister.regelset.gepubliceerd", Kring.VERGUNNINGEN),
    REGISTRATIE_GESCHORST("nl.sekswerkregister.registratie.geschorst", Kring.REGISTRATIES),
    REGISTRATIE_SCHORSING_OPGEHEVEN("nl.sekswerkregister.registratie.schorsing-opgeheven", Kring.REGISTRATIES),
    REGISTRATIE_INGETROKKEN("nl.sekswerkregister.registratie.ingetrokken", Kring.REGISTRATIES),
    REGISTRATIE_VERLENGD("nl.sekswerkregister.registratie.verlengd", Kring.REGISTRATIES),
    REGISTRATIE_VERLOPEN("nl.sekswerkregister.registratie.verlopen", Kring.REGISTRATIES);

    /**
     * Who may receive an event of a kind: the readers of the records it is about. Licences and rule
     * sets are public decisions and public law, read by every municipal role of the municipality;
     * sanctions by its enforcement and licensing officers; registrations only by the registering
     * municipality's licensing and enforcement officers. The auditor receives every kind, everywhere.
     */
    public enum Kring { VERGUNNINGEN, SANCTIES, REGISTRATIES }

    private final String type;
    private final Kring kring;

    Gebeurtenistype(String type, Kring kring) {
        this.type = type;
        this.kring = kring;
    }

    /** The CloudEvents {@code type} attribute. */
    public String type() {
        return type;
    }

    public Kring kring() {
        return kring;
    }

    public static Optional<Gebeurtenistype> metType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
