using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Audit;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;

namespace Zorginkoop.Gunning;

/// <summary>
/// A request to a bidder to supply a document its bid lacks (the repair window, "herstel"), for a file requirement
/// of the procedure: what is asked, until when, by whom, and the document once supplied. The document is sealed with
/// the bid's key but kept apart from the bid's own files, so the bid and its receipt stay exactly as submitted.
/// </summary>
public class Herstelverzoek : IAudited
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

    public static string Naam(Kluis kluis, Inschrijving i, Herstelverzoek h) =>
        System.Text.Encoding.UTF8.GetString(kluis.Ontsleutel(i.Sleutel, h.NaamVersleuteld!, Inschrijven.HerstelContext(i, h.Opslagnaam!, naam: true)));
}
