package nl.sekswerkregister.document.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Size limits of documents (README "Documents"). */
@ConfigMapping(prefix = "sekswerkregister.documenten")
public interface DocumentConfig {

    /**
     * The largest document of each kind, in bytes, by the kind's name:
     * {@code sekswerkregister.documenten.max-bytes.VOG=8388608}. A kind not named gets 64 MiB, room for
     * a scanned business plan of a hundred pages. Must stay below quarkus.http.limits.max-body-size,
     * the transport's hard limit.
     */
    @WithDefault("67108864")
    Map<String, Long> maxBytes();
}
