using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Documenten;
using Zorginkoop.Formatting;

namespace Zorginkoop.Inschrijvingen;

/// <summary>The outcome of submitting: the receipt, or the rule that refused it (in Dutch).</summary>
public sealed record IndienUitkomst(Ontvangstbewijs? Bewijs, Weigering? Weigering);

/// <summary>
/// A provider's side of a procedure: drafting, saving, submitting, withdrawing and re-confirming a bid, each checked
/// against the deadline on the server's clock. The caller has established that the user is this provider; this class
/// never reads a bid for anyone else.
/// </summary>
public static class Inschrijven
{
    /// <summary>The refusal code of a request that arrived at or after the deadline (the receipt page and tests look for it).</summary>
    public const string TeLaat = "inschrijving.te-laat";

    /// <summary>Uploads of one bid together, at most: 100 MB (the Aanbieders issue).</summary>
    public const long MaxBytesPerInschrijving = 100L * 1024 * 1024;

    /// <summary>Longest text answer, in characters.</summary>
    public const int MaxAntwoord = 20_000;

    /// <summary>
    /// Why a bid cannot be changed or submitted by a request that arrived at <paramref name="nu"/>, or null when it can.
    /// Brings the deadline up to date first.
    /// </summary>
    public static Weigering? Gesloten(Aanbesteding a, DateTimeOffset nu)
    {
        AanbestedingAanpassen.Bijwerken(a, nu);
        return Gesloten(a.Status, a.Vorm, a.Sluitingsmoment, nu);
    }

    private static Weigering? Gesloten(AanbestedingStatus status, Procedurevorm vorm, DateTimeOffset? sluitingsmoment, DateTimeOffset nu)
    {
        if (vorm == Procedurevorm.OpenHouse)
        {
            return Weigering.Geheel("inschrijving.open-house", "Bij Open House schrijft u niet in maar meldt u zich aan voor toelating; dat komt met de gunning en contracten.");
        }

        if (sluitingsmoment is { } deadline && nu >= deadline)
        {
            return Weigering.Geheel(TeLaat, $"De uiterste inschrijfdatum was {NlFormat.DatumTijd(deadline)}. Uw verzoek kwam binnen op {NlFormat.DatumTijd(nu)} " +
                $"({nu.ToUniversalTime():HH:mm:ss.fff} UTC) en is daarom geweigerd; er is niets gewijzigd.");
        }

        return status switch
        {
            AanbestedingStatus.Gepubliceerd => null,
            // Submission closes only at the deadline (Levenscyclus): closed now, but this request arrived before it, and
            // a request is judged by the moment it arrived, not by how long it waited for the database.
            AanbestedingStatus.InschrijvingGesloten when sluitingsmoment is { } d && nu < d => null,
            AanbestedingStatus.Geschorst => Weigering.Geheel("inschrijving.geschorst", "Deze aanbesteding is geschorst: inschrijven kan tijdelijk niet. Zie het verloop op de pagina van de aanbesteding."),
            _ => Weigering.Geheel("inschrijving.niet-open", $"Deze aanbesteding is {status.Naam()}: inschrijven kan niet (meer)."),
        };
    }

    /// <summary>The provider's bid on this procedure, made (empty, with its own data key) the first time.</summary>
    public static async Task<Inschrijving> ConceptAsync(ZorginkoopDbContext db, Kluis kluis, int aanbestedingId, int zorgaanbiederId, DateTimeOffset nu, CancellationToken ct = default)
    {
        var bestaand = await db.Inschrijvingen.Include(i => i.Bestanden)
            .SingleOrDefaultAsync(i => i.AanbestedingId == aanbestedingId && i.ZorgaanbiederId == zorgaanbiederId, ct);
        if (bestaand is not null)
        {
            return bestaand;
        }

        var nieuw = new Inschrijving { AanbestedingId = aanbestedingId, ZorgaanbiederId = zorgaanbiederId, Sleutel = kluis.NieuweSleutel(), Gewijzigd = nu };
        db.Inschrijvingen.Add(nieuw);
        try
        {
            await db.SaveChangesAsync(ct);
            return nieuw;
        }
        catch (DbUpdateException e) when (!DatabaseBusy.Is(e))
        {
            // The same provider opened the form twice at once: the unique index kept one; use that one.
            db.ChangeTracker.Clear();
            return await db.Inschrijvingen.Include(i => i.Bestanden)
                .SingleAsync(i => i.AanbestedingId == aanbestedingId && i.ZorgaanbiederId == zorgaanbiederId, ct);
        }
    }

    /// <summary>Both parts in the clear, for the bidding provider's own form.</summary>
    public static (Kwaliteitsdeel Kwaliteit, Prijsdeel Prijs) Lees(Kluis kluis, Inschrijving i) => (LeesKwaliteit(kluis, i), LeesPrijs(kluis, i));

    /// <summary>The quality part only: what officers read once the vault is open; the price part stays sealed.</summary>
    public static Kwaliteitsdeel LeesKwaliteit(Kluis kluis, Inschrijving i) =>
        i.Kwaliteit is null ? Kwaliteitsdeel.Leeg : InschrijvingJson.Kwaliteit(kluis.Ontsleutel(i.Sleutel, i.Kwaliteit, Context(i, "kwaliteit")));

    /// <summary>The price part: for the provider, and for the award once quality is final (Gunning.Gunnen checks that).</summary>
    public static Prijsdeel LeesPrijs(Kluis kluis, Inschrijving i) =>
        i.Prijs is null ? Prijsdeel.Leeg : InschrijvingJson.Prijs(kluis.Ontsleutel(i.Sleutel, i.Prijs, Context(i, "prijs")));

    /// <summary>Saves the draft. A submitted bid is withdrawn first (so a submission is never changed by accident).</summary>
    public static async Task<Weigering?> BewaarAsync(ZorginkoopDbContext db, Kluis kluis, Aanbesteding a, Inschrijving i, Kwaliteitsdeel kwaliteit, Prijsdeel prijs,
        DateTimeOffset nu, CancellationToken ct = default)
    {
        var weigering = Gesloten(a, nu) ?? Bewerkbaar(i);
        if (weigering is not null)
        {
            return weigering;
        }

        var percelen = await db.Percelen.Where(p => p.AanbestedingId == a.Id).Select(p => p.Nummer).ToListAsync(ct);
        if (kwaliteit.Percelen.Except(percelen).Any() || prijs.PrijsPerPerceel.Keys.Except(percelen).Any())
        {
            return new Weigering("inschrijving.perceel-onbekend", "Percelen", "Kies alleen percelen van deze aanbesteding.");
        }

        if (prijs.PrijsPerPerceel.Values.Any(c => c < 0))
        {
            return new Weigering("inschrijving.prijs-negatief", "Prijzen", "Een prijs is 0 of meer.");
        }

        if (kwaliteit.Antwoorden.Values.Any(t => t.Length > MaxAntwoord))
        {
            return new Weigering("inschrijving.antwoord-te-lang", "Antwoorden", $"Een antwoord is ten hoogste {NlFormat.Aantal(MaxAntwoord)} tekens; voeg een langere uitwerking als bestand toe.");
        }

        var eisen = await db.Inschrijvingseisen.Where(e => e.AanbestedingId == a.Id).Select(e => new { e.Id, e.Soort }).ToListAsync(ct);
        if (kwaliteit.Verklaringen.Keys.Any(k => !eisen.Any(e => e.Id == k && e.Soort == EisSoort.Verklaring))
            || kwaliteit.Antwoorden.Keys.Any(k => !eisen.Any(e => e.Id == k && e.Soort == EisSoort.Vraag)))
        {
            return Weigering.Geheel("inschrijving.eis-onbekend", "Beantwoord alleen de eisen van deze aanbesteding.");
        }

        i.Kwaliteit = kluis.Versleutel(i.Sleutel, InschrijvingJson.Naar(kwaliteit), Context(i, "kwaliteit"));
        i.Prijs = kluis.Versleutel(i.Sleutel, InschrijvingJson.Naar(prijs), Context(i, "prijs"));
        i.Status = InschrijvingLevenscyclus.Na(InschrijvingHandeling.Bewaren);
        return await Opslaan(db, i, nu, ct);
    }

    /// <summary>Seals an uploaded file for a file requirement, replacing an earlier one; streamed, never whole in memory.</summary>
    public static async Task<Weigering?> BewaarBestandAsync(ZorginkoopDbContext db, Kluis kluis, Aanbesteding a, Inschrijving i, Inschrijvingseis eis, Stream inhoud,
        string? bestandsnaam, DateTimeOffset nu, CancellationToken ct = default)
    {
        var weigering = Gesloten(a, nu) ?? Bewerkbaar(i);
        if (weigering is not null)
        {
            return weigering;
        }

        if (eis.AanbestedingId != a.Id || eis.Soort != EisSoort.Bestand)
        {
            return Weigering.Geheel("inschrijving.eis-vraagt-geen-bestand", "Deze eis vraagt geen bestand.");
        }

        var naam = Documenten.Bestandsnaam.Schoon(bestandsnaam);
        if (naam is null)
        {
            return new Weigering("inschrijving.bestandsnaam-onbruikbaar", "Bestand", "Het bestand heeft geen bruikbare naam. Geef het een naam zoals 'kwaliteitsplan.pdf'.");
        }

        if (Documenten.DocumentSoort.Controleer(inhoud, naam) is { } soortFout)
        {
            return new Weigering("inschrijving.bestand-geweigerd", "Bestand", soortFout);
        }

        var vorige = i.Bestanden.Where(b => b.EisId == eis.Id).ToList();
        var ruimte = MaxBytesPerInschrijving - i.Bestanden.Except(vorige).Sum(b => b.Grootte);
        var opslagnaam = Guid.NewGuid().ToString("D");
        var bewaard = await kluis.BewaarAsync(i.Sleutel, inhoud, opslagnaam, Context(i, $"bestand:{opslagnaam}"), ruimte, ct);
        if (bewaard is not { } b)
        {
            return new Weigering("inschrijving.bestanden-te-groot", "Bestand", $"'{naam}' past niet meer: alle bestanden van een inschrijving samen zijn ten hoogste {Documentbeheer.Grootte(MaxBytesPerInschrijving)}.");
        }

        var bestand = new InschrijvingBestand
        {
            EisId = eis.Id,
            Opslagnaam = opslagnaam,
            NaamVersleuteld = kluis.Versleutel(i.Sleutel, System.Text.Encoding.UTF8.GetBytes(naam), Context(i, $"naam:{opslagnaam}")),
            Grootte = b.Grootte,
            Sha256 = b.Sha256,
            Moment = nu,
        };
        i.Bestanden.Add(bestand);
        foreach (var v in vorige)
        {
            i.Bestanden.Remove(v);
        }

        i.Status = InschrijvingLevenscyclus.Na(InschrijvingHandeling.Bewaren);
        var fout = await Opslaan(db, i, nu, ct);
        if (fout is not null)
        {
            kluis.Verwijder(opslagnaam);
            return fout;
        }

        foreach (var v in vorige)
        {
            kluis.Verwijder(v.Opslagnaam);
        }

        return null;
    }

    public static string Naam(Kluis kluis, Inschrijving i, InschrijvingBestand b) =>
        System.Text.Encoding.UTF8.GetString(kluis.Ontsleutel(i.Sleutel, b.NaamVersleuteld, Context(i, $"naam:{b.Opslagnaam}")));

    public static string BestandContext(Inschrijving i, InschrijvingBestand b) => Context(i, $"bestand:{b.Opslagnaam}");

    /// <summary>The sealing context of a document supplied after the deadline on a repair request (Gunning.Herstel): bound to the bid, apart from its files.</summary>
    public static string HerstelContext(Inschrijving i, string opslagnaam, bool naam = false) => Context(i, $"{(naam ? "herstelnaam" : "herstel")}:{opslagnaam}");

    /// <summary>What the bid still lacks before it can be submitted, in Dutch; empty when complete.</summary>
    public static IReadOnlyList<string> Ontbrekend(IReadOnlyList<Inschrijvingseis> eisen, Kwaliteitsdeel k, Prijsdeel p, IReadOnlyCollection<InschrijvingBestand> bestanden)
    {
        var lijst = new List<string>();
        if (k.Percelen.Count == 0)
        {
            lijst.Add("Kies ten minste één perceel waarop u inschrijft.");
        }

        foreach (var e in eisen.Where(e => e.Verplicht).OrderBy(e => e.Volgorde))
        {
            var ontbreekt = e.Soort switch
            {
                EisSoort.Verklaring => !k.Verklaringen.ContainsKey(e.Id),
                EisSoort.Vraag => string.IsNullOrWhiteSpace(k.Antwoorden.GetValueOrDefault(e.Id)),
                EisSoort.Bestand => bestanden.All(b => b.EisId != e.Id),
                EisSoort.Prijs => k.Percelen.Any(n => !p.PrijsPerPerceel.ContainsKey(n)),
                _ => false,
            };
            if (ontbreekt)
            {
                lijst.Add(e.Soort == EisSoort.Prijs ? $"{e.Tekst}: vul een prijs in voor elk perceel waarop u inschrijft." : $"{e.Tekst}: nog niet ingevuld.");
            }
        }

        return lijst;
    }

    /// <summary>
    /// Submits the bid and gives the receipt: the server's time and the SHA-256 of the complete bid. Idempotent per
    /// request: a retry with the same <paramref name="verzoek"/> returns the same receipt and changes nothing. The
    /// answer is given only after the commit.
    /// </summary>
    public static async Task<IndienUitkomst> IndienenAsync(ZorginkoopDbContext db, Kluis kluis, Aanbesteding a, Inschrijving i, Guid verzoek,
        DateTimeOffset nu, CancellationToken ct = default)
    {
        if (i.Status == InschrijvingStatus.Ingediend && i.LaatsteVerzoek == verzoek)
        {
            return new(await db.Ontvangstbewijzen.Where(o => o.InschrijvingId == i.Id).OrderByDescending(o => o.Versie).FirstAsync(ct), null);
        }

        var weigering = Gesloten(a, nu) ?? (!InschrijvingLevenscyclus.Mag(i.Status, InschrijvingHandeling.Indienen) ? Weigering.Geheel("inschrijving.al-ingediend", "Deze inschrijving is al ingediend.") : null);
        if (weigering is not null)
        {
            return new(null, weigering);
        }

        var eisen = await db.Inschrijvingseisen.Where(e => e.AanbestedingId == a.Id).ToListAsync(ct);
        var (kwaliteit, prijs) = Lees(kluis, i);
        var ontbrekend = Ontbrekend(eisen, kwaliteit, prijs, i.Bestanden);
        if (ontbrekend.Count > 0)
        {
            return new(null, Weigering.Geheel("inschrijving.onvolledig", "De inschrijving is nog niet compleet: " + string.Join(" ", ontbrekend)));
        }

        return await BevestigAsync(db, kluis, i, verzoek, kwaliteit, prijs, herbevestiging: false, nu, ct);
    }

    /// <summary>Withdraws a submitted bid before the deadline; it becomes a draft again that can be changed and submitted anew.</summary>
    public static async Task<Weigering?> IntrekkenAsync(ZorginkoopDbContext db, Aanbesteding a, Inschrijving i, DateTimeOffset nu, CancellationToken ct = default)
    {
        var weigering = Gesloten(a, nu) ?? (!InschrijvingLevenscyclus.Mag(i.Status, InschrijvingHandeling.Intrekken) ? Weigering.Geheel("inschrijving.niet-ingediend", "Alleen een ingediende inschrijving kan worden ingetrokken.") : null);
        if (weigering is not null)
        {
            return weigering;
        }

        i.Status = InschrijvingLevenscyclus.Na(InschrijvingHandeling.Intrekken);
        i.LaatsteVerzoek = null;
        return await Opslaan(db, i, nu, ct);
    }

    /// <summary>
    /// After a rectification, a bid submitted before it must be confirmed again: the bid is unchanged, but the
    /// provider states it stands under the changed conditions. A new receipt records it.
    /// </summary>
    public static async Task<IndienUitkomst> HerbevestigenAsync(ZorginkoopDbContext db, Kluis kluis, Aanbesteding a, Inschrijving i, DateTimeOffset nu, CancellationToken ct = default)
    {
        var weigering = Gesloten(a, nu) ?? (!InschrijvingLevenscyclus.Mag(i.Status, InschrijvingHandeling.Herbevestigen) ? Weigering.Geheel("inschrijving.niet-ingediend", "Alleen een ingediende inschrijving kan worden herbevestigd.") : null);
        if (weigering is not null)
        {
            return new(null, weigering);
        }

        var (kwaliteit, prijs) = Lees(kluis, i);
        return await BevestigAsync(db, kluis, i, Guid.NewGuid(), kwaliteit, prijs, herbevestiging: true, nu, ct);
    }

    /// <summary>True when the conditions changed (a rectification) after the bid was last submitted or confirmed.</summary>
    public static bool HerbevestigingNodig(Inschrijving i, DateTimeOffset? laatsteRectificatie) =>
        InschrijvingLevenscyclus.Telt(i.Status) && laatsteRectificatie is { } r && i.IngediendOp is { } op && op < r;

    private static async Task<IndienUitkomst> BevestigAsync(ZorginkoopDbContext db, Kluis kluis, Inschrijving i, Guid verzoek, Kwaliteitsdeel kwaliteit,
        Prijsdeel prijs, bool herbevestiging, DateTimeOffset nu, CancellationToken ct)
    {
        _ = kluis;
        var versie = i.Versie + 1;
        var sha = InschrijvingJson.Ontvangstbewijs(i.AanbestedingId, i.ZorgaanbiederId, versie, InschrijvingJson.Naar(kwaliteit), InschrijvingJson.Naar(prijs),
            i.Bestanden.Select(b => (b.EisId, b.Sha256)));
        i.Status = InschrijvingLevenscyclus.Na(herbevestiging ? InschrijvingHandeling.Herbevestigen : InschrijvingHandeling.Indienen);
        i.IngediendOp = nu;
        i.Ontvangstbewijs = sha;
        i.LaatsteVerzoek = verzoek;
        var bewijs = new Ontvangstbewijs
        {
            InschrijvingId = i.Id,
            AanbestedingId = i.AanbestedingId,
            ZorgaanbiederId = i.ZorgaanbiederId,
            Versie = versie,
            Moment = nu,
            Sha256 = sha,
            Herbevestiging = herbevestiging,
        };
        db.Ontvangstbewijzen.Add(bewijs);
        var fout = await Opslaan(db, i, nu, ct, bewijs);
        return fout is null ? new(bewijs, null) : new(null, fout);
    }

    /// <summary>
    /// Saves with the version as concurrency token: of two simultaneous changes one wins, the other is told so. The
    /// procedure is held while its state is read again and the change is stored (<see cref="AanbestedingLock"/>), so a
    /// request that waited for the database is judged by its arrival <paramref name="nu"/> against the state the
    /// procedure really has when the change lands: never after the vault was opened. A receipt gets the moment it
    /// was stored, read once the lock is held.
    /// </summary>
    private static async Task<Weigering?> Opslaan(ZorginkoopDbContext db, Inschrijving i, DateTimeOffset nu, CancellationToken ct, Ontvangstbewijs? bewijs = null)
    {
        i.Versie++;
        i.Gewijzigd = nu;
        // SQLite has one writer: in a rush, waiting providers would otherwise each poll the lock with a growing back-off
        // (seconds at the tail). In one process they queue here instead, first come first served.
        var poort = db.Database.IsSqlite() ? SqlitePoort : null;
        if (poort is not null)
        {
            await poort.WaitAsync(ct);
        }

        try
        {
            await using var transactie = await AanbestedingLock.AanbestedingAsync(db, i.AanbestedingId, ct);
            var weigering = await NogOpenAsync(db, i.AanbestedingId, nu, ct);
            if (weigering is not null)
            {
                db.ChangeTracker.Clear();
                return weigering;
            }

            if (bewijs is not null)
            {
                bewijs.OpgeslagenOp = db.Klok.GetUtcNow();
            }

            await db.SaveChangesAsync(ct);
            await transactie.CommitAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || UniekeSleutel.IsGeschonden(e))
        {
            // The version check, or on PostgreSQL the unique (bid, version) of the receipt written in the same save:
            // either way another request changed the bid first.
            db.ChangeTracker.Clear();
            return Weigering.Geheel("inschrijving.gelijktijdig-gewijzigd", "Uw inschrijving is intussen vanuit een ander venster of verzoek gewijzigd; er is niets opgeslagen. Vernieuw de pagina en probeer het opnieuw.");
        }
        finally
        {
            poort?.Release();
        }
    }

    /// <summary>The procedure's state as stored, read inside the lock: what a change that arrived at <paramref name="nu"/> may still do.</summary>
    private static async Task<Weigering?> NogOpenAsync(ZorginkoopDbContext db, int aanbestedingId, DateTimeOffset nu, CancellationToken ct)
    {
        var a = await db.Aanbestedingen.AsNoTracking().Where(x => x.Id == aanbestedingId)
            .Select(x => new { x.Status, x.Vorm, x.Sluitingsmoment }).SingleAsync(ct);
        return Gesloten(a.Status, a.Vorm, a.Sluitingsmoment, nu) ?? (await KluisOpenen.IsOpenAsync(db, aanbestedingId, ct)
            ? Weigering.Geheel("inschrijving.kluis-geopend", $"Uw verzoek kwam binnen op {NlFormat.DatumTijd(nu)}, maar de kluis van deze aanbesteding werd geopend voordat het kon worden opgeslagen; " +
              "er is niets gewijzigd. Neem contact op met het inkoopbureau.")
            : null);
    }

    private static readonly SemaphoreSlim SqlitePoort = new(1, 1);

    private static Weigering? Bewerkbaar(Inschrijving i) => !InschrijvingLevenscyclus.Mag(i.Status, InschrijvingHandeling.Bewaren)
        ? Weigering.Geheel("inschrijving.ingediend", "Deze inschrijving is ingediend. Trek haar eerst in om iets te wijzigen, en dien haar daarna opnieuw in.")
        : null;

    private static string Context(Inschrijving i, string deel) => $"inschrijving:{i.Id}:{i.AanbestedingId}:{i.ZorgaanbiederId}:{deel}";
}
