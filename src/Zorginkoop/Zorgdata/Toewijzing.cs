using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zorginkoop.Zorgdata;

/// <summary>
/// An allocation (JW301/WMO301 ToegewezenProduct) as its current state: one row per municipality and allocation
/// number, updated by a later message (OP033x1: the most recent Toewijzingsdatum and -tijd wins). Specific allocations
/// name a product; aspecific ones only a category, generic ones neither (IV075).
/// </summary>
public class Toewijzing
{
    public int Id { get; set; }
    public int ImportrunId { get; set; }
    public required string GemeenteCode { get; set; }
    public required string AgbCode { get; set; }
    public required string ToewijzingNummer { get; set; }

    /// <summary>HMAC pseudonym of the client's BSN.</summary>
    public required string Client { get; set; }
    public string? CategorieCode { get; set; }
    public string? ProductCode { get; set; }
    public int? ProductId { get; set; }
    public DateOnly Ingangsdatum { get; set; }
    public DateOnly? Einddatum { get; set; }

    /// <summary>Toewijzingsdatum and -tijd as written (Dutch local time), as ticks: it only orders versions.</summary>
    public long Toewijzingsmoment { get; set; }
    public string? RedenWijziging { get; set; }
    public int? Volume { get; set; }
    public string? EenheidCode { get; set; }
    public string? Frequentie { get; set; }
    public long? BudgetCent { get; set; }

    /// <summary>The day delivery actually started (JW305/WMO305), when the provider reported it.</summary>
    public DateOnly? ZorgBegonnen { get; set; }

    /// <summary>The day delivery actually stopped (JW307/WMO307), and why (JZ588/WMO588).</summary>
    public DateOnly? ZorgGestopt { get; set; }

    public string? RedenBeeindiging { get; set; }

    /// <summary>
    /// Removed or cancelled (OP087: Einddatum equals Ingangsdatum with RedenWijziging 13 Verwijderd or 01
    /// Administratieve correctie): not an actual allocation, left out of counts.
    /// </summary>
    public bool Verwijderd { get; set; }
}

internal sealed class ToewijzingConfiguration : IEntityTypeConfiguration<Toewijzing>, IZorgdataConfiguration
{
    public void Configure(EntityTypeBuilder<Toewijzing> b)
    {
        b.ToTable("Toewijzingen");
        b.Property(t => t.GemeenteCode).HasMaxLength(4);
        b.Property(t => t.AgbCode).HasMaxLength(8);
        b.Property(t => t.ToewijzingNummer).HasMaxLength(9);
        b.Property(t => t.Client).HasMaxLength(64);
        b.Property(t => t.CategorieCode).HasMaxLength(2);
        b.Property(t => t.ProductCode).HasMaxLength(5);
        b.Property(t => t.RedenWijziging).HasMaxLength(2);
        b.Property(t => t.EenheidCode).HasMaxLength(2);
        b.Property(t => t.Frequentie).HasMaxLength(2);
        b.Property(t => t.RedenBeeindiging).HasMaxLength(2);
        b.HasIndex(t => new { t.GemeenteCode, t.ToewijzingNummer }).IsUnique();
        b.HasIndex(t => new { t.Ingangsdatum, t.Einddatum });
        b.HasOne<Importrun>().WithMany().HasForeignKey(t => t.ImportrunId).OnDelete(DeleteBehavior.Restrict);
        // No foreign key to the product: the catalogue is in the main database. The importer looks the product up there,
        // and the catalogue never deletes a product (products end with a validity date).
    }
}
