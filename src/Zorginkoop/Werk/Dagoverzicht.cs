using System.Text;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Meldingen;

namespace Zorginkoop.Werk;

/// <summary>
/// Once a day, from <see cref="MeldingenOptions.DagoverzichtUur"/> Dutch time, one e-mail per person with what came
/// into her inbox of the kinds she wants summarised. The message's key names the person and the day, and it is
/// stored with the marks on the messages it lists in one transaction: two instances, or a restart, send one.
/// </summary>
public static class Dagoverzicht
{
    public static async Task<int> VerzamelAsync(ZorginkoopDbContext db, MeldingenOptions opties, DateTimeOffset nu, CancellationToken ct = default)
    {
        var lokaal = NlFormat.InAmsterdam(nu);
        if (lokaal.Hour < opties.DagoverzichtUur)
        {
            return 0;
        }

        var dag = DateOnly.FromDateTime(lokaal);
        var open = await db.Postvakberichten.Where(p => p.Kanaal == Kanaal.Dagelijks && p.GemaildOp == null).ToListAsync(ct);
        var adressen = await db.Users.Where(u => u.EmailConfirmed && u.Email != null && u.GedeactiveerdOp == null)
            .Select(u => new { u.Id, u.Email }).ToDictionaryAsync(u => u.Id, u => u.Email!, ct);
        var verstuurd = 0;
        foreach (var g in open.GroupBy(p => p.GebruikerId))
        {
            if (!adressen.TryGetValue(g.Key, out var email))
            {
                continue;
            }

            var sleutel = $"dagoverzicht:{g.Key}:{dag:yyyy-MM-dd}";
            if (await db.Berichten.AnyAsync(b => b.Sleutel == sleutel, ct))
            {
                // Today's went out already; these wait for tomorrow's.
                continue;
            }

            var tekst = new StringBuilder($"Nieuw in uw postvak sinds het vorige overzicht ({Werkbak.Aantal(g.Count(), "melding", "meldingen")}):\n\n");
            foreach (var p in g.OrderBy(p => p.AangemaaktOp))
            {
                tekst.Append(NlFormat.Cultuur, $"- {p.Titel}\n  {p.Toelichting}\n  {opties.BasisAdres.TrimEnd('/')}{p.Link}\n\n");
                p.GemaildOp = nu;
            }

            tekst.Append(NlFormat.Cultuur, $"Uw werkbak: {opties.BasisAdres.TrimEnd('/')}/werk\nWelke meldingen in dit overzicht komen, kiest u op {opties.BasisAdres.TrimEnd('/')}/werk/instellingen.");
            var bericht = new Bericht { Sleutel = sleutel, Aan = email, Onderwerp = $"Zorginkoop: uw overzicht van {NlFormat.Datum(dag)}", Tekst = Beperk(tekst.ToString()), AangemaaktOp = nu };
            db.Berichten.Add(bericht);
            try
            {
                await db.SaveChangesAsync(ct);
                verstuurd++;
            }
            catch (DbUpdateException e) when (!DatabaseBusy.Is(e))
            {
                // Another instance sent today's a moment ago: its marks stand, ours go.
                db.ChangeTracker.Clear();
                return verstuurd;
            }
        }

        return verstuurd;
    }

    /// <summary>The outbox holds 8,000 characters a message; a long summary ends with a pointer to the inbox.</summary>
    private static string Beperk(string tekst) => tekst.Length <= 8000 ? tekst : tekst[..7800] + "\n\n… en meer: zie uw postvak in Zorginkoop (/werk/postvak).";
}
