package nl.sekswerkregister.common.probleem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details with the NL API Design Rules' {@code invalidParams} extension. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Probleem(String type, String title, int status, String detail, String instance, String code,
                       List<OngeldigeParameter> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Probleem van(ProbleemSoort soort, String detail, String requestId, List<OngeldigeParameter> fouten) {
        return new Probleem(soort.type(), soort.titel(), soort.status(), detail,
                requestId == null ? null : "urn:uuid:" + requestId, soort.code(), fouten);
    }
}
