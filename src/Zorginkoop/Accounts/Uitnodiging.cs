using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Accounts;

/// <summary>
/// A beheerder's invitation to work in her region with these roles: a link, valid <see cref="Geldigheid"/>, with which
/// the invitee sets a password (a new account) or, logged in, adds the roles to the account she has. Only a hash of the
/// link's secret is stored, so the database alone does not give a usable link.
/// </summary>
public class Uitnodiging : Audit.IAudited
{
    public static readonly TimeSpan Geldigheid = TimeSpan.FromHours(72);

    public int Id { get; set; }
    public required string Email { get; set; }
    public string? Naam { get; set; }
    public int RegioId { get; set; }
    public Regio Regio { get; set; } = null!;

    /// <summary>The roles in <see cref="Regio"/>, comma-separated, each one of <see cref="Rollen.Medewerkers"/>.</summary>
    public required string Rolnamen { get; set; }

    /// <summary>SHA-256 of the link's secret, hexadecimal.</summary>
    public required string Geheimhash { get; set; }

    public DateTimeOffset AangemaaktOp { get; set; }
    public DateTimeOffset VerlooptOp { get; set; }

    /// <summary>The name of the beheerder who invited, as the audit names her.</summary>
    public required string UitgenodigdDoor { get; set; }

    public DateTimeOffset? AangenomenOp { get; set; }

    /// <summary>The account that accepted it.</summary>
    public string? GebruikerId { get; set; }

    public DateTimeOffset? IngetrokkenOp { get; set; }

    public IReadOnlyList<string> RollenLijst => Rolnamen.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool Open(DateTimeOffset nu) => AangenomenOp is null && IngetrokkenOp is null && nu < VerlooptOp;

    public static string Hash(string geheim) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(geheim)));
}

internal sealed class UitnodigingConfiguration : IEntityTypeConfiguration<Uitnodiging>
{
    public void Configure(EntityTypeBuilder<Uitnodiging> b)
    {
        b.ToTable("Uitnodigingen");
        b.Property(u => u.Email).HasMaxLength(256);
        b.Property(u => u.Naam).HasMaxLength(200);
        b.Property(u => u.Rolnamen).HasMaxLength(200);
        b.Property(u => u.Geheimhash).HasMaxLength(64);
        b.Property(u => u.UitgenodigdDoor).HasMaxLength(256);
        b.HasIndex(u => u.Geheimhash).IsUnique();
        // Accepting and withdrawing change these once: the one that comes second finds them changed (UitnodigingAannemen).
        b.Property(u => u.AangenomenOp).AsTicks().IsConcurrencyToken();
        b.Property(u => u.IngetrokkenOp).AsTicks().IsConcurrencyToken();
        b.Property(u => u.AangemaaktOp).AsTicks();
        b.Property(u => u.VerlooptOp).AsTicks();
        b.HasIndex(u => new { u.RegioId, u.Email });
        b.HasOne(u => u.Regio).WithMany().HasForeignKey(u => u.RegioId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Gebruiker>().WithMany().HasForeignKey(u => u.GebruikerId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(u => u.RollenLijst);
    }
}
