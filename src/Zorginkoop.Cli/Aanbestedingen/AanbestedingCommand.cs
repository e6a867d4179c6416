using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Audit;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Cli.Aanbestedingen;

/// <summary>
/// <c>zorginkoop aanbesteding lijst</c> and <c>zorginkoop aanbesteding stap &lt;id&gt; &lt;stap&gt;</c>: the procedures and
/// their lifecycle from the command line, through the same method as the pages, the API and the deadline job.
/// </summary>
public static class AanbestedingCommand
{
    /// <summary>The steps by the names the API uses for its operations (<c>_beoordeling-starten</c>).</summary>
    /// <summary>The steps the CLI takes: the lifecycle's event codes (<see cref="Levenscyclus.Codes"/>).</summary>
    public static IReadOnlyDictionary<string, Gebeurtenis> Stappen => Levenscyclus.Codes;

    public static Command Create()
    {
        var commando = new Command("aanbesteding", "Aanbestedingen bekijken en hun levenscyclus doorlopen.");
        commando.Subcommands.Add(Lijst());
        commando.Subcommands.Add(Stap());
        return commando;
    }

    private static Command Lijst()
    {
        var status = new Option<string?>("--status") { Description = "Alleen deze status, zoals Gepubliceerd of LopendContract." };
        var lijst = new Command("lijst", "De aanbestedingen met status, uiterste inschrijfdatum en ingangsdatum.") { status };
        lijst.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            var db = sp.GetRequiredService<ZorginkoopDbContext>();
            await AanbestedingAanpassen.BijwerkenAllesAsync(db, sp.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
            var q = db.Aanbestedingen.AsNoTracking().Include(a => a.Regio).AsQueryable();
            if (pr.GetValue(status) is { } s)
            {
                if (!Enum.TryParse<AanbestedingStatus>(s, ignoreCase: true, out var st))
                {
                    await Console.Error.WriteLineAsync($"Onbekende status '{s}'. Kies uit: {string.Join(", ", Enum.GetNames<AanbestedingStatus>())}.");
                    return CliHost.Refused;
                }

                q = q.Where(a => a.Status == st);
            }

            foreach (var a in await q.OrderBy(a => a.Id).ToListAsync(ct))
            {
                Console.WriteLine(string.Join('\t', a.Id.ToString(CultureInfo.InvariantCulture), a.Status.Naam(), a.Regio?.Code, a.Naam,
                    a.Sluitingsmoment is { } m ? NlFormat.DatumTijd(m) : "-", NlFormat.Datum(a.ContractStart, "-")));
            }

            return CliHost.Success;
        }, ct));
        return lijst;
    }

    private static Command Stap()
    {
        var id = new Argument<int>("id") { Description = "Het nummer van de aanbesteding (zie 'aanbesteding lijst')." };
        var stap = new Argument<string>("stap") { Description = "Een van: " + string.Join(", ", Stappen.Keys) + "." };
        var reden = new Option<string?>("--reden") { Description = "De reden; verplicht bij schorsen, intrekken en uitstellen, en wordt gepubliceerd." };
        var deadline = new Option<string?>("--deadline") { Description = "Nieuwe uiterste inschrijfdatum in Nederlandse tijd, yyyy-MM-ddTHH:mm (bij deadline-uitstellen)." };
        var contractstart = new Option<string?>("--contractstart") { Description = "Nieuwe ingangsdatum, yyyy-MM-dd (bij contractstart-uitstellen)." };
        var commando = new Command("stap", "Eén stap in de levenscyclus zetten, met dezelfde regels als op de website en in de API.") { id, stap, reden, deadline, contractstart };
        commando.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            if (!Stappen.TryGetValue(pr.GetValue(stap)!, out var gebeurtenis))
            {
                await Console.Error.WriteLineAsync($"Onbekende stap '{pr.GetValue(stap)}'. Kies uit: {string.Join(", ", Stappen.Keys)}.");
                return CliHost.Refused;
            }

            DateTimeOffset? nieuweDeadline = null;
            DateOnly? nieuweStart = null;
            if (pr.GetValue(deadline) is { } d)
            {
                if (!DateTime.TryParseExact(d, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var lokaal))
                {
                    await Console.Error.WriteLineAsync($"Datum niet te lezen: '{d}'. Gebruik yyyy-MM-ddTHH:mm of yyyy-MM-dd.");
                    return CliHost.Refused;
                }

                if (NlFormat.OnbestaandeTijd(lokaal, "deadline") is { } onbestaand)
                {
                    await Console.Error.WriteLineAsync($"Datum niet te lezen: {onbestaand.Tekst} Gebruik yyyy-MM-ddTHH:mm of yyyy-MM-dd.");
                    return CliHost.Refused;
                }

                nieuweDeadline = NlFormat.AlsAmsterdamseTijd(lokaal);
            }

            if (pr.GetValue(contractstart) is { } c)
            {
                if (!DateOnly.TryParseExact(c, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
                {
                    await Console.Error.WriteLineAsync($"Datum niet te lezen: '{c}'. Gebruik yyyy-MM-ddTHH:mm of yyyy-MM-dd.");
                    return CliHost.Refused;
                }

                nieuweStart = start;
            }

            var db = sp.GetRequiredService<ZorginkoopDbContext>();
            var a = await db.Aanbestedingen.Include(x => x.Overgangen).Include(x => x.Percelen).AsSplitQuery().SingleOrDefaultAsync(x => x.Id == pr.GetValue(id), ct);
            if (a is null)
            {
                await Console.Error.WriteLineAsync($"Er is geen aanbesteding met nummer {pr.GetValue(id)}.");
                return CliHost.Refused;
            }

            var wie = sp.GetRequiredService<ICurrentUser>().Naam;
            var weigering = await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(gebeurtenis, pr.GetValue(reden), nieuweDeadline, nieuweStart), wie,
                sp.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
            if (weigering is not null)
            {
                await Console.Error.WriteLineAsync("Geweigerd: " + weigering);
                return CliHost.Refused;
            }

            Console.WriteLine($"{a.Naam}: {Levenscyclus.Omschrijving(gebeurtenis)} gelukt; de aanbesteding is nu {a.Status.Naam()}.");
            return CliHost.Success;
        }, ct));
        return commando;
    }
}
