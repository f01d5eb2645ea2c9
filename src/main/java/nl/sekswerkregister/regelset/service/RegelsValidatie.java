package nl.sekswerkregister.regelset.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import nl.sekswerkregister.common.invoer.Invoerfouten;
import nl.sekswerkregister.gemeente.service.GemeenteService;
import nl.sekswerkregister.regelset.domain.BedrijfstypeRegels;
import nl.sekswerkregister.regelset.domain.Erkenning;
import nl.sekswerkregister.regelset.domain.Openingstijd;
import nl.sekswerkregister.regelset.domain.Regels;

/**
 * What Bean Validation cannot say about a rule set: rules that depend on each other or on the
 * municipalities that exist. Field names are the JSON paths the client sent.
 */
@ApplicationScoped
public class RegelsValidatie {

    private final GemeenteService gemeenten;

    public RegelsValidatie(GemeenteService gemeenten) {
        this.gemeenten = gemeenten;
    }

    public void controleer(String prefix, Regels regels, Invoerfouten fouten) {
        Erkenning erkenning = regels.erkenning();
        if (erkenning != null) {
            List<String> codes = erkenning.gemeenteCodes() == null ? List.of() : erkenning.gemeenteCodes();
            if (erkenning.soort() == Erkenning.Soort.LIJST && codes.isEmpty()) {
                fouten.fout(prefix + "erkenning.gemeenteCodes", "verplicht", "Verplicht bij soort LIJST.");
            }
            if (erkenning.soort() != Erkenning.Soort.LIJST && !codes.isEmpty()) {
                fouten.fout(prefix + "erkenning.gemeenteCodes", "niet-toegestaan", "Alleen bij soort LIJST.");
            }
            List<String> onbekend = gemeenten.onbekend(codes);
            for (int i = 0; i < codes.size(); i++) {
                if (onbekend.contains(codes.get(i))) {
                    fouten.fout(prefix + "erkenning.gemeenteCodes[" + i + "]", "onbekend", "Geen gemeente; zie /api/v1/gemeenten.");
                }
            }
        }
        if (regels.bedrijfstypen() != null) {
            regels.bedrijfstypen().forEach((type, typeRegels) -> {
                String pad = prefix + "bedrijfstypen." + type;
                if (typeRegels == null) {
                    fouten.fout(pad, "verplicht", "Geef regels voor dit bedrijfstype of laat het weg.");
                } else {
                    controleerOpeningstijden(pad, typeRegels, fouten);
                }
            });
        }
        var geldigheid = regels.registratiegeldigheid();
        if (geldigheid != null && (geldigheid.onderLeeftijd() == null) != (geldigheid.maandenOnderLeeftijd() == null)) {
            fouten.fout(prefix + "registratiegeldigheid", "onvolledig",
                    "Geef onderLeeftijd en maandenOnderLeeftijd samen, of geen van beide.");
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
