#!/usr/bin/env bash
# Executes every notebook in notebooks/ against a freshly started Rapport with the demo data and simulated
# activity; exits non-zero if any cell fails. Needs the packaged jar (./mvnw package) and Debian's
# jupyter-nbconvert python3-ipykernel python3-matplotlib python3-pandas python3-requests.
#   notebooks/run-notebooks.sh            (env: RAPPORT_JAR, SIMULATE_DAYS, NOTEBOOK_OUT)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${RAPPORT_JAR:-target/rapport.jar}
DAYS=${SIMULATE_DAYS:-10}
OUT=${NOTEBOOK_OUT:-target/notebooks}
[ -f "$JAR" ] || { echo "run-notebooks: $JAR missing; run ./mvnw package first" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/rapport-notebooks.XXXXXX")
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
data=(--rapport.data-dir="$work/data" --rapport.bolt-port=0)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# simulate runs in its own process on the same data dir before the service starts (one embedded store,
# one process at a time); --rapport.demo=true loads the demo graph into the empty store first.
echo "== demo data + train"
# A promoted model first, so the experiment's learned arm is served by it (without one it falls back to the formula).
java -jar "$JAR" train --no-progress --rapport.demo=true --rapport.import.progress=false "${data[@]}"
echo "== simulate --days $DAYS --experiment formula:0.5,learned:0.5"
# With a ranker experiment, so notebooks/experiments.ipynb has arms to compare.
java -jar "$JAR" simulate --days "$DAYS" --seed 1 --no-progress --experiment formula:0.5,learned:0.5 --experiment-name notebook-demo \
  --rapport.demo=true --rapport.import.progress=false "${data[@]}"

echo "== starting the service on port $port"
java -jar "$JAR" "${data[@]}" --server.port="$port" >"$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  if curl -fsS "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "run-notebooks: the service stopped during start:" >&2
    tail -50 "$work/service.log" >&2
    exit 1
  fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/actuator/health" >/dev/null || { echo "run-notebooks: service not healthy after 600 s" >&2; tail -50 "$work/service.log" >&2; exit 1; }

RAPPORT_TOKEN=$(java -jar "$JAR" token --member notebook-analyst --role ANALYST "${data[@]}" | tail -n 1)
export RAPPORT_TOKEN RAPPORT_URL="http://127.0.0.1:$port"
mkdir -p "$OUT"
for notebook in notebooks/*.ipynb; do
  echo "== executing $notebook"
  jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 --output-dir "$OUT" "$notebook"
done
echo "== all notebooks ran; executed copies in $OUT"
