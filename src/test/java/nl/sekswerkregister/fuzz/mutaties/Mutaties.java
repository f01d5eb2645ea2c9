package nl.sekswerkregister.fuzz.mutaties;

import java.util.List;

/** Every kind of mutation the fuzzer knows; a new kind is one class and one line here. */
public final class Mutaties {

    public static final List<Mutatie> ALLE = List.of(
            // on the body's JSON tree
            new VerkeerdType(), new EnormeTekst(), new UnicodeRanden(), new Injectie(), new Getalranden(),
            new Datumranden(), new VerplichtVeldWeg(), new OnbekendVeld(), new PersoonsgegevenInTekst(),
            // on the body's text
            new KapotteJson(),
            // on the request around it
            new VerkeerdContentType(), new VreemdeKopwaarde(), new VreemdePadwaarde(), new VreemdeQuerywaarde(),
            new OnbekendeQuery(), new VreemdeToegang(), new VreemdeMethode(), new VreemdeAccept(),
            new OverbodigeKoppen());

    public static final List<ParameterMutatie> PER_PARAMETER = ALLE.stream()
            .filter(m -> m instanceof ParameterMutatie).map(m -> (ParameterMutatie) m).toList();

    public static final List<Mutatie> OP_HET_LICHAAM = ALLE.stream()
            .filter(m -> m instanceof LichaamMutatie || m.fase() == 2).toList();

    private Mutaties() {
    }
}
