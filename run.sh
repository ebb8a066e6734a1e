#!/usr/bin/env bash
# Runs 合力团: builds the jar when a source is newer than it, unpacks it and records a class data sharing (CDS)
# archive once per build, then starts the application with that archive. Arguments go to the application, e.g.
#
#   ./run.sh                                   # embedded PostgreSQL in ./data, demo county, http://localhost:8080/
#   ./run.sh --server.port=9090 --helituan.data-dir=/srv/helituan
#   SPRING_DATASOURCE_URL=jdbc:postgresql://db/helituan ./run.sh
#
# Environment: JAVA_OPTS (more JVM options), MVN_ARGS (more Maven options, e.g. -o), JAVA (the java to use).
# Why: the unpacked jar loads its classes from plain jars, and the archive maps the classes of a previous start
# instead of loading and checking them again, which halves the start-up time (docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")"

JAVA=${JAVA:-java}
JAR=app/target/helituan.jar
RUN=app/target/run
ARCHIVE=$RUN/helituan.jsa

if [ ! -f "$JAR" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src db -newer "$JAR" -type f -print -quit)" ]; then
    echo "run.sh: building $JAR"
    # shellcheck disable=SC2086
    ./mvnw -B -q package -DskipTests ${MVN_ARGS:-}
fi

if [ ! -f "$ARCHIVE" ] || [ "$JAR" -nt "$ARCHIVE" ]; then
    echo "run.sh: unpacking $JAR and recording the class archive (once per build, about half a minute)"
    rm -rf "$RUN"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$RUN" >/dev/null
    # A training start on a throwaway embedded database: it stops as soon as the application context is ready and
    # writes the classes it loaded to the archive. The stop skips shutdown hooks, so its PostgreSQL is stopped here.
    training=$(mktemp -d)
    port=$((55000 + RANDOM % 5000))
    env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
        "$JAVA" -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -Dspring.context.exit=onRefresh -jar "$RUN/helituan.jar" \
        --helituan.data-dir="$training" --helituan.embedded-db.port="$port" --helituan.demo-data=false \
        --server.port=0 > "$RUN/training.log" 2>&1 || echo "run.sh: training start failed, see $RUN/training.log"
    if [ -f "$training/pg/postmaster.pid" ]; then
        pg=$(head -1 "$training/pg/postmaster.pid")
        kill -INT "$pg" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pg" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -rf "$training"
fi

# -Xshare:auto: should the archive not fit this JVM, the application starts without it.
# shellcheck disable=SC2086
exec "$JAVA" -XX:SharedArchiveFile="$ARCHIVE" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off ${JAVA_OPTS:-} \
    -jar "$RUN/helituan.jar" "$@"
