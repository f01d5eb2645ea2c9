package nl.sekswerkregister.regelset.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.sekswerkregister.regelset.domain.Regels;

/** Rules to and from their stored JSON form. Stored JSON was validated on write, so reading cannot fail. */
@ApplicationScoped
public class RegelsCodec {

    private final ObjectMapper mapper;

    public RegelsCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String json(Regels regels) {
        try {
            return mapper.writeValueAsString(regels);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("regels niet te serialiseren", e);
        }
    }

    public Regels lees(String json) {
        try {
            return mapper.readValue(json, Regels.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("opgeslagen regels onleesbaar", e);
        }
    }
}
