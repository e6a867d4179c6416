namespace Zorginkoop.Inkooptrajecten;

/// <summary>
/// Who may see which trajectory, in one place: employees see all, everyone else only those marked public. Pages, API,
/// feeds and downloads all ask here.
/// </summary>
public static class InkooptrajectZichtbaarheid
{
    public static IQueryable<Inkooptraject> Zichtbaar(this IQueryable<Inkooptraject> trajecten, bool medewerker) =>
        medewerker ? trajecten : trajecten.Where(t => t.Openbaar);
}
