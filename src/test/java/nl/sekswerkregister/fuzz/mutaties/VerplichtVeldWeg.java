package nl.sekswerkregister.fuzz.mutaties;

import java.util.ArrayList;
import java.util.List;
import nl.sekswerkregister.fuzz.Plek;
import nl.sekswerkregister.fuzz.Schema;
import nl.sekswerkregister.fuzz.Trekker;
import nl.sekswerkregister.fuzz.Verzoek;

/**
 * Leaves out what the schema requires (blank strings are no stand-in: they are sent by UnicodeRanden),
 * or, where nothing is required, any field; sometimes empties a whole object.
 */
public final class VerplichtVeldWeg implements LichaamMutatie {

    @Override
    public boolean past(Verzoek v) {
        return v.json != null && v.tekst == null && v.bytes == null && !Plek.objecten(v).isEmpty();
    }

    @Override
    public void pasToe(Verzoek v, Trekker t) {
        List<Plek.Objectplek> objecten = Plek.objecten(v);
        List<String[]> verplicht = new ArrayList<>();
        for (int i = 0; i < objecten.size(); i++) {
            for (String naam : Schema.verplicht(objecten.get(i).schema())) {
                if (objecten.get(i).node().has(naam)) {
                    verplicht.add(new String[] {String.valueOf(i), naam});
                }
            }
        }
        if (!verplicht.isEmpty() && !t.kans(1, 5)) {
            String[] keuze = t.kies(verplicht);
            Plek.Objectplek o = objecten.get(Integer.parseInt(keuze[0]));
            o.node().remove(keuze[1]);
            v.lichaamGemuteerd("verplicht veld weg: " + o.naam() + "." + keuze[1]);
        } else if (t.kans(1, 2)) {
            Plek.Objectplek o = t.kies(objecten);
            o.node().removeAll();
            v.lichaamGemuteerd("leeg object " + o.naam());
        } else {
            Plek.Objectplek o = t.kies(objecten.stream().filter(x -> x.node().size() > 0).toList().isEmpty()
                    ? objecten : objecten.stream().filter(x -> x.node().size() > 0).toList());
            List<String> namen = new ArrayList<>();
            o.node().fieldNames().forEachRemaining(namen::add);
            if (namen.isEmpty()) {
                v.lichaamGemuteerd("niets weg te laten in " + o.naam());
                return;
            }
            String naam = t.kies(namen);
            o.node().remove(naam);
            v.lichaamGemuteerd("veld weg: " + o.naam() + "." + naam);
        }
    }
}
