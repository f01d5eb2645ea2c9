package nl.sekswerkregister.regelset.domain;

/** One rule value with its state; {@code waarde} is set only in state GEZET. */
public record Regelwaarde(Stand stand, Object waarde) {

    public static final Regelwaarde ONBEKEND = new Regelwaarde(Stand.ONBEKEND, null);
    public static final Regelwaarde NIET_GEREGELD = new Regelwaarde(Stand.NIET_GEREGELD, null);

    public boolean isBekend() {
        return stand.isBekend();
    }

    public boolean isGezet() {
        return stand == Stand.GEZET;
    }

    /** True only for a rule set to true: an unknown or unregulated duty is no duty that is known to exist. */
    public boolean isWaar() {
        return Boolean.TRUE.equals(waarde);
    }

    /** A known absence: explicitly false, or decided not to regulate. */
    public boolean isBekendNee() {
        return stand == Stand.NIET_GEREGELD || Boolean.FALSE.equals(waarde);
    }
}
