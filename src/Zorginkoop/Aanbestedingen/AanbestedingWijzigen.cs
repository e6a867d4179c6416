using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Aanbestedingen;

/// <summary>
/// Changing a procedure's conditions. A concept changes freely; after publication every change is a numbered
/// rectification with a published reason, and the deadline and contract start move only by postponement
/// (<see cref="Gebeurtenis.DeadlineUitstellen"/>), so a passed deadline can never be changed here either.
/// </summary>
public static class AanbestedingWijzigen
{
    /// <summary>The new conditions, and the reason that is published with the rectification once the procedure is public.</summary>
    public sealed record Gegevens(Voorwaarden Voorwaarden, string? Reden);

    /// <summary>Applies the new conditions, or refuses and changes nothing.</summary>
    public static async Task<Resultaat<Aanbesteding>> HandleAsync(
        ZorginkoopDbContext db, Aanbesteding a, Gegevens g, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var reden = g.Reden;
        AanbestedingAanpassen.Bijwerken(a, nu);
        await db.Entry(a).Collection(x => x.Rectificaties).LoadAsync(ct);
        var oud = Voorwaarden.Van(a);
        var v = g.Voorwaarden.Genormaliseerd();
        var meldingen = AanbestedingRegels.Valideer(v).ToList();
        meldingen.AddRange(await InkooptrajectFoutAsync(db, a.RegioId, v.InkooptrajectId, ct));
        var gepubliceerd = a.Status.InPublicatiefase();
        if (!a.Status.VoorwaardenWijzigbaar())
        {
            return Resultaat.Geweigerd<Aanbesteding>(Weigering.Geheel("aanbesteding.voorwaarden-vast", $"Een aanbesteding die {a.Status.Naam()} is, kan niet meer worden gewijzigd: de voorwaarden liggen vast sinds de inschrijving sloot."));
        }

        if (gepubliceerd)
        {
            void Vast<T>(string veld, T was, T wordt, string uitleg)
            {
                if (!EqualityComparer<T>.Default.Equals(was, wordt))
                {
                    meldingen.Add(new Weigering("aanbesteding.vast-na-publicatie", veld, uitleg));
                }
            }

            Vast(nameof(v.Vorm), oud.Vorm, v.Vorm, "De procedurevorm ligt vast sinds de publicatie.");
            Vast(nameof(v.Publicatiedatum), oud.Publicatiedatum, v.Publicatiedatum, "De publicatiedatum ligt vast sinds de publicatie.");
            Vast(nameof(v.Sluitingsmoment), oud.Sluitingsmoment, v.Sluitingsmoment,
                "Na publicatie verschuift de uiterste inschrijfdatum alleen met 'uitstellen', met een reden; een verstreken datum verandert niet meer.");
            Vast(nameof(v.ContractStart), oud.ContractStart, v.ContractStart,
                "Na publicatie verschuift de ingangsdatum van het contract alleen met 'uitstellen', met een reden.");
            if (oud.VragenDeadline is { } vragen && vragen <= nu)
            {
                Vast(nameof(v.VragenDeadline), oud.VragenDeadline, v.VragenDeadline, "De uiterste datum voor vragen is verstreken en kan niet meer worden gewijzigd.");
            }

            if (string.IsNullOrWhiteSpace(reden))
            {
                meldingen.Add(new Weigering("rectificatie.reden-ontbreekt", "Reden", "Een wijziging na publicatie is een rectificatie: vul de reden in, die wordt gepubliceerd."));
            }
        }

        if (meldingen.Count > 0)
        {
            return Resultaat.Geweigerd<Aanbesteding>(meldingen);
        }

        var wijzigingen = oud.Verschillen(v);
        if (wijzigingen.Count == 0)
        {
            return gepubliceerd
                ? Resultaat.Geweigerd<Aanbesteding>(Weigering.Geheel("rectificatie.niets-gewijzigd", "Er is niets gewijzigd, dus er is geen rectificatie gemaakt."))
                : Resultaat.Goed(a);
        }

        v.PasToeOp(a);
        if (gepubliceerd)
        {
            VoegRectificatieToe(a, reden!.Trim(), wijzigingen, wie, nu);
        }

        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(a);
    }

    /// <summary>Records a numbered rectification; also used when a document is added to or withdrawn from a published procedure.</summary>
    public static Rectificatie VoegRectificatieToe(Aanbesteding a, string reden, IReadOnlyList<Wijziging> wijzigingen, string wie, DateTimeOffset nu)
    {
        var r = new Rectificatie
        {
            Nummer = a.Rectificaties.Count == 0 ? 1 : a.Rectificaties.Max(x => x.Nummer) + 1,
            Moment = nu,
            Wie = wie,
            Reden = reden,
            Wijzigingen = wijzigingen,
        };
        a.Rectificaties.Add(r);
        return r;
    }

    /// <summary>A procedure belongs to a trajectory of its own region, or to none.</summary>
    internal static async Task<IEnumerable<Weigering>> InkooptrajectFoutAsync(ZorginkoopDbContext db, int regioId, int? trajectId, CancellationToken ct) =>
        trajectId is { } id && !await db.Inkooptrajecten.AnyAsync(t => t.Id == id && t.RegioId == regioId, ct)
            ? [new Weigering("aanbesteding.traject-andere-regio", nameof(Voorwaarden.InkooptrajectId), "Kies een inkooptraject van dezelfde regio.")]
            : [];
}
