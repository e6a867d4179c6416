using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Inkooptrajecten;

namespace Zorginkoop.Web.Pages.Inkooptrajecten;

public static class InkooptrajectFeeds
{
    private const int MaxBerichten = 50;

    /// <summary>Atom feeds of the updates of public trajectories: /inkooptrajecten/feed.atom (all) and /inkooptrajecten/{id}/feed.atom.</summary>
    public static IEndpointRouteBuilder MapInkooptrajectFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/inkooptrajecten/feed.atom", async (ZorginkoopDbContext db, HttpContext context, CancellationToken ct) =>
        {
            var berichten = await db.Voortgangsberichten.AsNoTracking()
                .Join(db.Inkooptrajecten.Zichtbaar(Kijker.Publiek), b => b.InkooptrajectId, t => t.Id, (b, t) => new { Bericht = b, t.Naam })
                .OrderByDescending(x => x.Bericht.Datum).ThenByDescending(x => x.Bericht.Id).Take(MaxBerichten).ToListAsync(ct);
            return Feed(context, "Updates van alle inkooptrajecten", "/inkooptrajecten", berichten.Select(x => (x.Bericht, x.Naam)));
        }).AllowAnonymous();

        app.MapGet("/inkooptrajecten/{id:int}/feed.atom", async (int id, ZorginkoopDbContext db, HttpContext context, CancellationToken ct) =>
        {
            var t = await db.Inkooptrajecten.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.Openbaar, ct);
            if (t is null)
            {
                return Results.NotFound();
            }

            var berichten = await db.Voortgangsberichten.AsNoTracking().Where(b => b.InkooptrajectId == id)
                .OrderByDescending(b => b.Datum).ThenByDescending(b => b.Id).Take(MaxBerichten).ToListAsync(ct);
            return Feed(context, $"Updates van {t.Naam}", $"/inkooptrajecten/{id}", berichten.Select(b => (b, t.Naam)));
        }).AllowAnonymous();
        return app;
    }

    private static IResult Feed(HttpContext context, string titel, string pad, IEnumerable<(Voortgangsbericht Bericht, string Traject)> berichten)
    {
        var basis = $"{context.Request.Scheme}://{context.Request.Host}";
        var items = berichten.Select(x =>
        {
            var b = x.Bericht;
            var link = new Uri($"{basis}/inkooptrajecten/{b.InkooptrajectId}#bericht-{b.Id}");
            var item = new SyndicationItem(b.Titel, SyndicationContent.CreateHtmlContent(MarkdownRenderer.ToHtml(b.Tekst)), link,
                $"{basis}/inkooptrajecten/{b.InkooptrajectId}/updates/{b.Id}", b.Bijgewerkt)
            {
                PublishDate = new DateTimeOffset(b.Datum.ToDateTime(TimeOnly.MinValue), NlFormat.Amsterdam.GetUtcOffset(b.Datum.ToDateTime(TimeOnly.MinValue))),
                Summary = new TextSyndicationContent(x.Traject),
            };
            return item;
        }).ToList();
        var feed = new SyndicationFeed(titel, "Zorginkoop", new Uri(basis + pad), basis + pad + "/feed.atom",
            items.Count == 0 ? DateTimeOffset.UnixEpoch : items.Max(i => i.LastUpdatedTime), items)
        {
            Language = "nl",
        };
        feed.Links.Add(new SyndicationLink(new Uri(basis + pad + "/feed.atom"), "self", titel, "application/atom+xml", 0));
        var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return Results.Bytes(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }
}
