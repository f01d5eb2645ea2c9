package nl.sekswerkregister.common.paginering;

import nl.sekswerkregister.common.invoer.Parameters;

/** A requested page; 1-based. Requests beyond {@code maxPageSize} are refused, never silently capped. */
public record Paginering(int page, int pageSize) {

    public static final int STANDAARD_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    public static Paginering lees(Parameters parameters, String page, String pageSize) {
        return lees(parameters, page, pageSize, MAX_PAGE_SIZE);
    }

    public static Paginering lees(Parameters parameters, String page, String pageSize, int maxPageSize) {
        int p = parameters.geheelGetal("page", page, 1, 1, 1_000_000);
        int s = parameters.geheelGetal("pageSize", pageSize, STANDAARD_PAGE_SIZE, 1, maxPageSize);
        return new Paginering(p, s);
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}
