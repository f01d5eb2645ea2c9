package nl.sekswerkregister.regelset.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import nl.sekswerkregister.regelset.domain.Kaderregeling;
import nl.sekswerkregister.regelset.domain.Regels;

/** Rules to and from their stored JSON form. Stored JSON was validated on write, so reading cannot fail. */
@ApplicationScoped
public class RegelsCodec {

    private final ObjectMapper mapper;

    public RegelsCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String json(Object regels) {
        try {
            return mapper.writeValueAsString(regels);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("regels niet te serialiseren", e);
        }
    }

    /** A framework's regeling: per rule path, how the framework regulates it. */
    public Map<String, Kaderregeling> regeling(String json) {
        try {
            return mapper.readValue(json, new TypeReference<java.util.LinkedHashMap<String, Kaderregeling>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("opgeslagen kaderregeling onleesbaar", e);
        }
    }

    /** The public sources of a researched version, stored as a JSON array. */
    public List<String> bronnen(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("opgeslagen bronnen onleesbaar", e);
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
