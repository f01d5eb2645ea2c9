package nl.sekswerkregister.dataverwerking.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.sekswerkregister.common.ondertekening.Ondertekenaar;

/**
 * The public keys this service signs with (checkpoints of the processing log, access reports), for
 * anyone to pin and check signatures with. Public on purpose: a key is no secret, and a witness
 * or a data subject has no account here.
 */
@Path("/api/v1/ondertekensleutels")
@Produces(MediaType.APPLICATION_JSON)
public class OndertekensleutelResource {

    public record OndertekensleutelDto(String sleutelId, String algoritme, String publiekeSleutel, boolean actief) {
    }

    public record OndertekensleutelsDto(List<OndertekensleutelDto> sleutels) {
    }

    private final Ondertekenaar ondertekenaar;

    public OndertekensleutelResource(Ondertekenaar ondertekenaar) {
        this.ondertekenaar = ondertekenaar;
    }

    @GET
    @PermitAll
    public OndertekensleutelsDto sleutels() {
        return new OndertekensleutelsDto(ondertekenaar.bekendeSleutels().entrySet().stream()
                .map(e -> new OndertekensleutelDto(e.getKey(), "Ed25519", e.getValue(), e.getKey().equals(ondertekenaar.sleutelId())))
                .toList());
    }
}
