using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Zorginkoop.Web.Infrastructure;

public static class SelectLists
{
    /// <summary>
    /// The options of a select from a (short) list of records, made in memory: EF cannot translate the formatting of
    /// an id into SQL.
    /// </summary>
    public static async Task<IReadOnlyList<SelectListItem>> OptiesAsync<T>(this IQueryable<T> bron, Func<T, string> tekst, Func<T, int> id, CancellationToken ct) =>
        (await bron.ToListAsync(ct)).Select(x => new SelectListItem(tekst(x), id(x).ToString(CultureInfo.InvariantCulture))).ToList();
}
