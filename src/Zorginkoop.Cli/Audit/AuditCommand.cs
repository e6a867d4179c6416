using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Audit;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Cli.Audit;

/// <summary>
/// <c>zorginkoop audit verify</c>: checks the keyed chain and then the chain against every anchor outside the database;
/// prints <c>intact</c>, or the first problem and exits 1. <c>zorginkoop audit anker</c>: writes an anchor now (for a
/// scheduler, or before a backup).
/// </summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var audit = new Command("audit", "Het auditlog controleren en verankeren.");
        var verify = new Command("verify", "De hashketen van het auditlog nalopen, en de keten naast de ankers buiten de database leggen: 'intact' of de eerste fout.");
        verify.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            var db = sp.GetRequiredService<ZorginkoopDbContext>();
            if (await AuditKeten.VerifieerAsync(db, ct) is { } fout)
            {
                var (r, reden) = fout;
                Console.WriteLine($"gebroken bij regel {r.Id} ({r.Entiteit} {r.Sleutel}, {r.Actie} door {r.Gebruiker} op {NlFormat.DatumTijd(r.Moment)}): {reden}");
                return CliHost.Refused;
            }

            var ankers = sp.GetRequiredService<Auditankers>();
            if (await ankers.ControleerAsync(db, ct) is { } ankerFout)
            {
                Console.WriteLine($"niet intact: {ankerFout}");
                return CliHost.Refused;
            }

            var (regels, _, _) = await AuditKeten.KopAsync(db, ct);
            var laatste = ankers.Lees().Select(a => a.Anker).OfType<Auditanker>().LastOrDefault();
            Console.WriteLine(laatste is null
                ? $"intact ({NlFormat.Aantal(regels)} regels; er is nog geen anker, schrijf er een met 'zorginkoop audit anker')"
                : $"intact ({NlFormat.Aantal(regels)} regels; laatste anker {NlFormat.DatumTijd(laatste.Moment)}, {laatste.Reden}: {NlFormat.Aantal(laatste.Regels)} regels)");
            return CliHost.Success;
        }, ct));
        audit.Subcommands.Add(verify);

        var anker = new Command("anker", "De stand van het auditlog nu verankeren in het ankerbestand buiten de database.");
        anker.SetAction((pr, ct) => CliHost.RunAsync(pr, async (sp, ct) =>
        {
            var a = await sp.GetRequiredService<Auditankers>().WriteAsync(sp.GetRequiredService<ZorginkoopDbContext>(), "handmatig (zorginkoop audit anker)", ct);
            Console.WriteLine($"anker geschreven: {NlFormat.Aantal(a.Regels)} regels tot en met regel {a.LaatsteId}, hash {a.Hash}");
            return CliHost.Success;
        }, ct));
        audit.Subcommands.Add(anker);
        return audit;
    }
}
