#!/usr/bin/env bash
# The web under load (issue 20, item 5): the procedure list, a published procedure's public page and the public
# monitor, each at 100 concurrent connections for about 20 s with autocannon, against the Release build of the app on a
# fresh database with the demo data. Prints per page p50/p99/max latency, requests/s, non-2xx answers and errors, and
# whether the target (p99 <= 50 ms, no error) is met. Stops the app (and drops its PostgreSQL database) at the end.
#
#   bench/web-last.sh sqlite
#   bench/web-last.sh postgres "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"
#
# Optional: ZI_WEB_DUUR (seconds per page, 20), ZI_WEB_VERBINDINGEN (100), ZI_WEB_POORT (5099),
# ZI_WEB_OPWARMEN (seconds of warm-up per page, 5), ZI_WEB_BEWAAR=1 keeps the data folder and the app's log.
# Needs dotnet, node/npx (autocannon 9.0.0 comes from npm), curl, and psql for postgres. Only 127.0.0.1 is loaded.
set -euo pipefail
cd "$(dirname "$0")/.."

provider=${1:-sqlite}
duur=${ZI_WEB_DUUR:-20}
verbindingen=${ZI_WEB_VERBINDINGEN:-100}
poort=${ZI_WEB_POORT:-5099}
opwarmen=${ZI_WEB_OPWARMEN:-5}
basis="http://127.0.0.1:$poort"
autocannon=(npx --yes autocannon@9.0.0)

case "$provider" in
    sqlite) ;;
    postgres)
        server=${2:-${ZORGINKOOP_TEST_POSTGRES:-}}
        [ -n "$server" ] || { echo "Geef de connection string van de PostgreSQL-server: bench/web-last.sh postgres \"Host=...;Port=...;Username=...;Database=postgres\"" >&2; exit 2; }
        command -v psql >/dev/null || { echo "psql ontbreekt (apt-get install postgresql-client)" >&2; exit 2; }
        ;;
    *) echo "gebruik: bench/web-last.sh sqlite | postgres \"<connection string>\"" >&2; exit 2 ;;
esac

if curl -s -o /dev/null "$basis/"; then
    echo "Poort $poort is al in gebruik; kies een andere met ZI_WEB_POORT." >&2
    exit 2
fi

echo "== dotnet build src/Zorginkoop.Web -c Release" >&2
dotnet build src/Zorginkoop.Web -c Release -nologo -v q >&2
dll=src/Zorginkoop.Web/bin/Release/net10.0/Zorginkoop.Web.dll

map=$(mktemp -d /tmp/zi-web-last.XXXXXX)
app_pid=
pg_db=

# A value of the server's connection string (Host, Port, Username, Password), case-insensitive.
pg_waarde() {
    local sleutel=$1 deel
    IFS=';' read -ra delen <<<"$server"
    for deel in "${delen[@]}"; do
        if [ "$(echo "${deel%%=*}" | tr -d ' ' | tr '[:upper:]' '[:lower:]')" = "$sleutel" ]; then
            echo "${deel#*=}"
            return
        fi
    done
}

psql_beheer() {
    PGHOST=$(pg_waarde host) PGPORT=$(pg_waarde port) PGUSER=$(pg_waarde username) PGPASSWORD=$(pg_waarde password) \
        PGDATABASE=$(pg_waarde database) psql -v ON_ERROR_STOP=1 -q -c "$1"
}

opruimen() {
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid"
        wait "$app_pid" 2>/dev/null || true
    fi
    if [ -n "$pg_db" ]; then
        psql_beheer "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" || true
    fi
    if [ "${ZI_WEB_BEWAAR:-}" = "1" ]; then
        echo "bewaard: $map (log: $map/app.log)" >&2
    else
        rm -rf "$map"
    fi
}
trap opruimen EXIT

export ASPNETCORE_ENVIRONMENT=Production
export ASPNETCORE_URLS=$basis
export Zorginkoop__DataMap=$map
export Zorginkoop__DemoDataLaden=true
export Zorginkoop__DemoAccounts=false
export Audit__Sleutel=$(head -c 32 /dev/urandom | base64)
export Zorgdata__PseudoniemSleutel=$(head -c 32 /dev/urandom | base64)
export Database__Provider=$provider
if [ "$provider" = postgres ]; then
    pg_db=zi_web_last_$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')
    psql_beheer "CREATE DATABASE $pg_db"
    # The server's connection string with the new database in place of its own.
    export ConnectionStrings__Zorginkoop="$(echo "$server" | sed -E 's/(^|;)[[:space:]]*[Dd]atabase[[:space:]]*=[^;]*//g');Database=$pg_db"
else
    export ConnectionStrings__Zorginkoop="Data Source=$map/zorginkoop.db"
fi

echo "== Zorginkoop.Web ($provider, Production, demo data) on $basis, data in $map" >&2
start=$SECONDS
# The project folder as content root, as `dotnet run` has it: its appsettings.json (log levels: without it every SQL
# command is logged, which cost more than half the time of a request) and wwwroot.
dotnet "$dll" --contentRoot "$PWD/src/Zorginkoop.Web" >"$map/app.log" 2>&1 &
app_pid=$!
until curl -fs -o /dev/null "$basis/health"; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "De app is gestopt:" >&2
        tail -n 30 "$map/app.log" >&2
        exit 1
    fi
    if [ $((SECONDS - start)) -gt 300 ]; then
        echo "De app antwoordt na 300 s nog niet op /health." >&2
        exit 1
    fi
    sleep 0.5
done
echo "   antwoordt na $((SECONDS - start)) s" >&2

# A published procedure's public page: of the procedures the public list shows (concepts are not public), the one
# whose page is largest, the most work to render.
ids=$(curl -fsS "$basis/aanbestedingen" | grep -oE 'href="/aanbestedingen/[0-9]+"' | grep -oE '[0-9]+' | sort -un || true)
[ -n "$ids" ] || { echo "Geen gepubliceerde aanbesteding gevonden op /aanbestedingen." >&2; exit 1; }
grootste=
grootte=0
for id in $ids; do
    n=$(curl -fsS "$basis/aanbestedingen/$id" | wc -c)
    if [ "$n" -gt "$grootte" ]; then
        grootste=$id
        grootte=$n
    fi
done

paginas=(
    "de lijst van aanbestedingen|/aanbestedingen"
    "een aanbesteding (publieke pagina)|/aanbestedingen/$grootste"
    "de publieke monitor (2018)|/monitor?periode=2018"
)

# The app's CPU time so far in clock ticks (user + system, /proc/<pid>/stat fields 14 and 15).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app_pid/stat"; }
tick=$(getconf CLK_TCK)

printf '\n| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "pagina" "p50" "p99" "max" "verzoeken/s" "niet-2xx" "fouten (time-outs)" "CPU van de app per verzoek" "doel gehaald"
printf '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n'
alles=ja
for regel in "${paginas[@]}"; do
    naam=${regel%%|*}
    pad=${regel#*|}
    url="$basis$pad"
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
    [ "$code" = 200 ] || { echo "$pad antwoordt $code, geen 200." >&2; exit 1; }
    # One request alone, for where the time goes: the median of 20 in a row, nothing else running.
    alleen=$(for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n | sed -n 10p)
    # Warm-up (JIT, connection pools, caches), then the measurement.
    "${autocannon[@]}" -c "$verbindingen" -d "$opwarmen" "$url" >/dev/null 2>&1
    voor=$(cpu_ticks)
    "${autocannon[@]}" -c "$verbindingen" -d "$duur" -j "$url" 2>/dev/null >"$map/uitkomst.json"
    na=$(cpu_ticks)
    uitkomst=$(node -e '
        const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const l = r.latency;
        const fout = r.errors + r.timeouts;
        const cpu = (Number(process.argv[2]) / Number(process.argv[3]) * 1000 / r.requests.total).toFixed(1);
        const doel = l.p99 <= 50 && r.non2xx === 0 && fout === 0 ? "ja" : "nee";
        console.log(`${l.p50} ms | ${l.p99} ms | ${l.max} ms | ${Math.round(r.requests.average)} | ${r.non2xx} | ${fout} (${r.timeouts}) | ${cpu} ms | ${doel}`);
    ' "$map/uitkomst.json" "$((na - voor))" "$tick")
    printf '| %s `%s` (alleen: %s ms) | %s |\n' "$naam" "$pad" "$(awk -v s="$alleen" 'BEGIN { printf "%.1f", s * 1000 }')" "$uitkomst"
    case "$uitkomst" in *"| nee") alles=nee ;; esac
done
echo
echo "doel (p99 <= 50 ms en geen fout bij $verbindingen verbindingen, $provider): $alles"
