using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Zorginkoop.Data;

namespace Zorginkoop.Audit;

/// <summary>
/// Captures the audited changes of one SaveChanges before it runs and writes them, chained, after it, in the same
/// transaction: a change and its audit entry are committed together or not at all.
/// </summary>
internal sealed class AuditWriter
{
    private readonly List<(EntityEntry Entry, string Actie, string? Sleutel, Dictionary<string, object?>? Voor)> wijzigingen = [];

    public static AuditWriter? Vang(ZorginkoopDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var schrijver = new AuditWriter();
        foreach (var e in db.ChangeTracker.Entries().Where(e => e.Entity is IAudited || IsGeauditeKoppeling(e)))
        {
            switch (e.State)
            {
                case EntityState.Added:
                    schrijver.wijzigingen.Add((e, "toegevoegd", null, null));
                    break;
                case EntityState.Modified:
                    var gewijzigd = e.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue) && !Weggelaten.Contains(p.Metadata.Name)).ToList();
                    if (gewijzigd.Count > 0)
                    {
                        schrijver.wijzigingen.Add((e, "gewijzigd", Sleutel(e), gewijzigd.ToDictionary(p => p.Metadata.Name, p => Waarde(p.Metadata.Name, p.OriginalValue))));
                    }

                    break;
                case EntityState.Deleted:
                    schrijver.wijzigingen.Add((e, "verwijderd", Sleutel(e), e.Properties.Where(p => !Weggelaten.Contains(p.Metadata.Name))
                        .ToDictionary(p => p.Metadata.Name, p => Waarde(p.Metadata.Name, p.OriginalValue))));
                    break;
            }
        }

        return schrijver.wijzigingen.Count == 0 ? null : schrijver;
    }

    public async Task WriteAsync(ZorginkoopDbContext db, string gebruiker, DateTimeOffset moment, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            // One writer at a time extends the chain; the lock ends with the transaction. (SQLite already holds its
            // single write lock here, because the audited changes were just written.)
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(727274)", ct);
        }

        var vorige = await db.AuditRegels.OrderByDescending(r => r.Id).Select(r => r.Hash).FirstOrDefaultAsync(ct) ?? AuditKeten.Begin;
        foreach (var (entry, actie, sleutel, voor) in wijzigingen)
        {
            var na = actie switch
            {
                "toegevoegd" => entry.Properties.Where(p => !Weggelaten.Contains(p.Metadata.Name)).ToDictionary(p => p.Metadata.Name, p => Waarde(p.Metadata.Name, p.CurrentValue)),
                "gewijzigd" => voor!.Keys.ToDictionary(k => k, k => Waarde(k, entry.Property(k).CurrentValue)),
                _ => null,
            };
            var regel = new AuditRegel
            {
                Moment = moment,
                Gebruiker = gebruiker,
                Entiteit = entry.Entity is IdentityUserRole<string> ? "Gebruikersrol"
                    : entry.Metadata.ClrType == typeof(Dictionary<string, object>) ? entry.Metadata.Name : entry.Metadata.ClrType.Name,
                // Keys of new records exist only after the insert, so they are read now.
                Sleutel = sleutel ?? Sleutel(entry),
                Actie = actie,
                Voor = voor is null ? null : JsonSerializer.Serialize(voor, JsonOpties),
                Na = na is null ? null : JsonSerializer.Serialize(na, JsonOpties),
                VorigeHash = vorige,
                Hash = "",
            };
            regel.Hash = AuditKeten.BerekenHash(regel, db.AuditKey);
            vorige = regel.Hash;
            db.AuditRegels.Add(regel);
        }
    }

    private static string Sleutel(EntityEntry e) => string.Join(",", e.Metadata.FindPrimaryKey()!.Properties
        .Select(p => Convert.ToString(e.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// Binary values are ciphertexts and protected keys (the vault): the log records that they changed and their size,
    /// never the bytes, so the audit log cannot leak a sealed bid. An account's password hash and a webhook's secret are
    /// recorded as changed, never with their value.
    /// </summary>
    private static object? Waarde(string eigenschap, object? waarde) => waarde switch
    {
        byte[] b => $"[versleuteld, {b.Length} bytes]",
        not null when eigenschap is nameof(Accounts.Gebruiker.PasswordHash) or nameof(Webhooks.Webhook.Geheim) => "[geheim]",
        _ => waarde,
    };

    /// <summary>
    /// Properties of an account that are plumbing, not a change a person made: the stamps Identity renews on every
    /// update, the upper-case copies of name and e-mail, and the count of failed logins (a password guesser must not be
    /// able to grow the audit chain; the lockout it causes is recorded).
    /// </summary>
    private static readonly HashSet<string> Weggelaten = ["SecurityStamp", "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName", "AccessFailedCount"];

    /// <summary>
    /// Links without a class of their own that are changes a person made: a region's municipalities, and an account's
    /// installation-wide roles (Identity's user roles: systeembeheerder, aanbieder, aanbiederbeheerder), recorded as
    /// "Gebruikersrol" with the account's and the role's id.
    /// </summary>
    private static bool IsGeauditeKoppeling(EntityEntry e) => e.Metadata.Name == "RegioGemeente" || e.Entity is IdentityUserRole<string>;

    private static readonly JsonSerializerOptions JsonOpties = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
