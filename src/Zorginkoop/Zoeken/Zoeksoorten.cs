namespace Zorginkoop.Zoeken;

/// <summary>A kind of search result, with its Dutch names for the filter and the counts ("3 documenten").</summary>
public sealed record Zoeksoort(string Code, string Enkelvoud, string Meervoud);

/// <summary>The kinds search finds, in the order the filter shows them. The codes are part of the API (<c>soort=</c>).</summary>
public static class Zoeksoorten
{
    public const string Aanbesteding = "aanbesteding", Perceel = "perceel", NvI = "nvi", Document = "document",
        Inkooptraject = "inkooptraject", Update = "update", Product = "product", Zorgaanbieder = "zorgaanbieder";

    public static IReadOnlyList<Zoeksoort> Alle { get; } =
    [
        new(Aanbesteding, "aanbesteding", "aanbestedingen"),
        new(Perceel, "perceel", "percelen"),
        new(NvI, "vraag uit een nota van inlichtingen", "vragen uit nota's van inlichtingen"),
        new(Document, "document", "documenten"),
        new(Inkooptraject, "inkooptraject", "inkooptrajecten"),
        new(Update, "update van een inkooptraject", "updates van inkooptrajecten"),
        new(Product, "product", "producten"),
        new(Zorgaanbieder, "zorgaanbieder", "zorgaanbieders"),
    ];

    public static Zoeksoort? Bij(string? code) => Alle.FirstOrDefault(s => s.Code == code);
}
