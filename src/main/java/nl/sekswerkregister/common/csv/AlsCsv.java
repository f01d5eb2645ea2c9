package nl.sekswerkregister.common.csv;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A representation that can also be served as CSV ({@code Accept: text/csv}): the same figures or rows
 * as its JSON, one header line and one line per row. A resource method that returns one and produces
 * both media types needs nothing else; {@link CsvSchrijver} writes it.
 */
public interface AlsCsv {

    /** The header line: column names as the JSON calls the fields. */
    @JsonIgnore
    List<String> csvKolommen();

    /** The rows, each as long as the header. {@code null} is an empty field. */
    @JsonIgnore
    List<List<?>> csvRijen();
}
