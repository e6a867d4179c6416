using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Zorginkoop.Web.Infrastructure;

/// <summary>Breadcrumbs: every page names its trail; the layout renders it (the last item is the current page).</summary>
public static class Breadcrumbs
{
    private const string Sleutel = "Kruimelpad";

    public static void SetBreadcrumbs(this ViewDataDictionary viewData, params (string Titel, string? Url)[] kruimels) =>
        viewData[Sleutel] = kruimels;

    public static IReadOnlyList<(string Titel, string? Url)> Kruimels(this ViewDataDictionary viewData) =>
        viewData[Sleutel] as (string, string?)[] ?? [];
}
