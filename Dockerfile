# The service's container image: a Maven build stage, then a JRE runtime stage that runs as a non-root user.
#
#   docker build -t city-indicators .          (or: podman build --runtime runc -t city-indicators .)
#
# The base images are build arguments, so that a mirrored or locally made base can be substituted. To package the
# jar outside the container and only assemble the runtime stage (as scripts/container-smoke.sh does), replace the
# stage `app` by the packaged folder; the build stage is then skipped:
#
#   ./mvnw -B package -DskipTests
#   podman build --build-context app=target/quarkus-app --build-arg RUNTIME_IMAGE=<a base with a JRE> -t city-indicators .
ARG BUILD_IMAGE=docker.io/library/eclipse-temurin:21-jdk
ARG RUNTIME_IMAGE=docker.io/library/eclipse-temurin:21-jre

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
# JVM (README "Memory and startup"): the serial collector (the one the JVM picks itself with one CPU, and the smallest
# footprint; reads do not suffer, see bench/RESULTS.md), a heap of at most half the container's memory limit, so that
# metaspace, code cache, threads and buffers (about 130 MB) fit beside it, and a small initial heap that grows only
# when needed: 185-195 MB RSS at idle and about 240 MB during a 1,000,000-row CSV export in a 512 MiB container.
# k8s/base/deployment.yaml sets the same JAVA_OPTS.
ENV INDICATORS_EMBEDDED_DATABASE=false \
    QUARKUS_HTTP_HOST=0.0.0.0 \
    QUARKUS_HTTP_PORT=8080 \
    JAVA_OPTS="-Djava.util.logging.manager=org.jboss.logmanager.LogManager -Djava.io.tmpdir=/tmp -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -XX:MaxRAMPercentage=50.0 -XX:InitialRAMPercentage=5.0"
# Class data sharing (AppCDS): a training start of this very JVM and jar, with no database to reach, loads the classes
# of the boot (Quarkus, Hibernate ORM, Vert.x ...) and stops at the failed connection; the JVM then writes them to an
# archive that every start maps instead of loading and verifying the classes again (about 20 % less CPU until ready,
# bench/RESULTS.md). Made here rather than at build time because an archive only fits the JVM that wrote it. A JVM that
# cannot write one (no base archive) leaves none, and the service starts without it.
# Its temporary files (Vert.x's cache) go to a folder removed afterwards: left in /tmp, owned by root, they would be
# copied into the container's /tmp and keep the service's user from writing there.
RUN training=$(mktemp -d) && INDICATORS_EMBEDDED_DATABASE=false QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:1/none \
    java ${JAVA_OPTS} -Djava.io.tmpdir="$training" -XX:ArchiveClassesAtExit=/deployments/app-cds.jsa \
        -jar /deployments/quarkus-run.jar >/dev/null 2>&1; \
    rm -rf "$training" /tmp/hsperfdata_*; ls -l /deployments/app-cds.jsa || echo "no class data sharing archive: the service starts without one"
EXPOSE 8080
# A numeric uid, so that Kubernetes can check runAsNonRoot without an /etc/passwd entry.
USER 185:0
# exec: java is PID 1 and receives SIGTERM, which starts the graceful shutdown.
ENTRYPOINT ["/bin/sh", "-c", "[ -f /deployments/app-cds.jsa ] && cds=-XX:SharedArchiveFile=/deployments/app-cds.jsa; exec java ${cds:-} ${JAVA_OPTS} -jar /deployments/quarkus-run.jar"]
