using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Audit;
using Zorginkoop.Catalogus;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Data;

/// <param name="gebruiker">Who changes things in this scope, for the audit log (the design-time tools pass none).</param>
/// <param name="tijd">The clock of the audit log.</param>
/// <param name="auditSleutel">The key of the audit chain; the app and the CLI always pass it (tools and tests that build their own context may not).</param>
/// <param name="auditankers">Where the chain's head is anchored outside the database; null where nothing anchors (tools, tests).</param>
/// <param name="ocds">The ocid prefix of the releases stored with each change (<see cref="Ocds.OcdsVastlegging"/>); the default prefix when none is given.</param>
public class ZorginkoopDbContext(DbContextOptions<ZorginkoopDbContext> options, ICurrentUser? gebruiker = null, TimeProvider? tijd = null,
    AuditKey? auditSleutel = null, Auditankers? auditankers = null, Microsoft.Extensions.Options.IOptions<Ocds.OcdsOptions>? ocds = null)
    : IdentityDbContext<Gebruiker>(options), IDataProtectionKeyContext
{
    public AuditKey? AuditKey { get; } = auditSleutel;

    /// <summary>Anchors the audit chain after a change worth an anchor (a vault opened, an award) is committed.</summary>
    public Auditankers? Auditankers { get; } = auditankers;

    private ZorgdataDbContext? zorgdata;

    public DbSet<AuditRegel> AuditRegels => Set<AuditRegel>();

    /// <summary>
    /// The care data of this installation, in its own database beside this one (<see cref="ZorgdataDbContext"/>); made
    /// on first use and disposed with this context.
    /// </summary>
    public ZorgdataDbContext Zorgdata => zorgdata ??= new ZorgdataDbContext(ZorgdataDbContext.Opties(
        Database.IsNpgsql() ? DatabaseOptions.Postgres : DatabaseOptions.Sqlite, Database.GetConnectionString()!,
        // What watches this database (an app's or a test's interceptors) watches its care data too.
        Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Infrastructure.IDbContextOptions>(this)
            .FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.Interceptors ?? []));
    public DbSet<Monitoring.Budget> Budgetten => Set<Monitoring.Budget>();
    public DbSet<Aanbestedingen.Aanbesteding> Aanbestedingen => Set<Aanbestedingen.Aanbesteding>();
    public DbSet<Aanbestedingen.Perceel> Percelen => Set<Aanbestedingen.Perceel>();
    public DbSet<Aanbestedingen.Rectificatie> Rectificaties => Set<Aanbestedingen.Rectificatie>();
    public DbSet<Aanbestedingen.Deelname> Deelnames => Set<Aanbestedingen.Deelname>();
    public DbSet<Inkooptrajecten.TrajectDeelname> TrajectDeelnames => Set<Inkooptrajecten.TrajectDeelname>();
    public DbSet<Inkooptrajecten.Inkooptraject> Inkooptrajecten => Set<Inkooptrajecten.Inkooptraject>();
    public DbSet<Inkooptrajecten.Fase> Fasen => Set<Inkooptrajecten.Fase>();
    public DbSet<Inkooptrajecten.Voortgangsbericht> Voortgangsberichten => Set<Inkooptrajecten.Voortgangsbericht>();
    public DbSet<Inkooptrajecten.Bijeenkomst> Bijeenkomsten => Set<Inkooptrajecten.Bijeenkomst>();
    public DbSet<Documenten.Document> Documenten => Set<Documenten.Document>();
    public DbSet<Inschrijvingen.Inschrijving> Inschrijvingen => Set<Inschrijvingen.Inschrijving>();
    public DbSet<Inschrijvingen.InschrijvingBestand> InschrijvingBestanden => Set<Inschrijvingen.InschrijvingBestand>();
    public DbSet<Inschrijvingen.Ontvangstbewijs> Ontvangstbewijzen => Set<Inschrijvingen.Ontvangstbewijs>();
    public DbSet<Inschrijvingen.Inschrijvingseis> Inschrijvingseisen => Set<Inschrijvingen.Inschrijvingseis>();
    public DbSet<Inschrijvingen.KluisOpening> KluisOpeningen => Set<Inschrijvingen.KluisOpening>();
    public DbSet<Vragen.Vraag> Vragen => Set<Vragen.Vraag>();
    public DbSet<Vragen.NvIRonde> NvIRondes => Set<Vragen.NvIRonde>();
    public DbSet<Meldingen.Bericht> Berichten => Set<Meldingen.Bericht>();
    public DbSet<Gunning.Criterium> Criteria => Set<Gunning.Criterium>();
    public DbSet<Gunning.Beoordeling> Beoordelingen => Set<Gunning.Beoordeling>();
    public DbSet<Gunning.Score> Scores => Set<Gunning.Score>();
    public DbSet<Gunning.Consensusscore> Consensusscores => Set<Gunning.Consensusscore>();
    public DbSet<Gunning.Gunningsdossier> Gunningsdossiers => Set<Gunning.Gunningsdossier>();
    public DbSet<Gunning.Loting> Lotingen => Set<Gunning.Loting>();
    public DbSet<Gunning.Gunningsbesluit> Gunningsbesluiten => Set<Gunning.Gunningsbesluit>();
    public DbSet<Gunning.Bezwaar> Bezwaren => Set<Gunning.Bezwaar>();
    public DbSet<Gunning.Herstelverzoek> Herstelverzoeken => Set<Gunning.Herstelverzoek>();
    public DbSet<Contracten.Raamovereenkomst> Raamovereenkomsten => Set<Contracten.Raamovereenkomst>();
    public DbSet<Contracten.ContractLid> ContractLeden => Set<Contracten.ContractLid>();
    public DbSet<Contracten.Contractalarm> Contractalarmen => Set<Contracten.Contractalarm>();
    public DbSet<Contracten.Toelatingsaanvraag> Toelatingsaanvragen => Set<Contracten.Toelatingsaanvraag>();
    public DbSet<Werk.Postvakbericht> Postvakberichten => Set<Werk.Postvakbericht>();
    public DbSet<Werk.MeldingVoorkeur> MeldingVoorkeuren => Set<Werk.MeldingVoorkeur>();
    public DbSet<Zoeken.Zoekitem> Zoekitems => Set<Zoeken.Zoekitem>();
    public DbSet<Ocds.OcdsRelease> OcdsReleases => Set<Ocds.OcdsRelease>();
    public DbSet<Webhooks.Webhook> Webhooks => Set<Webhooks.Webhook>();
    public DbSet<Webhooks.WebhookBezorging> WebhookBezorgingen => Set<Webhooks.WebhookBezorging>();

    public DbSet<Gemeente> Gemeenten => Set<Gemeente>();
    public DbSet<Regio> Regios => Set<Regio>();
    public DbSet<Accounts.Lidmaatschap> Lidmaatschappen => Set<Accounts.Lidmaatschap>();
    public DbSet<Accounts.Uitnodiging> Uitnodigingen => Set<Accounts.Uitnodiging>();
    public DbSet<Segment> Segmenten => Set<Segment>();
    public DbSet<ProductCategorie> ProductCategorieen => Set<ProductCategorie>();
    public DbSet<Eenheid> Eenheden => Set<Eenheid>();
    public DbSet<Product> Producten => Set<Product>();
    public DbSet<Tarief> Tarieven => Set<Tarief>();
    public DbSet<Zorgaanbieder> Zorgaanbieders => Set<Zorgaanbieder>();

    /// <summary>
    /// The server's clock, for the one reading a request may take besides its arrival: the moment its change is stored
    /// (a receipt states both, <see cref="Inschrijvingen.Ontvangstbewijs.OpgeslagenOp"/>).
    /// </summary>
    public TimeProvider Klok => tijd ?? TimeProvider.System;

    /// <summary>ASP.NET Core Data Protection keys live in the database so several app instances share them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Saves and writes the audit entries of every audited change (<see cref="IAudited"/>) in the same transaction, so a
    /// change is never committed without its entry (ground rule: every change audited); the search index follows the
    /// same way (<see cref="Zoeken.Zoekindex"/>), and so do the OCDS releases a published change causes (<see cref="Ocds.OcdsVastlegging"/>).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        WeigerWijzigingVanReleases();
        var audit = AuditWriter.Vang(this);
        var zoekindex = Zoeken.Zoekindex.Vang(this);
        var ocdsReleases = Ocds.OcdsVastlegging.Vang(this);
        if (audit is null && zoekindex is null && ocdsReleases is null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var eigen = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (eigen)
        {
            var aantal = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (audit is not null)
            {
                await audit.WriteAsync(this, gebruiker?.Naam ?? "systeem", gebruiker?.Moment ?? (tijd ?? TimeProvider.System).GetUtcNow(), cancellationToken);
            }

            if (zoekindex is not null)
            {
                await zoekindex.BijwerkenAsync(this, cancellationToken);
            }

            if (ocdsReleases is not null)
            {
                await ocdsReleases.VastleggenAsync(this, (ocds?.Value ?? new Ocds.OcdsOptions()).Prefix, gebruiker?.Moment ?? Klok.GetUtcNow(), cancellationToken);
            }

            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (eigen is not null)
            {
                await eigen.CommitAsync(cancellationToken);
            }

            // The index rows are written; keeping them tracked would only let a long-lived context grow.
            foreach (var rij in ChangeTracker.Entries<Zoeken.Zoekitem>().Cast<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry>()
                .Concat(ChangeTracker.Entries<Ocds.OcdsRelease>()).ToList())
            {
                rij.State = EntityState.Detached;
            }

            return aantal;
        }
    }

    /// <summary>
    /// The synchronous path is for plumbing that needs it (Data Protection stores its keys this way); audited changes
    /// must go through <see cref="SaveChangesAsync(bool, CancellationToken)"/>, which writes the audit log.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        WeigerWijzigingVanReleases();
        return AuditWriter.Vang(this) is null && Ocds.OcdsVastlegging.Vang(this) is null
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new NotSupportedException("Gebruik SaveChangesAsync: alleen die schrijft het auditlog en de OCDS-releases.");
    }

    /// <summary>A published release is never changed or withdrawn: a correction is a new release (OCDS 1.1, releases are immutable).</summary>
    private void WeigerWijzigingVanReleases()
    {
        if (ChangeTracker.Entries<Ocds.OcdsRelease>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Een gepubliceerde OCDS-release wordt nooit gewijzigd of verwijderd; een correctie is een nieuwe release.");
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ZorginkoopDbContext).Assembly, t => !typeof(IZorgdataConfiguration).IsAssignableFrom(t));
    }

    public override void Dispose()
    {
        zorgdata?.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override async ValueTask DisposeAsync()
    {
        if (zorgdata is not null)
        {
            await zorgdata.DisposeAsync();
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Domains are exchanged as "jeugd"/"wmo" everywhere (CSV, API, CLI); store them the same way.
        configurationBuilder.Properties<Domein>().HaveConversion<DomeinConverter>().HaveMaxLength(8);
    }
}
