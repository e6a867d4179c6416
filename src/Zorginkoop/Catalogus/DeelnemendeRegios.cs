using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Catalogus;

/// <summary>The regions named to take part in a joint procedure or trajectory: the same rules for both.</summary>
public static class DeelnemendeRegios
{
    /// <summary>The ids of the regions with these codes; refused when one is unknown or is the owner itself.</summary>
    /// <param name="eigenaar">The owner region, in words for the refusal: "de aanbesteding", "het inkooptraject".</param>
    public static async Task<Resultaat<IReadOnlyList<int>>> ZoekAsync(
        ZorginkoopDbContext db, int eigenaarRegioId, IReadOnlyCollection<string> regiocodes, string eigenaar, CancellationToken ct)
    {
        var codes = regiocodes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var regios = await db.Regios.AsNoTracking().Where(r => codes.Contains(r.Code)).Select(r => new { r.Id, r.Code }).ToListAsync(ct);
        if (codes.FirstOrDefault(c => regios.All(r => r.Code != c)) is { } onbekend)
        {
            return Resultaat.Geweigerd<IReadOnlyList<int>>(new Weigering("deelnemers.regio-onbekend", "Deelnemers", $"Er is geen regio met code '{onbekend}'."));
        }

        if (regios.Any(r => r.Id == eigenaarRegioId))
        {
            return Resultaat.Geweigerd<IReadOnlyList<int>>(new Weigering("deelnemers.eigen-regio", "Deelnemers", $"De eigen regio van {eigenaar} is geen deelnemer: zij is de eigenaar."));
        }

        return Resultaat.Goed<IReadOnlyList<int>>(regios.Select(r => r.Id).ToList());
    }

    /// <summary>Two saves of the participants at the same moment: the first stands, the second is asked to look again.</summary>
    public static readonly Weigering Tegelijk = Weigering.Geheel("deelnemers.tegelijk",
        "Iemand anders wijzigde de deelnemers op hetzelfde moment. Bekijk ze en sla zo nodig opnieuw op.");
}
