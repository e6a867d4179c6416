using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Web.Pages;

[AllowAnonymous]
public class IndexModel(ZorginkoopDbContext db) : PageModel
{
    public int AantalRegios { get; private set; }
    public int AantalProducten { get; private set; }
    public int AantalZorgaanbieders { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        AantalRegios = await db.Regios.CountAsync(ct);
        AantalProducten = await db.Producten.CountAsync(ct);
        AantalZorgaanbieders = await db.Zorgaanbieders.CountAsync(ct);
    }
}
