using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zorginkoop.Accounts;
using Zorginkoop.Contracten;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Pages.Contracten;

/// <summary>The contract register: every framework agreement of the user's regions, filtered by provider, procedure, region, status and end date.</summary>
[Authorize(Policy = Policies.Medewerker)]
public class IndexModel(ZorginkoopDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Zoek { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Regio { get; set; }

    [BindProperty(SupportsGet = true)]
    public ContractStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? EindigtBinnen { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Aanbesteding { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public IReadOnlyList<ContractRij> Rijen { get; private set; } = [];
    public int Totaal { get; private set; }
    public Paging Paging { get; private set; } = null!;
    public IReadOnlyList<(string Code, string Naam)> Regios { get; private set; } = [];
    public DateOnly Vandaag { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Vandaag = NlFormat.DatumInAmsterdam(HttpContext.RequestArrival());
        var kijker = RegionAccess.Kijker(User);
        Regios = [.. (await RegionAccess.EigenRegiosAsync(db, User, ct)).Select(r => (r.Code, r.Naam))];
        var alle = await Raamovereenkomsten.ZoekAsync(db,
            new ContractFilter(Zoek, Aanbesteding, null, Regio, Status, EindigtBinnen is > 0 ? EindigtBinnen : null, Kijker: kijker), Vandaag, ct);
        Totaal = alle.Count;
        Paging = new Paging(Paging.Normaliseer(Pagina), Paging.StandaardGrootte, Totaal, p => Paging.Link(
            ("zoek", Zoek), ("regio", Regio), ("status", Status?.ToString()), ("eindigtBinnen", EindigtBinnen?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("aanbesteding", Aanbesteding?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("pagina", p.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Rijen = [.. alle.Skip(Paging.Overslaan).Take(Paging.PaginaGrootte)];
    }
}
