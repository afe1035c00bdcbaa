# The service's container image: a Maven build stage, then a JRE runtime stage that trains an AOT cache and runs as a
# non-root user.
#
#   docker build -t city-indicators .          (or: podman build --runtime runc -t city-indicators .)
#
# The base images are build arguments, so that a mirrored or locally made base can be substituted. To package the
# jar outside the container and only assemble the runtime stage (as scripts/container-smoke.sh does), replace the
# stage `app` by the packaged folder; the build stage is then skipped:
#
#   ./mvnw -B package -DskipTests
#   podman build --build-context app=target/quarkus-app --build-arg RUNTIME_IMAGE=<a base with a JRE 25> -t city-indicators .
# The runtime needs JDK 25 or later for the AOT cache; the build compiles for Java 17 (what CI tests with).
ARG BUILD_IMAGE=docker.io/library/eclipse-temurin:21-jdk
ARG RUNTIME_IMAGE=docker.io/library/eclipse-temurin:25-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /build
# Dependencies first: this layer is reused until the pom or the wrapper change.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
# The tests need PostgreSQL and run in CI (.ci/run), not in the image build.
RUN ./mvnw -B package -Dmaven.test.skip=true

# The packaged application, target/quarkus-app: the only thing the runtime stage takes from the build.
FROM scratch AS app
COPY --from=build /build/target/quarkus-app/ /

FROM ${RUNTIME_IMAGE} AS runtime
WORKDIR /deployments
# Layers from the least to the most often changed: third-party jars, the launcher, the application, generated code.
# Owned by root and read-only to the service's user, which runs with a read-only root filesystem in Kubernetes.
COPY --from=app /lib/boot/ /deployments/lib/boot/
COPY --from=app /lib/main/ /deployments/lib/main/
COPY --from=app /quarkus-run.jar /deployments/
COPY --from=app /app/ /deployments/app/
COPY --from=app /quarkus/ /deployments/quarkus/
# Never the embedded PostgreSQL of a developer's laptop: without QUARKUS_DATASOURCE_JDBC_URL the service fails to start.
# JVM (docs/operations.md, "Memory and startup"): the serial collector (the one the JVM picks itself with one CPU, and the smallest
# footprint; reads do not suffer, see bench/RESULTS.md), a heap of at most half the container's memory limit, so that
# metaspace, code cache, threads and buffers (about 130 MB) fit beside it, a small initial heap that grows only when
# needed, direct memory capped at 96 MB (the response cache keeps at most 64 MB of answers there; without a cap the
# answers it evicted waited for a full collection, up to the heap's size, and a varied read mix reached 704 MB RSS,
# 557 MB with the cap), and the C library's freed memory handed back to the system every 5 s: with the AOT cache the
# idle RSS was 204-217 MB, and trimming the native heap once took it to 188 MB (512 MiB sizing).
# k8s/base/deployment.yaml sets the same JAVA_OPTS.
ENV INDICATORS_EMBEDDED_DATABASE=false \
    QUARKUS_HTTP_HOST=0.0.0.0 \
    QUARKUS_HTTP_PORT=8080 \
    QUARKUS_MANAGEMENT_HOST=0.0.0.0 \
    QUARKUS_MANAGEMENT_PORT=9000 \
    JAVA_OPTS="-Djava.util.logging.manager=org.jboss.logmanager.LogManager -Djava.io.tmpdir=/tmp -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -XX:MaxRAMPercentage=50.0 -XX:InitialRAMPercentage=5.0 -XX:MaxDirectMemorySize=96m -XX:TrimNativeHeapInterval=5000"
# Leyden AOT cache (JDK 25, JEP 483/514/515): the classes of a real run, loaded and linked, with profiles of its hot
# methods, which every start maps instead of loading, verifying and profiling them again: ready in about 1.5 s instead
# of 2.8 s with the JDK 17 and AppCDS this image had (bench/startup.sh). The aot-jar packaging puts every class on the
# JDK's own loaders, the only ones a cache can hold. The training (scripts/aot-train.sh) runs this very JVM and jar on
# the embedded PostgreSQL, in a temporary folder deleted with it, and sends the common reads: a training that only
# boots until the database connection fails leaves the migrations, the import and the request path out, and the start
# takes 2.1 s. Made here rather than in the build stage because a cache only fits the JVM that wrote it and the jars at the
# same paths; a JVM that finds it unfit warns and starts without it. Its temporary files go to the script's own folder,
# and the JVM's perf data file is removed: left in /tmp, owned by root, they would be copied into the container's /tmp
# and keep the service's user from writing there.
COPY scripts/aot-train.sh /deployments/
RUN INDICATORS_EMBEDDED_DATABASE=true /deployments/aot-train.sh java /deployments /deployments/app.aot \
    && rm -rf /tmp/hsperfdata_* && { [ -z "$(ls -A /tmp)" ] || { echo "left in /tmp:"; ls -lA /tmp; exit 1; }; }
# 8080: the API, its documentation and the explorer; 9000: the management interface (health and metrics), which only
# the orchestrator and the monitoring should reach (k8s/base/networkpolicy.yaml)
EXPOSE 8080 9000
# A numeric uid, so that Kubernetes can check runAsNonRoot without an /etc/passwd entry.
USER 185:0
# exec: java is PID 1 and receives SIGTERM, which starts the graceful shutdown.
ENTRYPOINT ["/bin/sh", "-c", "[ -f /deployments/app.aot ] && aot=-XX:AOTCache=/deployments/app.aot; exec java ${aot:-} ${JAVA_OPTS} -jar /deployments/quarkus-run.jar"]
