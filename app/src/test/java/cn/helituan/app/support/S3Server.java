package cn.helituan.app.support;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * A real S3 HTTP server for a test: MinIO (Testcontainers) where a Docker engine answers, else Adobe's S3Mock started
 * as a process of its own from the jar Maven copied to {@code target/s3mock/s3mock.jar} (it brings its own Spring
 * Boot 3.5, which would clash with ours on the test classpath), on a free port among 18330–18339. Same API either way;
 * the client is the application's own.
 */
public final class S3Server implements AutoCloseable {

    public static final String ACCESS_KEY = "helituantest";
    public static final String SECRET_KEY = "helituan-test-secret";

    private final String endpoint;
    private final String kind;
    private final AutoCloseable stop;

    private S3Server(String endpoint, String kind, AutoCloseable stop) {
        this.endpoint = endpoint;
        this.kind = kind;
        this.stop = stop;
    }

    public String endpoint() {
        return endpoint;
    }

    /** "MinIO", "S3Mock" or "S3Proxy". */
    public String kind() {
        return kind;
    }

    public static S3Server start() throws Exception {
        if (docker()) {
            GenericContainer<?> minio = new GenericContainer<>("minio/minio:RELEASE.2025-04-22T22-12-26Z")
                    .withCommand("server", "/data")
                    .withEnv("MINIO_ROOT_USER", ACCESS_KEY)
                    .withEnv("MINIO_ROOT_PASSWORD", SECRET_KEY)
                    .withExposedPorts(9000)
                    .waitingFor(Wait.forHttp("/minio/health/ready").forPort(9000));
            minio.start();
            return new S3Server("http://" + minio.getHost() + ":" + minio.getMappedPort(9000), "MinIO", minio::stop);
        }
        File jar = new File("target/s3mock/s3mock.jar");
        if (!jar.isFile()) {
            throw new IllegalStateException("no Docker engine and no " + jar.getAbsolutePath()
                    + " (Maven's generate-test-resources copies it)");
        }
        int http = freePort(0);
        int https = freePort(http);
        Path root = Files.createTempDirectory("s3mock");
        Path logFile = root.resolve("s3mock.log");
        Process process = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx512m", "-jar", jar.getAbsolutePath(),
                "--com.adobe.testing.s3mock.httpPort=" + http, "--server.port=" + https,
                "--com.adobe.testing.s3mock.store.root=" + root.resolve("data"))
                .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        // gone with the test's JVM, however that ends
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        String endpoint = "http://127.0.0.1:" + http;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!answers(endpoint)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("S3Mock did not start: " + Files.readString(logFile));
            }
            Thread.sleep(250);
        }
        return new S3Server(endpoint, "S3Mock", () -> {
            process.destroy();
            process.waitFor();
        });
    }

    /**
     * Andrew Gaul's S3Proxy over its file-system store (jclouds' {@code filesystem}: an object a file, its metadata in
     * the file's extended attributes), started as a process from the jar Maven copied to
     * {@code target/s3proxy/s3proxy.jar}: a real S3 HTTP server whose writes cost the same however many objects the
     * bucket already holds, which S3Mock's do not — so the 10,000-photo round trip runs without a Docker engine.
     */
    public static S3Server startS3Proxy() throws Exception {
        File jar = new File("target/s3proxy/s3proxy.jar");
        if (!jar.isFile()) {
            throw new IllegalStateException("no " + jar.getAbsolutePath()
                    + " (Maven's generate-test-resources copies it)");
        }
        int port = freePort(0);
        Path root = Files.createTempDirectory("s3proxy");
        Files.createDirectories(root.resolve("data"));
        Path properties = root.resolve("s3proxy.conf");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + root.resolve("data"), ""));
        Path logFile = root.resolve("s3proxy.log");
        Process process = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx256m", "-jar",
                jar.getAbsolutePath(), "--properties", properties.toString())
                .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        String endpoint = "http://127.0.0.1:" + port;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        // an anonymous request is refused (403) once it listens
        while (status(endpoint) != 403) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("S3Proxy did not start: " + Files.readString(logFile));
            }
            Thread.sleep(250);
        }
        return new S3Server(endpoint, "S3Proxy", () -> {
            process.destroy();
            process.waitFor();
            // its objects: one file each (10,000 and more for the round trip)
            try (var files = Files.walk(root)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        });
    }

    @Override
    public void close() throws Exception {
        stop.close();
    }

    private static boolean docker() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean answers(String endpoint) {
        return status(endpoint) == 200;
    }

    /** The HTTP status of a plain GET of the root, or -1 while nothing listens. */
    private static int status(String endpoint) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(endpoint + "/").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static int freePort(int taken) throws IOException {
        for (int port = 18330; port <= 18339; port++) {
            if (port == taken) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port)) {
                return port;
            } catch (IOException inUse) {
                // next
            }
        }
        throw new IOException("no free port among 18330-18339");
    }
}
