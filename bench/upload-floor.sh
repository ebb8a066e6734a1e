#!/usr/bin/env bash
# The framework's own floor for a 3 MB photo upload (issue 18): ../shared/floor's Spring Boot app (the same Spring MVC,
# Tomcat and Spring Security as the product, a session login) with two endpoints added that only read the photo —
# /upload as a multipart form (the photo and three fields) and /raw as the request's body — measured with wrk at 16
# connections, 1 thread, each request a 3 MB phone JPEG (bench/CheckInPhoto.java) with its own trailer (a ring of
# 64, built before the clock starts: bench/upload.lua), and the application's CPU a request from /proc. What no
# check-in can beat on this host: compare with bench/checkins.sh in the same minute. See docs/performance.md ("The
# check-in's photo as the request's body"). RING (64): how many requests are built and sent in turn.
#
#   bench/upload-floor.sh          # DURATION (10s) after a WARMUP (8s), ROUNDS (2) of each
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
BUILD=${UPLOAD_FLOOR_BUILD:-/tmp/helituan-upload-floor}
PORT=${UPLOAD_FLOOR_PORT:-18096}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-8s}
ROUNDS=${ROUNDS:-2}
export PGPASSWORD=${PGPASSWORD:-postgres}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
if [ ! -f "$BUILD/target/baseline-1.jar" ]; then
    rm -rf "$BUILD"; mkdir -p "$BUILD"; cp -r "$ROOT/../shared/floor/pom.xml" "$ROOT/../shared/floor/src" "$BUILD/"
    cat > "$BUILD/src/main/java/baseline/Upload.java" <<'JAVA'
package baseline;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
class Upload {
    @PostMapping("/upload")
    String upload(@RequestParam MultipartFile photo, @RequestParam String latitude) throws IOException {
        byte[] bytes = photo.getBytes();
        if (bytes.length < 1000 || latitude.isEmpty()) {
            throw new IllegalStateException("short: " + bytes.length);
        }
        return "redirect:/checkin";
    }

    @PostMapping("/raw")
    String raw(HttpServletRequest request, @RequestParam String latitude) throws IOException {
        byte[] bytes = request.getInputStream().readAllBytes();
        if (bytes.length < 1000 || latitude.isEmpty()) {
            throw new IllegalStateException("short: " + bytes.length);
        }
        return "redirect:/checkin";
    }
}
JAVA
    # no CSRF token on the two uploads (the floor's pages have no form to take one from); the product checks it
    security="$BUILD/src/main/java/baseline/Baseline.java"
    ignore='.csrf(c -> c.ignoringRequestMatchers("\/upload", "\/raw"))'
    sed -i "s/\.formLogin(Customizer.withDefaults()).build();/.formLogin(Customizer.withDefaults())$ignore.build();/" \
        "$security"
    grep -q ignoringRequestMatchers "$security" || { echo "the floor changed" >&2; exit 2; }
    printf '%s\n' spring.servlet.multipart.max-file-size=200MB spring.servlet.multipart.max-request-size=200MB \
        spring.servlet.multipart.file-size-threshold=1MB >> "$BUILD/src/main/resources/application.properties"
    (cd "$ROOT" && ./mvnw -q -B ${MVN_ARGS:-} -f "$BUILD/pom.xml" -DskipTests package)
fi
psql -q -h 127.0.0.1 -U postgres -tc "select 1 from pg_database where datname='floor'" | grep -q 1 \
    || psql -q -h 127.0.0.1 -U postgres -c "create database floor" >/dev/null
psql -q -h 127.0.0.1 -U postgres -d floor -f "$ROOT/../shared/floor/seed.sql" >/dev/null 2>&1
WORK=$(mktemp -d)
PORT=$PORT BASELINE_DB_URL=jdbc:postgresql://127.0.0.1:5432/floor java -Xmx512m -jar "$BUILD/target/baseline-1.jar" \
    > "$WORK/floor.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$PORT/login" && break; sleep 1; done
jar="$WORK/cookies"
token=$(curl -s -c "$jar" "http://127.0.0.1:$PORT/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' \
    | grep -o 'value="[^"]*"' | sed 's/value="//;s/"//')
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode username=u --data-urlencode password=p \
    --data-urlencode "_csrf=$token" "http://127.0.0.1:$PORT/login"
cookie=$(awk '$6=="JSESSIONID"{print "JSESSIONID="$7}' "$jar" | tail -1)
java "$HERE/CheckInPhoto.java" "$WORK/photo.jpg" 3000000 34.36 107.24 >/dev/null
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); wrk -t1 -c16 -d$DURATION," \
    "$(stat -c %s "$WORK/photo.jpg")-byte photo"
for round in $(seq 1 "$ROUNDS"); do
    for mode in upload raw; do
        COOKIE=$cookie BENCH_PHOTO=$WORK/photo.jpg MODE=$mode wrk -t1 -c16 -d"$WARMUP" -s "$HERE/upload.lua" \
            "http://127.0.0.1:$PORT" >/dev/null
        c0=$(cpu)
        out=$(COOKIE=$cookie BENCH_PHOTO=$WORK/photo.jpg MODE=$mode BENCH_LABEL="floor-$mode" wrk -t1 -c16 \
            -d"$DURATION" -s "$HERE/upload.lua" "http://127.0.0.1:$PORT")
        c1=$(cpu)
        result=$(echo "$out" | grep '^RESULT')
        requests=$(echo "$result" | sed 's/.*requests=\([0-9]*\).*/\1/')
        echo "$result app_cpu_per_request=$(awk -v c=$((c1 - c0)) -v n="$requests" \
            'BEGIN { printf "%.1fms", c * 10 / n }')"
    done
done
