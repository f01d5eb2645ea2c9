package nl.sekswerkregister.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bytes exactly as given over a socket to 127.0.0.1, for what no HTTP client sends: malformed
 * escapes, unnormalised paths, control characters in headers, chunked and oversized bodies,
 * invalid UTF-8. Every request asks {@code Connection: close}. Of the answer, the status, the headers
 * and a body with a Content-Length are read (errors come that way); a chunked body is not decoded,
 * and status -1 means the server closed without answering.
 */
final class RauweVerbinding {

    record Antwoord(int status, Map<String, List<String>> koppen, String body) {
        String kop(String naam) {
            List<String> w = koppen.get(naam.toLowerCase(Locale.ROOT));
            return w == null || w.isEmpty() ? null : w.get(0);
        }
    }

    private RauweVerbinding() {
    }

    /** A request from its head (request line and headers, without the blank line) and body bytes. */
    static Antwoord stuur(int poort, String kop, byte[] body) throws IOException {
        ByteArrayOutputStream verzoek = new ByteArrayOutputStream();
        verzoek.writeBytes((kop + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            verzoek.writeBytes(body);
        }
        return stuur(poort, verzoek.toByteArray());
    }

    static Antwoord stuur(int poort, byte[] verzoek) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", poort), 5_000);
            socket.setSoTimeout(15_000);
            OutputStream uit = socket.getOutputStream();
            try {
                uit.write(verzoek);
                uit.flush();
            } catch (SocketException e) {
                // The server may answer (413) and close before it has read everything: read what it said.
            }
            return lees(socket.getInputStream());
        }
    }

    private static Antwoord lees(InputStream in) throws IOException {
        ByteArrayOutputStream gelezen = new ByteArrayOutputStream();
        int einde = -1;
        byte[] buffer = new byte[8192];
        while (einde < 0) {
            int n = leesDeel(in, buffer, gelezen);
            einde = gelezen.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
            if (n < 0 && einde < 0) {
                return new Antwoord(-1, Map.of(), gelezen.toString(StandardCharsets.ISO_8859_1));
            }
        }
        byte[] alles = gelezen.toByteArray();
        String[] regels = new String(alles, 0, einde, StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, List<String>> koppen = new LinkedHashMap<>();
        for (int i = 1; i < regels.length; i++) {
            int dp = regels[i].indexOf(':');
            if (dp > 0) {
                koppen.computeIfAbsent(regels[i].substring(0, dp).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(regels[i].substring(dp + 1).trim());
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(alles, einde + 4, alles.length - einde - 4);
        List<String> lengte = koppen.get("content-length");
        if (lengte != null) {
            int n = Integer.parseInt(lengte.get(0));
            while (body.size() < n && leesDeel(in, buffer, body) >= 0) {
                // until the whole body is there
            }
        }
        return new Antwoord(Integer.parseInt(regels[0].split(" ")[1]), koppen, body.toString(StandardCharsets.UTF_8));
    }

    private static int leesDeel(InputStream in, byte[] buffer, ByteArrayOutputStream uit) throws IOException {
        int n;
        try {
            n = in.read(buffer);
        } catch (SocketException | SocketTimeoutException e) {
            return -1;
        }
        if (n > 0) {
            uit.write(buffer, 0, n);
        }
        return n;
    }
}
