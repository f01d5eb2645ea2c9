package nl.sekswerkregister.document.domain;

/**
 * The kinds of document on a licence's file: what the model APV and the Bibob Act ask of an operator
 * and its managers, and nothing else. There is deliberately no kind for a document about a sex worker
 * (an identity document, a registration, a health or work certificate): the licence is the operator's,
 * and the service stores no such document of a person whose sexual life it would reveal.
 *
 * <p>Each kind has a default confidentiality: what it usually contains decides it. A certificate of
 * conduct (VOG) is criminal-records data (GDPR art. 10) and the Bibob questionnaire describes finances
 * and relations: both {@code vertrouwelijk}. Plans and floor plans are the case's own business.
 */
public enum Documentsoort {
    /** Required by the model APV with every application. */
    ONDERNEMINGSPLAN(Vertrouwelijkheid.ZAAKVERTROUWELIJK),
    BIBOB_VRAGENFORMULIER(Vertrouwelijkheid.VERTROUWELIJK),
    PLATTEGROND(Vertrouwelijkheid.ZAAKVERTROUWELIJK),
    /** Certificate of conduct of the operator or a manager. */
    VOG(Vertrouwelijkheid.VERTROUWELIJK),
    KVK_UITTREKSEL(Vertrouwelijkheid.BEPERKT_OPENBAAR),
    OVERIG(Vertrouwelijkheid.ZAAKVERTROUWELIJK);

    private final Vertrouwelijkheid standaard;

    Documentsoort(Vertrouwelijkheid standaard) {
        this.standaard = standaard;
    }

    public Vertrouwelijkheid standaardVertrouwelijkheid() {
        return standaard;
    }
}
