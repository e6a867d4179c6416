using Zorginkoop.Catalogus;

namespace Zorginkoop.Aanbestedingen;

/// <summary>The filters of the procedure overview, shared by the page and the API.</summary>
public static class AanbestedingFilter
{
    /// <param name="openVoorInschrijving">Published and not suspended: submission (or, for Open House, admission) is open now.</param>
    public static IQueryable<Aanbesteding> Pas(IQueryable<Aanbesteding> q, string? regio, Domein? domein, AanbestedingStatus? status, bool openVoorInschrijving)
    {
        if (!string.IsNullOrEmpty(regio))
        {
            // A joint procedure is listed under each participant too.
            q = q.Where(a => a.Regio!.Code == regio || a.Deelnames.Any(d => d.Regio!.Code == regio));
        }

        if (domein is { } d)
        {
            // A procedure is in a domain through its lots: a segment or a product of that domain.
            q = q.Where(a => a.Percelen.Any(p => (p.Segment != null && p.Segment.Domein == d) || (p.Product != null && p.Product.Domein == d)));
        }

        if (status is { } s)
        {
            q = q.Where(a => a.Status == s);
        }

        if (openVoorInschrijving)
        {
            q = q.Where(a => a.Status == AanbestedingStatus.Gepubliceerd);
        }

        return q;
    }
}
