package nl.sekswerkregister.regelset.rest;

import nl.sekswerkregister.common.json.MergePatch;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.idempotentie.Idempotent;
import nl.sekswerkregister.common.http.Etag;
import nl.sekswerkregister.common.invoer.Invoerlezer;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.common.paginering.Link;
import nl.sekswerkregister.regelset.service.RegelsetBeeld;
import nl.sekswerkregister.regelset.service.RegelsetService;

/** A municipality's rule sets: public law, readable by every role; written by its own licensing officers. */
// The same class path as GemeenteResource: with a longer class path of its own, Quarkus REST
// answered a method these paths do not have (DELETE, PUT) with 404 instead of 405.
@Path("/api/v1/gemeenten")
@Produces(MediaType.APPLICATION_JSON)
public class RegelsetResource {

    private static final String REGELSETS = "/{gemeenteCode}/regelsets";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final RegelsetService service;
    private final MergePatch mergePatch;
    private final Invoerlezer lezer;

    public RegelsetResource(RegelsetService service, MergePatch mergePatch, Invoerlezer lezer) {
        this.service = service;
        this.mergePatch = mergePatch;
        this.lezer = lezer;
    }

    @POST
    @Path(REGELSETS)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    @Idempotent
    public Response maak(@PathParam("gemeenteCode") String gemeenteCode, JsonNode body) {
        service.vereisSchrijfbaar(code(gemeenteCode));
        RegelsetVerzoek verzoek = lees(body);
        RegelsetBeeld r = service.maak(code(gemeenteCode), verzoek.alsGegevens());
        RegelsetDto dto = RegelsetDto.van(r);
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, dto.links().self().href())
                .tag(etag(r)).entity(dto).build();
    }

    @GET
    @Path(REGELSETS)
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR, Rol.LANDELIJK_BEHEERDER})
    public RegelsetDto.Lijst lijst(@PathParam("gemeenteCode") String gemeenteCode) {
        String code = code(gemeenteCode);
        return new RegelsetDto.Lijst(service.lijst(code).stream().map(RegelsetDto::van).toList(),
                new RegelsetDto.LijstLinks(new Link(RegelsetDto.pad(code)), new Link("/api/v1/gemeenten/" + code)));
    }

    @GET
    @Path(REGELSETS + "/{versie}")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR, Rol.LANDELIJK_BEHEERDER})
    public Response een(@PathParam("gemeenteCode") String gemeenteCode, @PathParam("versie") String versie) {
        Parameters parameters = new Parameters();
        int v = versie(parameters, versie);
        parameters.gemeenteCode("gemeenteCode", gemeenteCode);
        parameters.valideer();
        RegelsetBeeld r = service.lees(gemeenteCode, v);
        return Response.ok(RegelsetDto.van(r)).tag(etag(r)).build();
    }

    @PATCH
    @Path(REGELSETS + "/{versie}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    public Response wijzig(@PathParam("gemeenteCode") String gemeenteCode, @PathParam("versie") String versie,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        Parameters parameters = new Parameters();
        int v = versie(parameters, versie);
        parameters.gemeenteCode("gemeenteCode", gemeenteCode);
        parameters.valideer();
        RegelsetBeeld huidig = service.leesVoorWijziging(gemeenteCode, v);
        long rijversie = Etag.vereisActueel(ifMatch, huidig.rijversie());
        RegelsetVerzoek nieuw = lees(mergePatch.samengevoegd(RegelsetVerzoek.van(huidig), patch));
        RegelsetBeeld r = service.wijzig(gemeenteCode, v, rijversie, nieuw.alsGegevens());
        return Response.ok(RegelsetDto.van(r)).tag(etag(r)).build();
    }

    /** Publishing is a sub-resource (ADR /core/resource-operations): the draft goes into force. */
    @POST
    @Path(REGELSETS + "/{versie}/publicatie")
    @RolesAllowed(Rol.VERGUNNINGVERLENER)
    @Idempotent
    public Response publiceer(@PathParam("gemeenteCode") String gemeenteCode, @PathParam("versie") String versie) {
        Parameters parameters = new Parameters();
        int v = versie(parameters, versie);
        parameters.gemeenteCode("gemeenteCode", gemeenteCode);
        parameters.valideer();
        RegelsetBeeld r = service.publiceer(gemeenteCode, v);
        return Response.ok(RegelsetDto.van(r)).tag(etag(r)).build();
    }

    /**
     * The body with every problem at once: the form's, and the rules that contradict each other,
     * because the person reading the answer is typing an APV into a form. Read only after the caller is
     * known to be allowed to write these rules; the service checks them again before storing.
     */
    private RegelsetVerzoek lees(JsonNode body) {
        return lezer.lees(body, RegelsetVerzoek.class)
                .controleer((verzoek, fouten) -> service.valideer(verzoek.alsGegevens(), fouten))
                .geldig();
    }

    private static String code(String gemeenteCode) {
        Parameters parameters = new Parameters();
        parameters.gemeenteCode("gemeenteCode", gemeenteCode);
        parameters.valideer();
        return gemeenteCode;
    }

    private static int versie(Parameters parameters, String versie) {
        return parameters.geheelGetal("versie", versie == null ? "x" : versie, 0, 1, 100_000);
    }

    private static EntityTag etag(RegelsetBeeld r) {
        return EntityTag.valueOf(Etag.van(r.rijversie()));
    }
}
