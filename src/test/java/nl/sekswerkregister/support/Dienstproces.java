package nl.sekswerkregister.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of the packaged jar as an operator starts it: the JVM options of deploy/java-opties, an
 * empty working directory, and configuration from the given environment variables only (nothing of
 * the caller's QUARKUS_*, MP_*, SMALLRYE_* or SEKSWERKREGISTER_* settings). Either the service,
 * waited for until ready, or an operator's command, waited for until it exits.
 */
public final class Dienstproces implements AutoCloseable {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    static final Duration STARTTIJD = Duration.ofSeconds(120);

    private final Process proces;
    private final int apiPoort;
    private final int beheerPoort;
    private final Path log;

    private Dienstproces(Process proces, int apiPoort, int beheerPoort, Path log) {
        this.proces = proces;
        this.apiPoort = apiPoort;
        this.beheerPoort = beheerPoort;
        this.log = log;
    }

    /** Starts the service on free ports and waits until it is ready; fails with the log's name if it is not. */
    public static Dienstproces start(Map<String, String> instellingen, Path log) throws Exception {
        return start(instellingen, log, List.of());
    }

    /**
     * As {@link #start(Map, Path)}, with JVM options after those of deploy/java-opties (a later -Xmx wins):
     * DocumentStreamingIT runs the service with a heap smaller than the file it streams.
     */
    public static Dienstproces start(Map<String, String> instellingen, Path log, List<String> javaOpties) throws Exception {
        int api = vrijePoort();
        int beheer = vrijePoort();
        Process proces = bouwer(instellingen, log, Map.of("QUARKUS_HTTP_PORT", String.valueOf(api),
                "QUARKUS_MANAGEMENT_PORT", String.valueOf(beheer)), javaOpties).start();
        // Never leave a service behind, also when the test JVM is stopped halfway.
        Runtime.getRuntime().addShutdownHook(new Thread(proces::destroyForcibly));
        Dienstproces dienst = new Dienstproces(proces, api, beheer, log);
        try {
            dienst.wachtTotGereed();
        } catch (Exception | Error e) {
            dienst.close();
            throw e;
        }
        return dienst;
    }

    /** Runs an operator's command ({@code java -jar quarkus-run.jar <opdracht>}) and returns its exit status. */
    public static int voerUit(Map<String, String> instellingen, Path log, String... opdracht) throws Exception {
        Process proces = bouwer(instellingen, log, Map.of(), List.of(), opdracht).start();
        if (!proces.waitFor(STARTTIJD.toSeconds(), TimeUnit.SECONDS)) {
            proces.destroyForcibly().waitFor();
            throw new IllegalStateException("De opdracht liep na " + STARTTIJD.toSeconds() + " s nog; zie " + log);
        }
        return proces.exitValue();
    }

    /** Starts the service and waits for it to exit, as a service that refuses to start does. */
    public static int startVerwachtWeigering(Map<String, String> instellingen, Path log) throws Exception {
        return voerUit(instellingen, log);
    }

    private static ProcessBuilder bouwer(Map<String, String> instellingen, Path log, Map<String, String> poorten,
                                         List<String> javaOpties, String... argumenten) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " ontbreekt: bouw eerst met ./mvnw package");
        }
        Files.createDirectories(log.toAbsolutePath().getParent());
        Path werk = Files.createTempDirectory("verpakt-werk");
        List<String> opdracht = new ArrayList<>();
        opdracht.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        opdracht.addAll(VerpakteDienst.javaOpties());
        opdracht.addAll(javaOpties);
        opdracht.add("-jar");
        opdracht.add(JAR.toAbsolutePath().toString());
        opdracht.addAll(List.of(argumenten));
        ProcessBuilder bouwer = new ProcessBuilder(opdracht).directory(werk.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> omgeving = bouwer.environment();
        omgeving.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("MP_") || k.startsWith("SMALLRYE_")
                || k.startsWith("SEKSWERKREGISTER_") || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        omgeving.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        omgeving.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        omgeving.put("MALLOC_ARENA_MAX", "2");
        omgeving.putAll(instellingen);
        omgeving.putAll(poorten);
        return bouwer;
    }

    public int apiPoort() {
        return apiPoort;
    }

    public int beheerPoort() {
        return beheerPoort;
    }

    private void wachtTotGereed() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant uiterlijk = Instant.now().plus(STARTTIJD);
        while (Instant.now().isBefore(uiterlijk)) {
            if (!proces.isAlive()) {
                throw new IllegalStateException("De verpakte dienst stopte bij het starten (exit " + proces.exitValue()
                        + "); zie " + log);
            }
            try {
                HttpResponse<Void> antwoord = client.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + beheerPoort + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (antwoord.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("De verpakte dienst was na " + STARTTIJD.toSeconds() + " s niet gereed; zie " + log);
    }

    @Override
    public void close() throws InterruptedException {
        if (proces.isAlive()) {
            proces.destroy();
            if (!proces.waitFor(20, TimeUnit.SECONDS)) {
                proces.destroyForcibly().waitFor();
            }
        }
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
