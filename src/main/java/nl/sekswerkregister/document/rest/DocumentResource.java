package nl.sekswerkregister.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.http.GroteBody;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.PaginaDto;
import nl.sekswerkregister.common.paginering.Paginering;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.common.probleem.ProbleemSoort;
import nl.sekswerkregister.document.domain.Bestandssoort;
import nl.sekswerkregister.document.domain.Documentsoort;
import nl.sekswerkregister.document.domain.Vertrouwelijkheid;
import nl.sekswerkregister.document.service.DocumentBeeld;
import nl.sekswerkregister.document.service.DocumentGegevens;
import nl.sekswerkregister.document.service.DocumentService;
import nl.sekswerkregister.document.service.OntvangstBeeld;

/**
 * The documents of a licence's file. The upload is the raw file as the body (no multipart: nothing to
 * buffer, no filename), streamed into the database; see README "Documents".
 *
 * <p>No Idempotency-Key: the idempotency filter fingerprints the body, which here is a stream of up to
 * 64 MiB that must not be held. The operation is idempotent by nature instead: the same content of the
 * same kind on the same licence is stored once, and a repeat answers 200 with the document on file.
 */
@Path(DocumentResource.PAD)
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    static final String PAD = "/api/v1/vergunningen";
    private static final Pattern VERGUNNINGNUMMER = Pattern.compile("GM[0-9]{4}-[0-9]{4}-[0-9]{6}");

    private final DocumentService documenten;

    public DocumentResource(DocumentService documenten) {
        this.documenten = documenten;
    }

    @POST
    @Path("/{vergunningnummer}/documenten")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    public Response ontvang(@PathParam("vergunningnummer") String vergunningnummer, @QueryParam("soort") String soort,
                            @QueryParam("vertrouwelijkheid") String vertrouwelijkheid,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
                            @GroteBody InputStream inhoud) {
        Parameters parameters = new Parameters();
        nummer(parameters, vergunningnummer);
        Documentsoort documentsoort = parameters.keuze("soort", soort, Documentsoort.class).orElse(null);
        if (soort == null) {
            parameters.fout("soort", "verplicht", "Noem de soort document, bijvoorbeeld ONDERNEMINGSPLAN.");
        }
        Vertrouwelijkheid niveau = null;
        if (vertrouwelijkheid != null) {
            niveau = Vertrouwelijkheid.vanCode(vertrouwelijkheid).orElse(null);
            if (niveau == null) {
                parameters.fout("vertrouwelijkheid", "waarde", "Onbekende waarde; toegestaan: " + Arrays.stream(
                        Vertrouwelijkheid.values()).map(Vertrouwelijkheid::code).collect(Collectors.joining(", ")) + ".");
            }
        }
        parameters.valideer();
        String mediatype = contentType == null ? "" : contentType.split(";", 2)[0].trim();
        Bestandssoort geclaimd = Bestandssoort.vanMediatype(mediatype).orElseThrow(() ->
                new ProbleemException(ProbleemSoort.MEDIATYPE_NIET_ONDERSTEUND, "Een document is een PDF, PNG, JPEG of "
                        + "TIFF; stuur het met Content-Type application/pdf, image/png, image/jpeg of image/tiff."));
        OntvangstBeeld ontvangst = documenten.ontvang(vergunningnummer,
                new DocumentGegevens(documentsoort, niveau, geclaimd, lengte(contentLength)), inhoud);
        DocumentDto dto = DocumentDto.van(ontvangst.document());
        if (!ontvangst.nieuw()) {
            return Response.ok(dto).build();
        }
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, dto.links().self().href())
                .entity(dto).build();
    }

    @GET
    @Path("/{vergunningnummer}/documenten")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.AUDITOR})
    public PaginaDto<DocumentDto> lijst(@PathParam("vergunningnummer") String vergunningnummer,
                                        @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
                                        @Context UriInfo uriInfo) {
        Parameters parameters = new Parameters();
        nummer(parameters, vergunningnummer);
        Paginering paginering = Paginering.lees(parameters, page, pageSize);
        parameters.valideer();
        return PaginaDto.van(documenten.lijst(vergunningnummer, paginering).map(DocumentDto::van), uriInfo);
    }

    @GET
    @Path("/{vergunningnummer}/documenten/{documentId}")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.AUDITOR})
    public DocumentDto een(@PathParam("vergunningnummer") String vergunningnummer,
                           @PathParam("documentId") String documentId) {
        return DocumentDto.van(documenten.lees(vergunningnummer, id(vergunningnummer, documentId)));
    }

    /**
     * The content as it was received, with its digest (RFC 9530) so that the client can check it, and
     * as an attachment: a browser must not render an uploaded file in the service's origin.
     */
    @GET
    @Path("/{vergunningnummer}/documenten/{documentId}/inhoud")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    public Response inhoud(@PathParam("vergunningnummer") String vergunningnummer,
                           @PathParam("documentId") String documentId) {
        DocumentBeeld document = documenten.leesVoorInhoud(vergunningnummer, id(vergunningnummer, documentId));
        StreamingOutput inhoud = uit -> documenten.schrijfInhoud(document, uit);
        return Response.ok(inhoud, document.bestandssoort().mediatype())
                .header(HttpHeaders.CONTENT_LENGTH, document.grootte())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(document.sha256()) + ":")
                .header("Content-Disposition", "attachment; filename=\"" + document.id() + "."
                        + document.bestandssoort().extensie() + "\"")
                .build();
    }

    private static void nummer(Parameters parameters, String vergunningnummer) {
        parameters.patroon("vergunningnummer", vergunningnummer, VERGUNNINGNUMMER,
                "een vergunningnummer zoals GM0363-2026-000042");
    }

    private static UUID id(String vergunningnummer, String documentId) {
        Parameters parameters = new Parameters();
        nummer(parameters, vergunningnummer);
        UUID id = parameters.uuid("documentId", documentId).orElse(null);
        parameters.valideer();
        return id;
    }

    private static OptionalLong lengte(String contentLength) {
        try {
            return contentLength == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(contentLength.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
