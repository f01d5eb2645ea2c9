package nl.sekswerkregister.mensenhandel.domain;

/**
 * The categories of indicators of human trafficking that a signal can name: a fixed list, never free
 * text, so that a signal says what was seen without describing a person.
 *
 * <p>The categories group the public indicator lists used in the Netherlands for the sex industry:
 * <ul>
 *   <li>the indicators annexed to the Aanwijzing mensenhandel of the College van procureurs-generaal
 *       (2008A022gp, Stcrt. 2012, 26876, https://zoek.officielebekendmakingen.nl/stcrt-2012-26876.html),
 *       the list police and public prosecution work from: multiple dependency (the operator arranges
 *       housing and travel, debts, a transfer fee), restricted basic freedoms (no freedom of movement,
 *       no own documents, no own earnings, medical care withheld) and very bad working conditions
 *       (exceptionally long days, blackmail or threats against family);</li>
 *   <li>the signals list of the Informatiepunt Mensenhandel ("Wat zijn de signalen",
 *       https://www.informatiepuntmensenhandel.nl/info-mensenhandel/wat-zijn-de-signalen): earnings to
 *       be handed over, long working days, no own passport, brought with false promises, abuse or
 *       threats, a high debt to the employer, living at the workplace, not knowing one's own address;</li>
 *   <li>the signals list of the Veiligheidshuis Zeeland's care coordination
 *       (https://veiligheidshuiszeeland.nl/zorgcoordinatie-slachtoffers-mensenhandel/signalenlijst-mensenhandel/),
 *       for sexual exploitation: traces of physical violence, signs of being controlled.</li>
 * </ul>
 * Signs that only describe a person's looks, mood or behaviour (those lists have many) are left out on
 * purpose: they would turn a signal into a description of somebody. CoMensha and the Nationaal
 * Rapporteur publish victim registrations and monitors built on these lists, not a list of their own
 * that could be consulted here; adding a category is a contract change and a new enum value.
 */
public enum Indicator {
    CONTROLE_DOOR_DERDEN("Tekenen van controle door anderen: begeleiding of bewaking, een altijd aanwezige "
            + "toezichthouder, geen vrije bewegingsvrijheid."),
    GEEN_BESCHIKKING_OVER_VERDIENSTEN("Geen beschikking over de eigen verdiensten: afdracht van (het grootste "
            + "deel van) de inkomsten, een minimumbedrag per dag, betaling via anderen."),
    GEEN_BESCHIKKING_OVER_DOCUMENTEN("Geen beschikking over de eigen identiteits- of reisdocumenten."),
    SPOREN_VAN_GEWELD("Sporen van lichamelijk geweld of mishandeling."),
    BUITENSPORIGE_WERKTIJDEN("Uitzonderlijk lange werkdagen of werkweken; altijd beschikbaar moeten zijn."),
    WONEN_OP_WERKPLEK("Ongebruikelijke woonsituatie: wonen of overnachten op de werkplek, geen eigen woonruimte."),
    MINDERJARIG_OF_JONG_OGEND("Minderjarig, of ziet er minderjarig uit."),
    ONBEKEND_MET_TAAL_OF_VERBLIJFPLAATS("Spreekt geen gangbare taal, of kent de eigen verblijfplaats of het "
            + "werkadres niet; geïsoleerd van de buitenwereld."),
    SCHULDENLAST("Schuld aan de exploitant of anderen (reis, overnamebedrag, huisvesting) die moet worden "
            + "afbetaald."),
    ANGST_OF_BEDREIGING("Angst, bedreiging of chantage, ook van familie in het land van herkomst."),
    MEDISCHE_ZORG_ONTHOUDEN("Medische hulp wordt onthouden."),
    MISLEIDENDE_WERVING("Met valse beloften geworven; reis, visum of werk door anderen geregeld.");

    private final String omschrijving;

    Indicator(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    /** The category in words (Dutch), as the contract describes it. */
    public String omschrijving() {
        return omschrijving;
    }
}
