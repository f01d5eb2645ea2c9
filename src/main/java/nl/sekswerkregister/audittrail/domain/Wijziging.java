package nl.sekswerkregister.audittrail.domain;

/**
 * One changed field: its dotted path ({@code correspondentieadres.straatnaam}) and its old and new value
 * as plain JSON values (text, number, boolean or a list of them; null when absent: no old value on
 * creation, none new when removed). A field that is personal
 * data carries no values at all, only the mark: the trail says that it changed, never from what to what.
 */
public record Wijziging(String veld, Object oud, Object nieuw, boolean persoonsgegeven) {

    public Wijziging {
        if (persoonsgegeven && (oud != null || nieuw != null)) {
            throw new IllegalArgumentException("een persoonsgegeven gaat zonder waarden in de audittrail");
        }
    }

    public static Wijziging persoonsgegeven(String veld) {
        return new Wijziging(veld, null, null, true);
    }
}
