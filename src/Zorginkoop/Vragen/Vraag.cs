using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Audit;
using Zorginkoop.Data;

namespace Zorginkoop.Vragen;

public enum VraagStatus
{
    /// <summary>Asked; nobody works on it yet.</summary>
    Nieuw = 1,

    /// <summary>Assigned to an officer, who drafts the answer.</summary>
    InBehandeling = 2,

    /// <summary>Answered in draft: goes into the next Nota van Inlichtingen.</summary>
    Beantwoord = 3,

    /// <summary>Published in a round; never changes again.</summary>
    Gepubliceerd = 4,
}

/// <summary>
/// A question of a provider about a procedure (optionally about one lot or a section of a document), or an officer's
/// own addition, such as a correction of an earlier round. Officers see who asked; the published round never does:
/// it shows <see cref="PubliekeVraag"/>, the wording an officer checked for anything that identifies the asker.
/// </summary>
public class Vraag : IAudited
{
    public int Id { get; set; }
    public int AanbestedingId { get; set; }

    /// <summary>1, 2, 3 … within the procedure, the number the provider and the NvI refer to.</summary>
    public int Volgnummer { get; set; }

    /// <summary>The asking provider; null for an officer's own addition.</summary>
    public int? ZorgaanbiederId { get; set; }
    public required string GesteldDoor { get; set; }
    public DateTimeOffset GesteldOp { get; set; }
    public int? PerceelNummer { get; set; }

    /// <summary>The document and section it is about, e.g. "Bestek, paragraaf 3.2".</summary>
    public string? Onderwerp { get; set; }
    public required string Tekst { get; set; }

    public VraagStatus Status { get; set; } = VraagStatus.Nieuw;
    public string? ToegewezenAan { get; set; }

    /// <summary>The question as it will be published: by default the asker's text, checked and if need be rewritten by an officer.</summary>
    public string? PubliekeVraag { get; set; }
    public string? Antwoord { get; set; }
    public string? BeantwoordDoor { get; set; }

    /// <summary>The round it was published in.</summary>
    public int? NvIRondeId { get; set; }
}

internal sealed class VraagConfiguration : IEntityTypeConfiguration<Vraag>
{
    public void Configure(EntityTypeBuilder<Vraag> b)
    {
        b.ToTable("Vragen");
        b.HasIndex(v => new { v.AanbestedingId, v.Volgnummer }).IsUnique();
        b.HasIndex(v => v.ZorgaanbiederId);
        b.HasOne<Aanbestedingen.Aanbesteding>().WithMany().HasForeignKey(v => v.AanbestedingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Catalogus.Zorgaanbieder>().WithMany().HasForeignKey(v => v.ZorgaanbiederId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<NvIRonde>().WithMany().HasForeignKey(v => v.NvIRondeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(v => v.GesteldDoor).HasMaxLength(256);
        b.Property(v => v.ToegewezenAan).HasMaxLength(256);
        b.Property(v => v.BeantwoordDoor).HasMaxLength(256);
        b.Property(v => v.Onderwerp).HasMaxLength(VraagRegels.MaxOnderwerp);
        b.Property(v => v.Tekst).HasMaxLength(VraagRegels.MaxTekst);
        b.Property(v => v.PubliekeVraag).HasMaxLength(VraagRegels.MaxTekst);
        b.Property(v => v.Antwoord).HasMaxLength(VraagRegels.MaxAntwoord);
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.GesteldOp).AsTicks();
        // A published question is final: its round holds it, and the version guards two officers answering at once.
        b.Property(v => v.Status).IsConcurrencyToken();
    }
}
