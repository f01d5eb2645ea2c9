// A webhook receiver for deploy/integratie.sh (no Python on the CI machines: run with `java Ontvanger.java`).
//
//   java Ontvanger.java ontvang <port> <file> [delay ms] [fail one in n]
//       Listens on 127.0.0.1:<port>, path /hooks/. Every request is held <delay ms> (so that deliveries are in
//       flight when the script kills an instance), then answered 204, or 500 on the first attempt of about one
//       event in <n> (so that retries happen). Appends one line per request to <file>, when it has answered:
//       <seq>\t<webhook-id>\t<webhook-timestamp>\t<webhook-signature>\t<status>\t<base64 body>
//       and "<seq>" to <file>.begonnen the moment a request arrives.
//
//   java Ontvanger.java controleer <file> <secret> <expected>
//       <expected>: "<id>\t<volgnummer>\t<subject>" per event the service says it delivered to the subscription.
//       Checks: every signature verifies (Standard Webhooks) and names the body's id; the received ids are
//       exactly the expected ones; per subject, event n+1 first arrived after event n was first answered 2xx.
//       Prints one line per problem and a summary; exits 1 when there is a problem.
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class Ontvanger {

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("ontvang")) {
            ontvang(Integer.parseInt(args[1]), Path.of(args[2]), args.length > 3 ? Long.parseLong(args[3]) : 0,
                    args.length > 4 ? Integer.parseInt(args[4]) : 0);
        } else if (args.length == 4 && args[0].equals("controleer")) {
            System.exit(controleer(Path.of(args[1]), args[2], Path.of(args[3])) ? 0 : 1);
        } else {
            System.err.println("gebruik: ontvang <port> <file> [delay ms] [fail one in n] | controleer <file> <secret> <expected>");
            System.exit(2);
        }
    }

    static void ontvang(int poort, Path bestand, long vertraging, int eenOp) throws IOException {
        AtomicLong teller = new AtomicLong();
        Set<String> eerderGezien = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Path begonnen = Path.of(bestand + ".begonnen");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), poort), 100);
        server.createContext("/hooks/", uitwisseling -> {
            try (uitwisseling) {
                long seq = teller.incrementAndGet();
                schrijf(begonnen, seq + "\n");
                byte[] body = uitwisseling.getRequestBody().readAllBytes();
                String id = kop(uitwisseling.getRequestHeaders().getFirst("webhook-id"));
                if (vertraging > 0) {
                    try {
                        Thread.sleep(vertraging);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                // The first attempt of about one event in n fails, deterministically by its id.
                boolean falen = eenOp > 0 && Math.floorMod(id.hashCode(), eenOp) == 0 && eerderGezien.add(id);
                int status = falen ? 500 : 204;
                schrijf(bestand, seq + "\t" + id + "\t" + kop(uitwisseling.getRequestHeaders().getFirst("webhook-timestamp"))
                        + "\t" + kop(uitwisseling.getRequestHeaders().getFirst("webhook-signature")) + "\t" + status + "\t"
                        + Base64.getEncoder().encodeToString(body) + "\n");
                uitwisseling.sendResponseHeaders(status, -1);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.start();
        System.out.println("ontvanger op http://127.0.0.1:" + poort + "/hooks/");
    }

    private static String kop(String waarde) {
        return waarde == null ? "-" : waarde;
    }

    private static synchronized void schrijf(Path bestand, String regel) throws IOException {
        Files.writeString(bestand, regel, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    record Verzoek(long seq, String id, String tijdstempel, String handtekening, int status, byte[] body) {
    }

    static boolean controleer(Path bestand, String geheim, Path verwacht) throws Exception {
        List<String> problemen = new ArrayList<>();
        List<Verzoek> verzoeken = new ArrayList<>();
        for (String regel : Files.readAllLines(bestand)) {
            String[] v = regel.split("\t", -1);
            verzoeken.add(new Verzoek(Long.parseLong(v[0]), v[1], v[2], v[3], Integer.parseInt(v[4]),
                    Base64.getDecoder().decode(v[5])));
        }
        byte[] sleutel = Base64.getDecoder().decode(geheim.substring("whsec_".length()));
        Pattern idInBody = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
        int ongeldig = 0;
        for (Verzoek v : verzoeken) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            mac.update((v.id() + "." + v.tijdstempel() + ".").getBytes(StandardCharsets.UTF_8));
            byte[] verwachteHandtekening = ("v1," + Base64.getEncoder().encodeToString(mac.doFinal(v.body())))
                    .getBytes(StandardCharsets.UTF_8);
            Matcher m = idInBody.matcher(new String(v.body(), StandardCharsets.UTF_8));
            if (!MessageDigest.isEqual(verwachteHandtekening, v.handtekening().getBytes(StandardCharsets.UTF_8))) {
                ongeldig++;
                problemen.add("handtekening klopt niet bij verzoek " + v.seq() + " (" + v.id() + ")");
            } else if (!m.find() || !m.group(1).equals(v.id())) {
                problemen.add("webhook-id " + v.id() + " is niet het id in de body (verzoek " + v.seq() + ")");
            }
        }
        // Expected: id -> (volgnummer, subject).
        Map<String, Long> volgnummer = new HashMap<>();
        Map<String, TreeMap<Long, String>> perOnderwerp = new HashMap<>();
        for (String regel : Files.readAllLines(verwacht)) {
            if (regel.isBlank()) {
                continue;
            }
            String[] v = regel.split("\t", -1);
            volgnummer.put(v[0], Long.parseLong(v[1]));
            perOnderwerp.computeIfAbsent(v[2], k -> new TreeMap<>()).put(Long.parseLong(v[1]), v[0]);
        }
        Map<String, Long> eersteOntvangst = new HashMap<>();
        Map<String, Long> eersteAanvaard = new HashMap<>();
        for (Verzoek v : verzoeken) {
            eersteOntvangst.merge(v.id(), v.seq(), Math::min);
            if (v.status() / 100 == 2) {
                eersteAanvaard.merge(v.id(), v.seq(), Math::min);
            }
        }
        Set<String> ontbreekt = new HashSet<>(volgnummer.keySet());
        ontbreekt.removeAll(eersteAanvaard.keySet());
        Set<String> onbekend = new HashSet<>(eersteOntvangst.keySet());
        onbekend.removeAll(volgnummer.keySet());
        ontbreekt.forEach(id -> problemen.add("nooit (met 2xx) ontvangen: " + id));
        onbekend.forEach(id -> problemen.add("ontvangen maar nooit gelegd of voor dit abonnement: " + id));
        int volgorde = 0;
        for (Map.Entry<String, TreeMap<Long, String>> o : perOnderwerp.entrySet()) {
            String vorige = null;
            for (String id : o.getValue().values()) {
                if (vorige != null && eersteAanvaard.containsKey(vorige) && eersteOntvangst.containsKey(id)
                        && eersteOntvangst.get(id) < eersteAanvaard.get(vorige)) {
                    volgorde++;
                    problemen.add("volgorde: " + id + " van onderwerp " + o.getKey() + " kwam (verzoek "
                            + eersteOntvangst.get(id) + ") voordat " + vorige + " was aanvaard (verzoek " + eersteAanvaard.get(vorige) + ")");
                }
                vorige = id;
            }
        }
        long dubbel = verzoeken.size() - eersteOntvangst.size();
        try (PrintWriter uit = new PrintWriter(System.out, true)) {
            problemen.forEach(p -> uit.println("PROBLEEM " + p));
            uit.printf("%d verzoeken, %d gebeurtenissen (%d verwacht), %d herhaald, %d onderwerpen, %d handtekeningen ongeldig, "
                    + "%d keer volgorde geschonden%n", verzoeken.size(), eersteOntvangst.size(), volgnummer.size(), dubbel,
                    perOnderwerp.size(), ongeldig, volgorde);
        }
        return problemen.isEmpty();
    }
}
