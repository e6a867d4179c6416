using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Zorginkoop.Data;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// Inserts care lines with one prepared statement inside the import's transaction. A line whose key is already
/// stored is skipped by the database (ON CONFLICT DO NOTHING, the same SQL on SQLite and PostgreSQL), which makes
/// re-importing idempotent. Plain ADO.NET because change tracking millions of rows is neither needed nor affordable.
/// </summary>
internal sealed class ZorgregelSchrijver : IAsyncDisposable
{
    private static readonly string[] Kolommen =
    [
        "ImportrunId", "Sleutel", "ToewijzingNummer", "Client", "Traject", "GemeenteCode", "AgbCode", "ProductId",
        "Begindatum", "Einddatum", "Volume", "EenheidCode", "BedragCent", "ReferentieNummer", "VorigReferentieNummer", "Afgewezen",
    ];

    private readonly DbCommand command;
    private readonly DbParameter[] p;
    private readonly bool synchroon;

    private ZorgregelSchrijver(DbCommand command, DbParameter[] parameters, bool synchroon)
    {
        this.command = command;
        p = parameters;
        this.synchroon = synchroon;
    }

    public static async Task<ZorgregelSchrijver> MaakAsync(ZorginkoopDbContext db, IDbContextTransaction transactie, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            // A large page cache keeps the unique key index in memory while millions of lines go in (measured in
            // bench/README.md); it applies to this connection only.
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;", ct);
        }

        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transactie.GetDbTransaction();
        command.CommandText =
            $"INSERT INTO \"Zorgregels\" ({string.Join(", ", Kolommen.Select(k => $"\"{k}\""))}) " +
            $"VALUES ({string.Join(", ", Kolommen.Select((_, i) => $"@p{i}"))}) ON CONFLICT (\"Sleutel\") DO NOTHING";
        var parameters = Kolommen.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        if (sqlite)
        {
            // Npgsql prepares on first execution once the parameter types are known; SQLite can prepare now.
            command.Prepare();
        }

        return new ZorgregelSchrijver(command, parameters, sqlite);
    }

    /// <summary>Stores one line; false when a line with the same key was already there.</summary>
    public async Task<bool> SchrijfAsync(Zorgregel r, CancellationToken ct)
    {
        p[0].Value = r.ImportrunId;
        p[1].Value = r.Sleutel;
        p[2].Value = (object?)r.ToewijzingNummer ?? DBNull.Value;
        p[3].Value = r.Client;
        p[4].Value = r.Traject;
        p[5].Value = r.GemeenteCode;
        p[6].Value = r.AgbCode;
        p[7].Value = r.ProductId;
        p[8].Value = r.Begindatum;
        p[9].Value = r.Einddatum;
        p[10].Value = r.Volume;
        p[11].Value = r.EenheidCode;
        p[12].Value = r.BedragCent;
        p[13].Value = (object?)r.ReferentieNummer ?? DBNull.Value;
        p[14].Value = (object?)r.VorigReferentieNummer ?? DBNull.Value;
        p[15].Value = r.Afgewezen;
        // Microsoft.Data.Sqlite runs async calls synchronously anyway; calling it directly saves a task per line.
        return (synchroon ? command.ExecuteNonQuery() : await command.ExecuteNonQueryAsync(ct)) == 1;
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
