using Zorginkoop.Accounts;

namespace Zorginkoop.Inkooptrajecten;

/// <summary>
/// Who may see which trajectory, in one place: a trajectory marked public is for everyone, the others for the
/// employees of its region and of the regions taking part in it. Pages, API, feeds and downloads all ask here.
/// </summary>
public static class InkooptrajectZichtbaarheid
{
    public static IQueryable<Inkooptraject> Zichtbaar(this IQueryable<Inkooptraject> trajecten, Kijker kijker) =>
        kijker.Alles ? trajecten
        : kijker.RegioIds.Length == 0 ? trajecten.Where(t => t.Openbaar)
        : trajecten.Where(t => t.Openbaar || kijker.RegioIds.Contains(t.RegioId) || t.Deelnames.Any(d => kijker.RegioIds.Contains(d.RegioId)));
}
