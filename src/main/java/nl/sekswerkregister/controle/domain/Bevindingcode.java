package nl.sekswerkregister.controle.domain;

/**
 * The findings an inspection can record. Which of them apply at premises on a day follows from the
 * licence in force there and the municipality's rules in force that day ({@link Bevindingencatalogus}).
 *
 * <p>None of them describes a person: a finding about sex workers says what was seen ("registration
 * not checked", "signs of coercion"), never who. The last three are not given by the inspector but
 * made by the service: a shown licence number that belongs to other premises, and the outcome of the
 * hit/no-hit check of a shown registration number (the number itself is not kept).
 */
public enum Bevindingcode {
    GEEN_VERGUNNING("Geen vergunning in werking op deze vestiging", "No licence in force at these premises", true),
    BEHEERDER_NIET_AANWEZIG("Geen beheerder van de vergunning aanwezig", "No manager named on the licence present", true),
    MINIMUMLEEFTIJD_NIET_NAGELEEFD("Minimumleeftijd voor sekswerk niet nageleefd", "Minimum age for sex work not respected", true),
    OPENINGSTIJDEN_OVERSCHREDEN("Buiten de toegestane openingstijden open", "Open outside the permitted opening hours", true),
    BEDRIJFSTYPE_NIET_TOEGESTAAN("Een bedrijfstype dat in de gemeente niet is toegestaan", "A business type not permitted in the municipality", true),
    REGISTRATIE_NIET_GECONTROLEERD("Registratie van sekswerkers niet gecontroleerd door de exploitant", "Registration of sex workers not checked by the operator", true),
    SIGNALEN_VAN_DWANG("Signalen van dwang of uitbuiting", "Signs of coercion or exploitation", true),
    VOORSCHRIFT_NIET_NAGELEEFD("Een voorschrift van de vergunning niet nageleefd", "A condition of the licence not complied with", true),
    ADRES_WIJKT_AF("Getoonde vergunning hoort bij een andere vestiging", "The licence shown belongs to other premises", false),
    REGISTRATIE_GELDIG("Getoond registratienummer is geldig", "Registration number shown is valid", false),
    REGISTRATIE_ONGELDIG("Getoond registratienummer is niet geldig", "Registration number shown is not valid", false);

    private final String nl;
    private final String en;
    private final boolean opTeGeven;

    Bevindingcode(String nl, String en, boolean opTeGeven) {
        this.nl = nl;
        this.en = en;
        this.opTeGeven = opTeGeven;
    }

    public String nl() { return nl; }
    public String en() { return en; }

    /** Whether an inspector records it; the others are the service's own conclusions from what was shown. */
    public boolean isOpTeGeven() { return opTeGeven; }
}
