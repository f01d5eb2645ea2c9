package nl.sekswerkregister.lappendeken.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import nl.sekswerkregister.common.beveiliging.Rol;
import nl.sekswerkregister.common.invoer.Parameters;
import nl.sekswerkregister.lappendeken.service.KadertoetsService;

/**
 * What a municipality's rules would become under a national act: which lapse, which conflict, which
 * may remain, and which licences that touches. Built from public rules and public decisions only, so
 * every reading role may ask it for any municipality, like the conflict analysis.
 */
// The class path of GemeenteResource, for the reason RegelsetResource gives (405 rather than 404).
@Path("/api/v1/gemeenten")
@Produces(MediaType.APPLICATION_JSON)
public class KadertoetsResource {

    private final KadertoetsService service;

    public KadertoetsResource(KadertoetsService service) {
        this.service = service;
    }

    @GET
    @Path("/{gemeenteCode}/kadertoets")
    @RolesAllowed({Rol.VERGUNNINGVERLENER, Rol.HANDHAVER, Rol.BELEIDSMEDEWERKER, Rol.AUDITOR, Rol.LANDELIJK_BEHEERDER})
    public KadertoetsDto toets(@PathParam("gemeenteCode") String gemeenteCode, @QueryParam("kader") String kader,
                               @QueryParam("peildatum") String peildatum) {
        Parameters parameters = new Parameters();
        parameters.gemeenteCode("gemeenteCode", gemeenteCode);
        String kaderCode = parameters.patroon("kader", kader, ConflictResource.KADER, "een kadercode zoals wrs-wetsvoorstel")
                .orElse(null);
        LocalDate datum = parameters.datum("peildatum", peildatum).orElse(null);
        parameters.valideer();
        return KadertoetsDto.van(service.toets(gemeenteCode, datum, kaderCode));
    }
}
