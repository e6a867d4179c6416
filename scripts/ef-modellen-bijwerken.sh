#!/usr/bin/env bash
# Regenerates EF Core's compiled models (src/Zorginkoop/Data/Gecompileerd, src/Zorginkoop/Zorgdata/Gecompileerd) from
# OnModelCreating, for both contexts and both providers. Run it after every model change, beside `dotnet ef migrations
# add`; the test CompiledModelTests fails until you do. Why compiled models: docs/ontwikkelaars/besluiten/0008-gecompileerd-model.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null

genereer() { # context, provider (Sqlite|Postgres), folder
    local map="src/Zorginkoop/$3/Gecompileerd/$2"
    dotnet ef dbcontext optimize --no-build --project "src/Zorginkoop.Migrations.$2" --context "$1" \
        --output-dir "$(pwd)/$map" --namespace "Zorginkoop.$3.Gecompileerd.$2" >/dev/null
    # The assembly attribute would make EF Core use this model for every provider; DatabaseRegistration picks per provider.
    rm -f "$map"/*AssemblyAttributes.cs
    echo "$map: $(ls "$map" | wc -l) bestanden"
}

# The old models go first: they may no longer compile against the changed entities, and without them the app and
# these tools build the model from OnModelCreating (DatabaseRegistration.GecompileerdModel finds none).
rm -rf src/Zorginkoop/Data/Gecompileerd src/Zorginkoop/Zorgdata/Gecompileerd
for p in Sqlite Postgres; do dotnet build "src/Zorginkoop.Migrations.$p" -v q -nologo -clp:ErrorsOnly; done
genereer ZorginkoopDbContext Sqlite Data
genereer ZorginkoopDbContext Postgres Data
genereer ZorgdataDbContext Sqlite Zorgdata
genereer ZorgdataDbContext Postgres Zorgdata
