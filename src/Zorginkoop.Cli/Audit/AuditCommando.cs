using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Audit;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Cli.Audit;

/// <summary><c>zorginkoop audit verify</c>: prints <c>intact</c>, or the first broken entry and exits 1.</summary>
public static class AuditCommando
{
    public static Command Maak()
    {
        var audit = new Command("audit", "Het auditlog controleren.");
        var verify = new Command("verify", "De hashketen van het auditlog nalopen: 'intact' of de eerste gebroken regel.");
        verify.SetAction((pr, ct) => CliOmgeving.VoerUitAsync(pr, async (sp, ct) =>
        {
            var fout = await AuditKeten.VerifieerAsync(sp.GetRequiredService<ZorginkoopDbContext>(), ct);
            if (fout is null)
            {
                Console.WriteLine("intact");
                return CliOmgeving.Gelukt;
            }

            var (r, reden) = fout.Value;
            Console.WriteLine($"gebroken bij regel {r.Id} ({r.Entiteit} {r.Sleutel}, {r.Actie} door {r.Gebruiker} op {NlFormat.DatumTijd(r.Moment)}): {reden}");
            return CliOmgeving.Geweigerd;
        }, ct));
        audit.Subcommands.Add(verify);
        return audit;
    }
}
