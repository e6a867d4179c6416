using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Vragen;

/// <summary>
/// Questions and the Nota van Inlichtingen: asking (providers, until the question deadline), assigning and answering
/// (officers), and publishing a numbered round. Every method returns the refusal in Dutch, or null.
/// </summary>
public static class VraagRegels
{
    /// <summary>The fields a refusal names: the question, its subject and lot, the public wording and the answer.</summary>
    /// <summary>The refusal code when a public text may identify an asker: the officer may publish anyway, with a reason.</summary>
    public const string VraagstellerHerkenbaar = "nvi.vraagsteller-herkenbaar";

    public const string Tekst = "Tekst", Onderwerp = "Onderwerp", Perceel = "Perceel", PubliekeVraag = "PubliekeVraag", Antwoord = "Antwoord";

    public const int MaxTekst = 4000;
    public const int MaxAntwoord = 8000;
    public const int MaxOnderwerp = 200;

    /// <summary>Until when questions can be asked: the question deadline, or else the submission deadline.</summary>
    public static DateTimeOffset? VragenTot(Aanbesteding a) => a.VragenDeadline ?? a.Sluitingsmoment;

    /// <summary>Why a provider cannot ask now, or null.</summary>
    public static Weigering? Gesloten(Aanbesteding a, DateTimeOffset nu)
    {
        AanbestedingAanpassen.Bijwerken(a, nu);
        if (a.Status != AanbestedingStatus.Gepubliceerd)
        {
            return Weigering.Geheel("vraag.niet-open", $"Deze aanbesteding is {a.Status.Naam()}: vragen stellen kan niet (meer).");
        }

        return VragenTot(a) is { } tot && nu >= tot
            ? Weigering.Geheel("vraag.te-laat", $"Vragen stellen kon tot {NlFormat.DatumTijd(tot)}. Uw vraag kwam binnen op {NlFormat.DatumTijd(nu)} en is niet opgeslagen.")
            : null;
    }

    /// <summary>An officer's own item for the next round, such as a correction of an earlier answer; it needs no question deadline.</summary>
    public static async Task<Weigering?> AanvullingAsync(ZorginkoopDbContext db, Aanbesteding a, string wie, string? tekst, string? antwoord, DateTimeOffset nu,
        CancellationToken ct = default)
    {
        var weigering = await Inhoud(db, a, tekst, null, null, ct) ?? Antwoordtekst(antwoord);
        if (weigering is not null)
        {
            return weigering;
        }

        var vraag = new Vraag
        {
            AanbestedingId = a.Id,
            GesteldDoor = wie,
            GesteldOp = nu,
            Tekst = tekst!.Trim(),
            PubliekeVraag = tekst.Trim(),
            Antwoord = antwoord!.Trim(),
            BeantwoordDoor = wie,
            ToegewezenAan = wie,
            Status = VraagStatus.Beantwoord,
        };
        return await MetVolgnummerAsync(db, vraag, ct);
    }

    public static async Task<Weigering?> ToewijzenAsync(ZorginkoopDbContext db, Vraag v, string aan, CancellationToken ct = default)
    {
        if (!VraagLevenscyclus.Mag(v.Status, VraagHandeling.Toewijzen))
        {
            return Weigering.Geheel("vraag.gepubliceerd", "Deze vraag is gepubliceerd en verandert niet meer.");
        }

        v.ToegewezenAan = aan;
        v.Status = VraagLevenscyclus.Na(v.Status, VraagHandeling.Toewijzen);

        return await OpslaanAsync(db, ct);
    }

    /// <summary>Drafts the answer and the public wording of the question; both can change until the round is published.</summary>
    public static async Task<Weigering?> BeantwoordenAsync(ZorginkoopDbContext db, Vraag v, string wie, string? publiekeVraag, string? antwoord, CancellationToken ct = default)
    {
        if (!VraagLevenscyclus.Mag(v.Status, VraagHandeling.Beantwoorden))
        {
            return Weigering.Geheel("vraag.gepubliceerd", "Deze vraag is gepubliceerd en verandert niet meer. Zet een correctie als aanvulling in de volgende ronde.");
        }

        var weigering = Antwoordtekst(antwoord)
            ?? (string.IsNullOrWhiteSpace(publiekeVraag) ? new Weigering("vraag.publieke-vraag-ontbreekt", PubliekeVraag, "Vul de vraag in zoals die gepubliceerd wordt.")
            : publiekeVraag.Length > MaxTekst ? new Weigering("vraag.publieke-vraag-te-lang", PubliekeVraag, $"De vraag is ten hoogste {NlFormat.Aantal(MaxTekst)} tekens.") : null);
        if (weigering is not null)
        {
            return weigering;
        }

        v.PubliekeVraag = publiekeVraag!.Trim();
        v.Antwoord = antwoord!.Trim();
        v.BeantwoordDoor = wie;
        v.ToegewezenAan ??= wie;
        v.Status = VraagLevenscyclus.Na(v.Status, VraagHandeling.Beantwoorden);
        return await OpslaanAsync(db, ct);
    }

    /// <summary>
    /// Publishes every answered, unpublished question of the procedure as the next numbered round, in question order.
    /// The round is a snapshot: no provider id, no account, only the public wording and the answer. Every public text
    /// is first checked for what identifies an asker (<see cref="Vraagstellercontrole"/>): a hit refuses publishing
    /// and lists what was found, unless the officer publishes anyway with a reason (ondanksReden), which is
    /// kept with the round (audited, never shown to the public).
    /// </summary>
    public static Task<NvIPublicatie> PublicerenAsync(ZorginkoopDbContext db, Aanbesteding a, string wie, DateTimeOffset nu, CancellationToken ct = default) =>
        PublicerenAsync(db, a, wie, nu, null, ct);

    /// <inheritdoc cref="PublicerenAsync(ZorginkoopDbContext, Aanbesteding, string, DateTimeOffset, CancellationToken)"/>
    public static async Task<NvIPublicatie> PublicerenAsync(ZorginkoopDbContext db, Aanbesteding a, string wie, DateTimeOffset nu, string? ondanksReden,
        CancellationToken ct = default)
    {
        var klaar = await db.Vragen.Where(v => v.AanbestedingId == a.Id && v.Status == VraagStatus.Beantwoord).OrderBy(v => v.Volgnummer).ToListAsync(ct);
        if (klaar.Count == 0)
        {
            return new(null, Weigering.Geheel("nvi.geen-vragen", "Er zijn geen beantwoorde vragen die nog niet zijn gepubliceerd."), []);
        }

        var herkenningen = await Vraagstellercontrole.ControleerAsync(db, klaar, ct);
        if (herkenningen.Count > 0 && string.IsNullOrWhiteSpace(ondanksReden))
        {
            return new(null, Weigering.Geheel(VraagstellerHerkenbaar, "De Nota van Inlichtingen is niet gepubliceerd: " + (herkenningen.Count == 1
                ? "er staat iets in de teksten dat kan verraden wie een vraag stelde."
                : $"er staan {herkenningen.Count} dingen in de teksten die kunnen verraden wie een vraag stelde.") +
                " Pas de gepubliceerde vraag of het antwoord aan, of publiceer toch met een reden."), herkenningen);
        }

        var items = klaar.Select(v => new NvIItem(v.Volgnummer, v.PerceelNummer, v.Onderwerp, v.PubliekeVraag!, v.Antwoord!, v.ZorgaanbiederId is null)).ToList();
        var json = JsonSerializer.Serialize(items);
        var nummer = (await db.NvIRondes.Where(r => r.AanbestedingId == a.Id).MaxAsync(r => (int?)r.Nummer, ct) ?? 0) + 1;
        var ronde = new NvIRonde
        {
            AanbestedingId = a.Id,
            Nummer = nummer,
            GepubliceerdOp = nu,
            GepubliceerdDoor = wie,
            InhoudJson = json,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
            Herkenningen = herkenningen.Count == 0 ? null : string.Join("\n", herkenningen),
            OndanksReden = herkenningen.Count == 0 ? null : ondanksReden!.Trim(),
        };
        db.NvIRondes.Add(ronde);
        await using var transactie = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await db.SaveChangesAsync(ct);
            foreach (var v in klaar)
            {
                v.Status = VraagLevenscyclus.Na(v.Status, VraagHandeling.Publiceren);
                v.NvIRondeId = ronde.Id;
            }

            await db.SaveChangesAsync(ct);
            if (transactie is not null)
            {
                await transactie.CommitAsync(ct);
            }

            return new(ronde, null, herkenningen);
        }
        catch (DbUpdateException e) when (!DatabaseBusy.Is(e))
        {
            // Two officers published at once (the round number is unique), or an answer changed meanwhile.
            db.ChangeTracker.Clear();
            return new(null, Weigering.Geheel("nvi.gelijktijdig-gepubliceerd", "Een collega heeft intussen een ronde gepubliceerd of een antwoord gewijzigd. Vernieuw de pagina en kijk opnieuw."), []);
        }
    }

    internal static async Task<Weigering?> Inhoud(ZorginkoopDbContext db, Aanbesteding a, string? tekst, int? perceel, string? onderwerp, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return new Weigering("vraag.tekst-ontbreekt", Tekst, "Vul uw vraag in.");
        }

        if (tekst.Length > MaxTekst)
        {
            return new Weigering("vraag.tekst-te-lang", Tekst, $"Een vraag is ten hoogste {NlFormat.Aantal(MaxTekst)} tekens.");
        }

        if (onderwerp?.Length > MaxOnderwerp)
        {
            return new Weigering("vraag.onderwerp-te-lang", Onderwerp, $"Het onderwerp is ten hoogste {MaxOnderwerp} tekens.");
        }

        return perceel is { } n && !await db.Percelen.AnyAsync(p => p.AanbestedingId == a.Id && p.Nummer == n, ct)
            ? new Weigering("vraag.perceel-onbekend", Perceel, $"Deze aanbesteding heeft geen perceel {n}.")
            : null;
    }

    private static Weigering? Antwoordtekst(string? antwoord) =>
        string.IsNullOrWhiteSpace(antwoord) ? new Weigering("vraag.antwoord-ontbreekt", Antwoord, "Vul het antwoord in.")
        : antwoord.Length > MaxAntwoord ? new Weigering("vraag.antwoord-te-lang", Antwoord, $"Een antwoord is ten hoogste {NlFormat.Aantal(MaxAntwoord)} tekens.")
        : null;

    internal static string? Leeg(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Saves a new question with the next number; two at once get two numbers (the unique index, then a retry).</summary>
    internal static async Task<Weigering?> MetVolgnummerAsync(ZorginkoopDbContext db, Vraag vraag, CancellationToken ct)
    {
        for (var poging = 0; poging < 5; poging++)
        {
            vraag.Volgnummer = (await db.Vragen.Where(v => v.AanbestedingId == vraag.AanbestedingId).MaxAsync(v => (int?)v.Volgnummer, ct) ?? 0) + 1;
            db.Vragen.Add(vraag);
            try
            {
                await db.SaveChangesAsync(ct);
                return null;
            }
            catch (DbUpdateException e) when (!DatabaseBusy.Is(e))
            {
                db.Entry(vraag).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
                vraag.Id = 0;
            }
        }

        return Weigering.Geheel("vraag.volgnummer-bezet", "Het lukte niet om uw vraag op te slaan; probeer het opnieuw.");
    }

    private static async Task<Weigering?> OpslaanAsync(ZorginkoopDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Weigering.Geheel("vraag.gelijktijdig-gewijzigd", "Deze vraag is intussen door een collega gewijzigd of gepubliceerd. Vernieuw de pagina.");
        }
    }
}
