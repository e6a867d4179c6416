using Zorginkoop.Documenten;

namespace Zorginkoop.Web.Pages.Shared;

/// <summary>What the document management list shows: every document (withdrawn ones too), and whether a withdrawal needs a published reason.</summary>
/// <param name="RedenVerplicht">True for a published procedure, where withdrawing is a rectification.</param>
public sealed record DocumentenBeheer(IReadOnlyList<Document> Documenten, bool RedenVerplicht)
{
    /// <summary>The request limit: a little above the store's 20 MB, so a slightly larger file gets the store's Dutch message.</summary>
    public const long MaxVerzoekBytes = DocumentStore.StandaardMaxBytes + (5 * 1024 * 1024);
}
