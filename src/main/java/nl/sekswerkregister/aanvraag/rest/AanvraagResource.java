package nl.sekswerkregister.aanvraag.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.sekswerkregister.aanvraag.service.AanvraagBeeld;
import nl.sekswerkregister.aanvraag.service.AanvraagService;
import nl.sekswerkregister.aanvraag.service.BibobService;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.http.Etag;
import nl.sekswerkregister.common.invoer.Invoerlezer;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.common.probleem.ProbleemException;
import nl.sekswerkregister.idempotentie.Idempotent;

/**
 * The application as a case, a singleton under its licence, and its Bibob investigations. Read by the
 * municipality's licensing officers and the auditor; acted on by the licensing officers (see
 * Dossiertoegang).
 */
@Path(AanvraagResource.PAD)
@Produces(MediaType.APPLICATION_JSON)
public class AanvraagResource {

    static final String PAD = "/api/v1/vergunningen";
    private static final Pattern VERGUNNINGNUMMER = Pattern.compile("GM[0-9]{4}-[0-9]{4}-[0-9]{6}");

    private final AanvraagService aanvragen;
    private final BibobService bibob;
    private final Invoerlezer lezer;

    public AanvraagResource(AanvraagService aanvragen, BibobService bibob, Invoerlezer lezer) {
        this.aanvragen = aanvragen;
        this.bibob = bibob;
        this.lezer = lezer;
    }

    @GET
    @Path("/{vergunningnummer}/aanvraag")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.AUDITOR})
    public Response aanvraag(@PathParam("vergunningnummer") String vergunningnummer) {
        return zaak(aanvragen.lees(nummer(vergunningnummer)));
    }

    @GET
    @Path("/{vergunningnummer}/aanvraag/historie")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.AUDITOR})
    public HistorieDto historie(@PathParam("vergunningnummer") String vergunningnummer) {
        String nummer = nummer(vergunningnummer);
        String zaak = PAD + "/" + nummer + "/aanvraag";
        return new HistorieDto(aanvragen.historie(nummer).stream().map(h -> new HistorieDto.Regel(h.gebeurtenis(),
                h.statusNa(), h.datum(), h.vastgelegdOp(), new HistorieDto.Actor(h.door(), h.rol(), h.organisatie())))
                .toList(), new HistorieDto.Links(new Link(zaak + "/historie"), new Link(zaak)));
    }

    @POST
    @Path("/{vergunningnummer}/aanvraag/onvolledigheden")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    @Idempotent
    public Response onvolledig(@PathParam("vergunningnummer") String vergunningnummer,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               com.fasterxml.jackson.databind.JsonNode body) {
        String nummer = nummer(vergunningnummer);
        OnvolledigheidVerzoek verzoek = lezer.lees(body, OnvolledigheidVerzoek.class)
                .controleer((v, fouten) -> aanvragen.valideer(v.alsGegevens(), fouten)).geldig();
        return zaak(aanvragen.meldOnvolledig(nummer, versie(ifMatch), verzoek.alsGegevens()));
    }

    @POST
    @Path("/{vergunningnummer}/aanvraag/aanvullingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    @Idempotent
    public Response aanvulling(@PathParam("vergunningnummer") String vergunningnummer,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull(message = "body ontbreekt") @Valid AanvullingVerzoek verzoek) {
        return zaak(aanvragen.vulAan(nummer(vergunningnummer), versie(ifMatch), verzoek.aangevuldOp()));
    }

    @POST
    @Path("/{vergunningnummer}/aanvraag/verdagingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    @Idempotent
    public Response verdaging(@PathParam("vergunningnummer") String vergunningnummer,
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @NotNull(message = "body ontbreekt") @Valid VerdagingVerzoek verzoek) {
        return zaak(aanvragen.verdaag(nummer(vergunningnummer), versie(ifMatch), verzoek.alsGegevens()));
    }

    @POST
    @Path("/{vergunningnummer}/aanvraag/bibob-onderzoeken")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    @Idempotent
    public Response startBibob(@PathParam("vergunningnummer") String vergunningnummer,
                               @NotNull(message = "body ontbreekt") @Valid BibobStartVerzoek verzoek) {
        BibobOnderzoekDto dto = BibobOnderzoekDto.van(bibob.start(nummer(vergunningnummer), verzoek.gestartOp()));
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, dto.links().self().href())
                .entity(dto).build();
    }

    @GET
    @Path("/{vergunningnummer}/aanvraag/bibob-onderzoeken")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.AUDITOR})
    public BibobOnderzoekenDto bibobOnderzoeken(@PathParam("vergunningnummer") String vergunningnummer) {
        String nummer = nummer(vergunningnummer);
        String zaak = PAD + "/" + nummer + "/aanvraag";
        return new BibobOnderzoekenDto(bibob.lijst(nummer).stream().map(BibobOnderzoekDto::van).toList(),
                new BibobOnderzoekenDto.Links(new Link(zaak + "/bibob-onderzoeken"), new Link(zaak)));
    }

    @GET
    @Path("/{vergunningnummer}/aanvraag/bibob-onderzoeken/{onderzoekId}")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.AUDITOR})
    public BibobOnderzoekDto bibobOnderzoek(@PathParam("vergunningnummer") String vergunningnummer,
                                            @PathParam("onderzoekId") String onderzoekId) {
        Parameters parameters = parameters(vergunningnummer);
        UUID id = parameters.uuid("onderzoekId", onderzoekId).orElse(null);
        parameters.valideer();
        return BibobOnderzoekDto.van(bibob.lees(vergunningnummer, id));
    }

    @POST
    @Path("/{vergunningnummer}/aanvraag/bibob-onderzoeken/{onderzoekId}/adviesaanvraag")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    @Idempotent
    public Response adviesaanvraag(@PathParam("vergunningnummer") String vergunningnummer,
                                            @PathParam("onderzoekId") String onderzoekId,
                                            @NotNull(message = "body ontbreekt") @Valid AdviesaanvraagVerzoek verzoek) {
        Parameters parameters = parameters(vergunningnummer);
        UUID id = parameters.uuid("onderzoekId", onderzoekId).orElse(null);
        parameters.valideer();
        return Response.ok(BibobOnderzoekDto.van(bibob.vraagAdvies(vergunningnummer, id, verzoek.adviesGevraagdOp())))
                .build();
    }

    @POST
    @Path("/{vergunningnummer}/aanvraag/bibob-onderzoeken/{onderzoekId}/advies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    @Idempotent
    public Response advies(@PathParam("vergunningnummer") String vergunningnummer,
                                    @PathParam("onderzoekId") String onderzoekId,
                                    @NotNull(message = "body ontbreekt") @Valid AdviesVerzoek verzoek) {
        Parameters parameters = parameters(vergunningnummer);
        UUID id = parameters.uuid("onderzoekId", onderzoekId).orElse(null);
        parameters.valideer();
        return Response.ok(BibobOnderzoekDto.van(bibob.legAdviesVast(vergunningnummer, id, verzoek.adviesOntvangenOp(),
                verzoek.mateVanGevaar()))).build();
    }

    private static Response zaak(AanvraagBeeld stand) {
        return Response.ok(AanvraagDto.van(stand)).tag(EntityTag.valueOf(Etag.van(stand.versie()))).build();
    }

    /**
     * An If-Match is optional here (the row lock already serialises two officers); when sent, it must
     * be the case's current ETag, so an officer acting on what they read does not act on what changed.
     */
    private static Long versie(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String waarde = ifMatch.strip();
        if (waarde.matches("\"[0-9]{1,18}\"")) {
            return Long.parseLong(waarde.substring(1, waarde.length() - 1));
        }
        // Anything else names no version of this case: stale by definition.
        ProbleemException.vereisVersie(-1, 0);
        return null;
    }

    private static Parameters parameters(String vergunningnummer) {
        Parameters parameters = new Parameters();
        parameters.patroon("vergunningnummer", vergunningnummer, VERGUNNINGNUMMER, "een vergunningnummer zoals GM0363-2026-000042");
        return parameters;
    }

    private static String nummer(String vergunningnummer) {
        parameters(vergunningnummer).valideer();
        return vergunningnummer;
    }
}
