using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Audit;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Inschrijvingen;

namespace Zorginkoop.Gunning;

/// <summary>
/// A request to a bidder to supply a document its bid lacks (the repair window, "herstel"), for a file requirement
/// of the procedure: what is asked, until when, by whom, and the document once supplied. The document is sealed with
/// the bid's key but kept apart from the bid's own files, so the bid and its receipt stay exactly as submitted.
/// </summary>
public class Herstelverzoek : IGeaudit
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }
    public int InschrijvingId { get; set; }
    public int ZorgaanbiederId { get; set; }
    public int EisId { get; set; }
    public required string Toelichting { get; set; }
    public DateTimeOffset Termijn { get; set; }
    public required string GevraagdDoor { get; set; }
    public DateTimeOffset GevraagdOp { get; set; }
    public DateTimeOffset? AangeleverdOp { get; set; }
    public string? Opslagnaam { get; set; }
    public byte[]? NaamVersleuteld { get; set; }
    public long? Grootte { get; set; }
    public string? Sha256 { get; set; }

    public bool IsAangeleverd => AangeleverdOp is not null;
}

internal sealed class HerstelverzoekConfiguration : IEntityTypeConfiguration<Herstelverzoek>
{
    public void Configure(EntityTypeBuilder<Herstelverzoek> b)
    {
        b.ToTable("Herstelverzoeken");
        b.Ignore(h => h.IsAangeleverd);
        b.Property(h => h.Toelichting).HasMaxLength(2000);
        b.Property(h => h.GevraagdDoor).HasMaxLength(256);
        b.Property(h => h.Opslagnaam).HasMaxLength(64);
        b.Property(h => h.Sha256).HasMaxLength(64);
        b.Property(h => h.Termijn).AsTicks();
        b.Property(h => h.GevraagdOp).AsTicks();
        b.Property(h => h.AangeleverdOp).AsTicks().IsConcurrencyToken();
        b.HasIndex(h => new { h.InschrijvingId, h.EisId });
        b.HasIndex(h => h.ZorgaanbiederId);
        b.HasOne<Inschrijving>().WithMany().HasForeignKey(h => h.InschrijvingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Inschrijvingseis>().WithMany().HasForeignKey(h => h.EisId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// The repair window: during the assessment, before quality is final, an officer asks a bidder for a missing (or
/// unreadable) document of a file requirement, or for the evidence the eigen verklaring promises "op verzoek", with a
/// term of at most <see cref="MaxDagen"/> days, once per bid and requirement; the bidder
/// supplies it before the term ends, once. Everything is audited; the bid itself does not change.
/// </summary>
public static class Herstel
{
    public const int MaxDagen = 14;

    /// <summary>The fields a refusal names: the requirement, explanation and term of a request, and the supplied file.</summary>
    public const string EisId = "EisId", Toelichting = "Toelichting", Termijn = "Termijn", Bestand = "Bestand";

    public static async Task<Weigering?> VragenAsync(ZorginkoopDbContext db, Aanbesteding a, int inschrijvingId, int eisId, string? toelichting, DateTimeOffset termijn,
        string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        toelichting = toelichting?.Trim();
        var (inschrijvingen, weigering) = await Beoordelen.InschrijvingenAsync(db, a, ct);
        var i = inschrijvingen.SingleOrDefault(x => x.Id == inschrijvingId);
        var eis = await db.Inschrijvingseisen.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eisId && e.AanbestedingId == a.Id, ct);
        weigering ??= (a.Status != AanbestedingStatus.InBeoordeling
                ? Weigering.Geheel("herstel.niet-in-beoordeling", $"Herstel kan alleen tijdens de beoordeling; de aanbesteding is {a.Status.Naam()}.") : null)
            ?? (await db.Gunningsdossiers.AnyAsync(d => d.AanbestedingId == a.Id && d.KwaliteitDefinitiefOp != null, ct)
                ? Weigering.Geheel("herstel.kwaliteit-definitief", "De kwaliteitsscores zijn definitief; herstel kan alleen daarvóór.") : null)
            ?? (i is null ? Weigering.Geheel("herstel.inschrijving-onbekend", "Deze inschrijving is er niet (of niet ingediend).") : null)
            ?? (eis is null || eis.Soort != EisSoort.Bestand
                ? new Weigering("herstel.geen-bestandseis", EisId, "Herstel vraagt een bestand bij een bestandseis van deze aanbesteding.") : null)
            ?? (await db.Herstelverzoeken.AnyAsync(h => h.InschrijvingId == inschrijvingId && h.EisId == eisId, ct)
                ? new Weigering("herstel.al-gevraagd", EisId, "Voor dit document is al een herstelverzoek gedaan; een tweede kans geeft één inschrijver voordeel boven de anderen.") : null)
            ?? (string.IsNullOrEmpty(toelichting) || toelichting.Length > 2000
                ? new Weigering("herstel.toelichting-ongeldig", Toelichting, "Beschrijf wat de inschrijver moet aanleveren (ten hoogste 2000 tekens).") : null)
            ?? (termijn <= nu || termijn > nu.AddDays(MaxDagen)
                ? new Weigering("herstel.termijn-buiten-bereik", Termijn, $"De termijn ligt na nu en ten hoogste {MaxDagen} dagen later.") : null);
        if (weigering is not null)
        {
            return weigering;
        }

        db.Herstelverzoeken.Add(new Herstelverzoek
        {
            AanbestedingId = a.Id,
            InschrijvingId = i!.Id,
            ZorgaanbiederId = i.ZorgaanbiederId,
            EisId = eisId,
            Toelichting = toelichting!,
            Termijn = termijn,
            GevraagdDoor = wie,
            GevraagdOp = nu,
        });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The bidder supplies the document: its own request only, before the term ends, once; streamed and sealed.</summary>
    public static async Task<Weigering?> AanleverenAsync(ZorginkoopDbContext db, Kluis kluis, int verzoekId, int zorgaanbiederId, Stream inhoud, string? bestandsnaam,
        DateTimeOffset nu, CancellationToken ct = default)
    {
        var h = await db.Herstelverzoeken.SingleOrDefaultAsync(x => x.Id == verzoekId && x.ZorgaanbiederId == zorgaanbiederId, ct);
        var naam = Documenten.Bestandsnaam.Schoon(bestandsnaam);
        var weigering = (h is null ? Weigering.Geheel("herstel.verzoek-onbekend", "Dit herstelverzoek bestaat niet.") : null)
            ?? (h!.IsAangeleverd ? Weigering.Geheel("herstel.al-aangeleverd", "U heeft het document al aangeleverd.") : null)
            ?? (nu >= h.Termijn ? Weigering.Geheel("herstel.termijn-verstreken", $"De termijn van dit herstelverzoek is verstreken op {NlFormat.DatumTijd(h.Termijn)}.") : null)
            ?? (naam is null ? new Weigering("herstel.bestandsnaam-onbruikbaar", Bestand, "Het bestand heeft geen bruikbare naam. Geef het een naam zoals 'verklaring.pdf'.") : null)
            ?? (Documenten.DocumentSoort.Controleer(inhoud, naam!) is { } soort ? new Weigering("herstel.bestandssoort-geweigerd", Bestand, soort) : null);
        if (weigering is not null)
        {
            return weigering;
        }

        var i = await db.Inschrijvingen.AsNoTracking().SingleAsync(x => x.Id == h!.InschrijvingId, ct);
        var opslagnaam = Guid.NewGuid().ToString("D");
        var bewaard = await kluis.BewaarAsync(i.Sleutel, inhoud, opslagnaam, Inschrijven.HerstelContext(i, opslagnaam), Inschrijven.MaxBytesPerInschrijving, ct);
        if (bewaard is not { } b)
        {
            return new Weigering("herstel.bestand-te-groot", Bestand, $"Het bestand is groter dan {Documenten.Documentbeheer.Grootte(Inschrijven.MaxBytesPerInschrijving)}.");
        }

        h!.Opslagnaam = opslagnaam;
        h.NaamVersleuteld = kluis.Versleutel(i.Sleutel, System.Text.Encoding.UTF8.GetBytes(naam!), Inschrijven.HerstelContext(i, opslagnaam, naam: true));
        h.Grootte = b.Grootte;
        h.Sha256 = b.Sha256;
        h.AangeleverdOp = nu;
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            kluis.Verwijder(opslagnaam);
            return Weigering.Geheel("herstel.al-aangeleverd", "U heeft het document zojuist al aangeleverd.");
        }
    }

    public static string Naam(Kluis kluis, Inschrijving i, Herstelverzoek h) =>
        System.Text.Encoding.UTF8.GetString(kluis.Ontsleutel(i.Sleutel, h.NaamVersleuteld!, Inschrijven.HerstelContext(i, h.Opslagnaam!, naam: true)));
}
