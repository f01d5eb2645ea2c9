package nl.sekswerkregister.regelset.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.gemeente.service.GemeenteService;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;
import nl.sekswerkregister.regelset.domain.Erkenning;
import nl.sekswerkregister.regelset.domain.Gebiedsmaximum;
import nl.sekswerkregister.regelset.domain.Openingstijd;
import nl.sekswerkregister.regelset.domain.Overgangsregeling;
import nl.sekswerkregister.regelset.domain.Regelpaden;
import nl.sekswerkregister.regelset.domain.Regels;
import nl.sekswerkregister.regelset.domain.Registratievorm;
import nl.sekswerkregister.regelset.domain.Stand;

/**
 * What Bean Validation cannot say about a rule set: rules that depend on each other or on the
 * municipalities that exist. Field names are the JSON paths the client sent, and each problem says
 * what to change, because the person reading it is typing an APV into a form. A reason names the
 * other field involved but never repeats a value that was sent (a problem is no place for input).
 */
@ApplicationScoped
public class RegelsValidatie {

    private final GemeenteService gemeenten;

    public RegelsValidatie(GemeenteService gemeenten) {
        this.gemeenten = gemeenten;
    }

    public void controleer(String prefix, Regels regels, Invoerfouten fouten) {
        if (regels == null) {
            return; // absent or unreadable: the form's problem, reported with it
        }
        controleerErkenning(prefix, regels.erkenning(), fouten);
        if (regels.bedrijfstypen() != null) {
            regels.bedrijfstypen().forEach((type, typeRegels) -> {
                String pad = prefix + "bedrijfstypen." + type;
                if (typeRegels == null) {
                    fouten.fout(pad, "verplicht", "Geef regels voor dit bedrijfstype of laat het weg.");
                } else {
                    controleerOpeningstijden(pad, typeRegels, fouten);
                    controleerType(pad, typeRegels, fouten);
                }
            });
        }
        var geldigheid = regels.registratiegeldigheid();
        if (geldigheid != null && (geldigheid.onderLeeftijd() == null) != (geldigheid.maandenOnderLeeftijd() == null)) {
            fouten.fout(prefix + "registratiegeldigheid", "onvolledig",
                    "Geef onderLeeftijd en maandenOnderLeeftijd samen, of geen van beide.");
        }
        controleerRegistratie(prefix, regels, fouten);
        controleerNietGeregeld(prefix, regels, fouten);
        controleerVindplaatsen(prefix, regels, fouten);
        controleerOvergangsregelingen(prefix, regels, fouten);
    }

    private void controleerErkenning(String prefix, Erkenning erkenning, Invoerfouten fouten) {
        if (erkenning == null || erkenning.soort() == null) {
            return;
        }
        List<String> codes = erkenning.gemeenteCodes() == null ? List.of() : erkenning.gemeenteCodes();
        if (erkenning.soort() == Erkenning.Soort.LIJST && codes.isEmpty()) {
            fouten.fout(prefix + "erkenning.gemeenteCodes", "verplicht", "Verplicht bij soort LIJST.");
        }
        if (erkenning.soort() != Erkenning.Soort.LIJST && !codes.isEmpty()) {
            fouten.fout(prefix + "erkenning.gemeenteCodes", "niet-toegestaan", "Alleen bij soort LIJST.");
        }
        List<String> onbekend = gemeenten.onbekend(codes.stream().filter(c -> c != null).toList());
        for (int i = 0; i < codes.size(); i++) {
            if (onbekend.contains(codes.get(i))) {
                fouten.fout(prefix + "erkenning.gemeenteCodes[" + i + "]", "onbekend", "Geen gemeente; zie /api/v1/gemeenten.");
            }
        }
    }

    /**
     * A banned type may say nothing that only applies to operating it: a ban with a cap of 5 or a
     * licence duty cannot both be meant, and the engine would report the same licence twice.
     */
    private static void controleerType(String pad, BedrijfstypeRegels regels, Invoerfouten fouten) {
        if (regels.isVerboden()) {
            String waarom = "Dit bedrijfstype is verboden (toegestaan false); ";
            if (Boolean.TRUE.equals(regels.vergunningplicht())) {
                fouten.fout(pad + ".vergunningplicht", "tegenstrijdig", waarom + "een vergunningplicht voor iets dat "
                        + "niet mag, is tegenstrijdig. Laat vergunningplicht weg, of zet toegestaan op true.");
            }
            if (regels.maximumAantal() != null && regels.maximumAantal() > 0) {
                fouten.fout(pad + ".maximumAantal", "tegenstrijdig", waarom + "een maximum boven 0 is "
                        + "tegenstrijdig. Laat het maximum weg of zet het op 0, of zet toegestaan op true.");
            }
            for (var veld : List.of(Map.entry("openingstijden", regels.openingstijden() != null),
                    Map.entry("nachtopeningToegestaan", Boolean.TRUE.equals(regels.nachtopeningToegestaan())),
                    Map.entry("maximaPerGebied", regels.maximaPerGebied() != null && regels.maximaPerGebied().stream()
                            .anyMatch(m -> m != null && m.aantal() != null && m.aantal() > 0)),
                    Map.entry("aangewezenGebieden", regels.aangewezenGebieden() != null),
                    Map.entry("minimaleAfstandMeters", regels.minimaleAfstandMeters() != null),
                    Map.entry("schaarsteverdeling", regels.schaarsteverdeling() != null),
                    Map.entry("vergunningtermijnJaren", regels.vergunningtermijnJaren() != null))) {
                if (veld.getValue()) {
                    fouten.fout(pad + "." + veld.getKey(), "tegenstrijdig", waarom + veld.getKey()
                            + " geldt alleen voor een toegestaan type. Laat het weg, of zet toegestaan op true.");
                }
            }
        }
        if (regels.maximaPerGebied() == null) {
            return;
        }
        for (int i = 0; i < regels.maximaPerGebied().size(); i++) {
            Gebiedsmaximum maximum = regels.maximaPerGebied().get(i);
            if (maximum == null) {
                continue;
            }
            String veld = pad + ".maximaPerGebied[" + i + "]";
            if (maximum.gebied() == Gebiedsmaximum.Gebied.ZONE && maximum.naam() == null) {
                fouten.fout(veld + ".naam", "verplicht", "Een zone heeft een naam, zoals Nieuwstad.");
            }
            if (maximum.aantal() != null && regels.maximumAantal() != null && maximum.aantal() > regels.maximumAantal()) {
                fouten.fout(veld + ".aantal", "tegenstrijdig", "Het maximum in dit gebied is hoger dan het maximum "
                        + "voor de hele gemeente (maximumAantal van dit bedrijfstype). Verlaag het of verhoog maximumAantal.");
            }
        }
    }

    /** The kind of registration must agree with the duty and the register: they describe one scheme. */
    private static void controleerRegistratie(String prefix, Regels regels, Invoerfouten fouten) {
        Registratievorm vorm = regels.registratievorm();
        if (vorm != null) {
            boolean plicht = Boolean.TRUE.equals(regels.registratieplicht());
            if ((vorm == Registratievorm.GEEN || vorm == Registratievorm.VRIJWILLIG) && plicht) {
                fouten.fout(prefix + "registratievorm", "tegenstrijdig", "Registratievorm " + vorm + " past niet bij "
                        + "registratieplicht true: een plicht vraagt een registratie die niet vrijwillig is.");
            }
            if (vorm == Registratievorm.REGISTER_OP_NAAM && Boolean.FALSE.equals(regels.registerOpNaam())) {
                fouten.fout(prefix + "registerOpNaam", "tegenstrijdig",
                        "Registratievorm REGISTER_OP_NAAM is een register op naam; registerOpNaam kan dan niet false zijn.");
            }
            if (vorm != Registratievorm.REGISTER_OP_NAAM && Boolean.TRUE.equals(regels.registerOpNaam())) {
                fouten.fout(prefix + "registerOpNaam", "tegenstrijdig", "registerOpNaam true past alleen bij "
                        + "registratievorm REGISTER_OP_NAAM, niet bij " + vorm + ".");
            }
        }
        if (regels.intakeDoor() != null && Boolean.FALSE.equals(regels.intakeplicht())) {
            fouten.fout(prefix + "intakeDoor", "tegenstrijdig",
                    "Zonder intakeplicht is er geen intakegesprek om te houden; laat intakeDoor weg of zet intakeplicht op true.");
        }
    }

    private static void controleerNietGeregeld(String prefix, Regels regels, Invoerfouten fouten) {
        if (regels.nietGeregeld() == null) {
            return;
        }
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < regels.nietGeregeld().size(); i++) {
            String pad = regels.nietGeregeld().get(i);
            String veld = prefix + "nietGeregeld[" + i + "]";
            if (pad == null) {
                fouten.fout(veld, "verplicht", "Geef een regelpad, zoals bedrijfstypen.CLUB.maximumAantal.");
            } else if (!Regelpaden.bestaat(pad) && !Regelpaden.isGroep(pad)) {
                fouten.fout(veld, "onbekend", "Geen regelpad van het vocabulaire; voorbeelden: minimumleeftijd, "
                        + "vergunningtermijnJaren, bedrijfstypen.CLUB.maximumAantal, bedrijfstypen.ESCORT.");
            } else if (!gezien.add(pad)) {
                fouten.fout(veld, "dubbel", "Dit regelpad staat al eerder in de lijst.");
            } else {
                for (String gezet : Regelpaden.alle()) {
                    if ((gezet.equals(pad) || gezet.startsWith(pad + ".")) && waarde(regels, gezet)) {
                        fouten.fout(veld, "tegenstrijdig", gezet + " heeft een waarde en kan dus niet ook 'niet geregeld' "
                                + "zijn. Kies één van beide.");
                        break;
                    }
                }
            }
        }
    }

    private static boolean waarde(Regels regels, String pad) {
        return regels.waarde(pad).stand() == Stand.GEZET;
    }

    private static void controleerVindplaatsen(String prefix, Regels regels, Invoerfouten fouten) {
        if (regels.vindplaatsen() == null) {
            return;
        }
        regels.vindplaatsen().forEach((pad, vindplaats) -> {
            String veld = prefix + "vindplaatsen." + pad;
            if (pad == null || !Regelpaden.bestaat(pad)) {
                fouten.fout(veld, "onbekend", "Geen regelpad van het vocabulaire, zoals minimumleeftijd of "
                        + "bedrijfstypen.CLUB.maximumAantal.");
            } else if (vindplaats == null || vindplaats.isLeeg()) {
                fouten.fout(veld, "verplicht", "Geef minstens artikel, cvdr, url of toelichting.");
            } else if (!regels.waarde(pad).isBekend() && !fouten.isOnleesbaar(prefix + pad)) {
                fouten.fout(veld, "geen-regel", "Deze regelset zegt niets over " + pad + "; een vindplaats hoort bij "
                        + "een regel met een waarde of een regel in nietGeregeld.");
            }
        });
    }

    private static void controleerOvergangsregelingen(String prefix, Regels regels, Invoerfouten fouten) {
        List<Overgangsregeling> regelingen = regels.overgangsregelingen();
        if (regelingen == null) {
            return;
        }
        for (int i = 0; i < regelingen.size(); i++) {
            Overgangsregeling regeling = regelingen.get(i);
            if (regeling == null || regeling.regel() == null) {
                continue; // reported by Bean Validation
            }
            String veld = prefix + "overgangsregelingen[" + i + "].regel";
            if (!Regelpaden.bestaat(regeling.regel())) {
                fouten.fout(veld, "onbekend", "Geen regelpad van het vocabulaire, zoals minimumleeftijd.");
            } else if (!regels.waarde(regeling.regel()).isGezet() && !fouten.isOnleesbaar(prefix + regeling.regel())) {
                fouten.fout(veld, "geen-regel", "Een overgangsregeling verzacht een regel met een waarde; "
                        + regeling.regel() + " heeft er geen.");
            }
        }
    }

    private static void controleerOpeningstijden(String pad, BedrijfstypeRegels regels, Invoerfouten fouten) {
        if (regels.openingstijden() == null) {
            return;
        }
        EnumSet<Openingstijd.Dag> gezien = EnumSet.noneOf(Openingstijd.Dag.class);
        for (int i = 0; i < regels.openingstijden().size(); i++) {
            Openingstijd tijd = regels.openingstijden().get(i);
            if (tijd == null || tijd.dag() == null || tijd.open() == null || tijd.sluit() == null) {
                continue; // reported by Bean Validation
            }
            String veld = pad + ".openingstijden[" + i + "]";
            if (!gezien.add(tijd.dag())) {
                fouten.fout(veld + ".dag", "dubbel", "Deze dag staat al eerder in de lijst.");
            }
            if (tijd.overNacht() && !Boolean.TRUE.equals(regels.nachtopeningToegestaan())) {
                fouten.fout(veld + ".sluit", "volgorde",
                        "Sluit op of vóór de opening (na middernacht); dat kan alleen met nachtopeningToegestaan true.");
            }
        }
    }
}
