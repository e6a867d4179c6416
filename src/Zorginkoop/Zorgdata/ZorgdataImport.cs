using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Catalogus.Import;
using Zorginkoop.Data;

namespace Zorginkoop.Zorgdata;

public sealed record ZorgdataImportResultaat(Importrun Run, IReadOnlyList<ImportMelding> Meldingen, int AantalFouten)
{
    public bool Gelukt => Run.Resultaat is Resultaten.Gelukt or Resultaten.AlGeimporteerd;
}

public static class Resultaten
{
    public const string Gelukt = "gelukt";
    public const string Geweigerd = "geweigerd";
    public const string AlGeimporteerd = "al-geimporteerd";
    public const string Bezig = "bezig";
    public const string Afgebroken = "afgebroken";
}

/// <summary>
/// Imports one care data file as one unit: the format is detected from the content, every line is checked, each BSN
/// is pseudonymised before anything is stored, and the lines are written in one transaction that is rolled back when
/// any line is bad. A line or file imported again changes nothing. Every run is recorded, refused runs too. The
/// catalogue is read from the main database <c>db</c>; the lines go into the care-data database beside it
/// (<see cref="ZorgdataDbContext"/>), whose write lock is the only one an import holds.
/// </summary>
/// <param name="dataMap">The data folder, for the lock that shows the run is alive (<see cref="ImportLock"/>); null in tests that need none.</param>
public sealed partial class ZorgdataImport(ZorginkoopDbContext db, Pseudonimisering pseudonimisering, TimeProvider tijd, int maxMeldingen = 100, string? dataMap = null)
{
    private readonly Dictionary<string, (string Hex, byte[] Sleutel)> pseudoniemen = new(StringComparer.Ordinal);

    /// <summary>Where the care data goes: the care-data database beside the main one, which holds the catalogue.</summary>
    private ZorgdataDbContext zd => db.Zorgdata;
    private readonly Dictionary<string, Eenheid?> eenheidPerTekst = new(StringComparer.Ordinal);

    /// <summary>The municipalities this run may import lines of; null for all (the CLI, run by the installation's administrator).</summary>
    private IReadOnlySet<string>? bereik;

    /// <summary>The municipalities the run's lines were of, for <see cref="Importrun.Gemeenten"/>; the last one seen, to skip the set.</summary>
    private readonly HashSet<string> gemeentenVanRun = new(StringComparer.Ordinal);
    private string? vorigeGemeente;
    private bool vorigeBinnen;

    /// <summary>True when this very file (by its SHA-256) was imported successfully before.</summary>
    public async Task<bool> AlGeimporteerdAsync(Stream bestand, CancellationToken ct = default)
    {
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(bestand, ct));
        bestand.Position = 0;
        return await zd.Importruns.AnyAsync(r => r.Sha256 == sha && r.Resultaat == Resultaten.Gelukt, ct);
    }

    public async Task<ZorgdataImportResultaat> RunAsync(
        Stream bestand, string bestandsnaam, string gebruiker, IProgress<ImportProgress>? voortgang = null, CancellationToken ct = default)
    {
        var opdracht = Guid.NewGuid();
        using var slot = dataMap is null ? null : ImportLock.Neem(dataMap, opdracht);
        return await RunAsync(bestand, bestandsnaam, gebruiker, opdracht, voortgang, ct);
    }

    /// <summary>
    /// Imports the file as run <paramref name="opdracht"/>, whose <see cref="ImportLock"/> the caller holds (the web's
    /// queue takes it with the upload). The run is recorded as <c>bezig</c> before anything else, so a process that stops
    /// halfway leaves a trace the next start marks <c>afgebroken</c> (<see cref="ImportCleanup"/>); a failure that the
    /// process survives is marked at once.
    /// </summary>
    /// <param name="gemeenten">
    /// The municipalities whose lines this user may import (those of the regions where she holds an importing role);
    /// a line of any other is refused, and with it the file. Null for all: the CLI.
    /// </param>
    public async Task<ZorgdataImportResultaat> RunAsync(
        Stream bestand, string bestandsnaam, string gebruiker, Guid opdracht, IProgress<ImportProgress>? voortgang, CancellationToken ct,
        IReadOnlySet<string>? gemeenten = null)
    {
        (bereik, vorigeGemeente) = (gemeenten, null);
        gemeentenVanRun.Clear();
        if (!bestand.CanSeek)
        {
            throw new ArgumentException("Het importbestand moet doorzoekbaar zijn (een bestand op schijf).", nameof(bestand));
        }

        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(bestand, ct));
        bestand.Position = 0;
        var run = new Importrun
        {
            Bestandsnaam = Path.GetFileName(bestandsnaam),
            Sha256 = sha,
            Formaat = await HerkenFormaatAsync(bestand, ct),
            Gebruiker = gebruiker,
            Gestart = tijd.GetUtcNow(),
            Resultaat = Resultaten.Bezig,
            Opdracht = opdracht,
        };

        if (await zd.Importruns.AnyAsync(r => r.Sha256 == sha && r.Resultaat == Resultaten.Gelukt, ct))
        {
            run.Resultaat = Resultaten.AlGeimporteerd;
            return await BewaarRunAsync(run, [], 0, ct);
        }

        try
        {
            zd.Importruns.Add(run);
            await zd.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DatabaseBusy.Is(e))
        {
            // SQLite has one writer: another import holds the care data (for minutes on a national year).
            zd.ChangeTracker.Clear();
            run.Resultaat = Resultaten.Afgebroken;
            return new(run, [new(1, null, AndereImport)], 1);
        }

        try
        {
            return await ImporteerAsync(bestand, run, voortgang, ct);
        }
        catch (Exception e)
        {
            await AfbrekenAsync(run, e switch
            {
                OperationCanceledException => "De import is gestopt doordat Zorginkoop werd afgesloten; er is niets opgeslagen. Importeer het bestand opnieuw.",
                _ when DatabaseBusy.Is(e) => AndereImport,
                _ => "De import is onverwacht mislukt; er is niets opgeslagen. De beheerder kan de oorzaak in het logboek vinden.",
            });
            throw;
        }
    }

    /// <summary>
    /// Whether a line of this municipality may be imported by this run; if not, it is reported (and the file refused).
    /// Every line passes here, on one thread at a time: the last municipality is remembered, so a file of one
    /// municipality costs one comparison per line.
    /// </summary>
    private bool BinnenBereik(int regel, string gemeente, Action<ImportMelding> meld)
    {
        if (!string.Equals(gemeente, vorigeGemeente, StringComparison.Ordinal))
        {
            gemeentenVanRun.Add(gemeente);
            (vorigeGemeente, vorigeBinnen) = (gemeente, bereik is null || bereik.Contains(gemeente));
        }

        if (vorigeBinnen)
        {
            return true;
        }

        meld(new(regel, "gemeente", $"Gemeente {gemeente} hoort niet bij uw regio's: u importeert alleen zorggegevens van de gemeenten van de regio's waar u inkoper, analist of beheerder bent."));
        return false;
    }

    private string? GemeentenVanRun() => gemeentenVanRun.Count == 0 ? null : "," + string.Join(',', gemeentenVanRun.Order(StringComparer.Ordinal)) + ",";

    private const string AndereImport = "Er liep al een andere import van zorggegevens; er is niets opgeslagen. Importeer het bestand opnieuw als die klaar is.";

    /// <summary>Marks the run afgebroken after a failure its process survived; if even that fails, the next start does it.</summary>
    private async Task AfbrekenAsync(Importrun run, string reden)
    {
        try
        {
            zd.ChangeTracker.Clear();
            var opgeslagen = await zd.Importruns.SingleAsync(r => r.Id == run.Id, CancellationToken.None);
            (opgeslagen.Resultaat, opgeslagen.Beeindigd, opgeslagen.Meldingen, opgeslagen.Toegevoegd, opgeslagen.AlAanwezig) =
                (Resultaten.Afgebroken, tijd.GetUtcNow(), reden, 0, 0);
            await zd.SaveChangesAsync(CancellationToken.None);
            (run.Resultaat, run.Meldingen) = (Resultaten.Afgebroken, reden);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // ImportCleanup marks it at the next start.
        }
    }

    private async Task<ZorgdataImportResultaat> ImporteerAsync(Stream bestand, Importrun run, IProgress<ImportProgress>? voortgang, CancellationToken ct)
    {
        var meldingen = new List<ImportMelding>();
        var fouten = 0;
        // Called by the reading stage only; the writing stage reads 'fouten' to stop writing after the first problem.
        void Meld(ImportMelding m)
        {
            Interlocked.Increment(ref fouten);
            if (meldingen.Count < maxMeldingen)
            {
                meldingen.Add(m);
            }
        }

        var zoeker = await ProductLookup.LoadAsync(db, ct);
        var eenheden = await db.Eenheden.AsNoTracking().ToListAsync(ct);
        await using var transactie = await zd.Database.BeginTransactionAsync(ct);
        if (zd.Database.IsNpgsql())
        {
            // One import at a time, as SQLite's single writer has it: the monitor's index reads new lines by their id,
            // so lines of two imports must not interleave (MonitorIndex).
            // An import waits for the one before it, however long that takes: not the app's lock_timeout (Database:Wachttijd).
            await zd.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = 0", ct);
            await zd.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(727275)", ct);
        }
        // A ZIP is one import of all its messages (Berichtenbundel); any other file is one part, itself.
        using var bundel = run.Formaat == "zip" ? Berichtenbundel.Open(bestand, Meld) : null;
        IReadOnlyList<Berichtdeel> delen = run.Formaat != "zip" ? [new Berichtdeel(null, run.Formaat, bestand.Length, () => bestand)]
            : bundel?.Delen ?? [];
        if (delen.Any(d => d.IsAfwijzing) && bundel is not null)
        {
            // The monitor's index is rebuilt after a claim answer, which it knows by the run's format (MonitorIndex.Versie).
            run.Formaat = "zip+jw325";
        }

        var toewijzingen = new Dictionary<(string, string), Toewijzing>();
        foreach (var deel in delen.Where(d => d.IsToewijzing))
        {
            await LeesDeelAsync(deel, Meld, (s, meld) => VerwerkToewijzingenAsync(s, deel.Formaat, run, zoeker, toewijzingen, meld, ct));
        }

        if (bundel is not null && delen.Any(d => d.IsToewijzing) && delen.Any(d => d.IsStartStop))
        {
            // Starts and stops look their allocation up in the database: those of this ZIP go there first (the
            // transaction still holds them).
            await zd.SaveChangesAsync(ct);
        }

        foreach (var deel in delen.Where(d => d.IsStartStop))
        {
            await LeesDeelAsync(deel, Meld, (s, meld) => VerwerkStartStopAsync(s, deel.Formaat, run, meld, ct));
        }

        if (delen.Any(d => d.IsDeclaratie))
        {
            var declaraties = delen.Where(d => d.IsDeclaratie).ToList();
            await using var schrijver = await ZorgregelWriter.CreateAsync(zd, transactie, bundel is null ? run.Formaat : "zip", declaraties.Sum(d => d.Lengte), ct);
            // Two stages on two cores: reading, checking and hashing (the BSN check, the HMAC pseudonym, the keys) on a
            // worker, writing on this thread. Lines travel in blocks of 512, so the hand-over costs nothing per line; the
            // channel is bounded, so memory stays flat whatever the file's size.
            const int Blok = 512;
            var kanaal = Channel.CreateBounded<List<Zorgregel>>(new BoundedChannelOptions(16) { SingleReader = true, SingleWriter = true });
            var lezer = Task.Factory.StartNew(() =>
            {
                try
                {
                    // A ZIP's entries are read in the order of their kinds and names, not where they lie in the file: its
                    // progress is that of the parts read.
                    var (gelezen, totaal) = (0L, Math.Max(1, declaraties.Sum(d => d.Lengte)));
                    var regels = LeesDeclaraties(declaraties, Meld, d => gelezen += d.Lengte, ct);
                    int Procent() => bundel is null ? ImportProgress.ProcentVan(bestand) : (int)Math.Min(99, gelezen * 100 / totaal);
                    var blok = new List<Zorgregel>(Blok);
                    void Geef()
                    {
                        if (!kanaal.Writer.TryWrite(blok))
                        {
                            kanaal.Writer.WriteAsync(blok, ct).AsTask().GetAwaiter().GetResult();
                        }

                        blok = new List<Zorgregel>(Blok);
                    }

                    foreach (var ruw in regels)
                    {
                        ct.ThrowIfCancellationRequested();
                        run.Regels++;
                        var regel = Verwerk(ruw, run.Id, zoeker, eenheden, Meld);
                        // After the first problem nothing more is written (it will be rolled back), but reading goes
                        // on to report every problem in one go.
                        if (regel is not null && Volatile.Read(ref fouten) == 0)
                        {
                            blok.Add(regel);
                            if (blok.Count == Blok)
                            {
                                Geef();
                            }
                        }

                        if (run.Regels % 10_000 == 0)
                        {
                            voortgang?.Report(new(run.Regels, Procent(), Opslaan: false));
                        }
                    }

                    if (blok.Count > 0)
                    {
                        Geef();
                    }

                    if (Volatile.Read(ref fouten) == 0 && run.Regels > 0)
                    {
                        // What is left (the last blocks, SQLite's key index, the commit) can take seconds on a large
                        // file without a line to count.
                        voortgang?.Report(new(run.Regels, 100, Opslaan: true));
                    }

                    kanaal.Writer.Complete();
                }
                catch (InvalidDataException e) when (bundel is not null)
                {
                    // An entry of the ZIP that cannot be unpacked, or a ZIP that unpacks to too much: the file is refused.
                    Meld(new(1, null, Berichtenbundel.OnleesbaarDeel(e)));
                    kanaal.Writer.Complete();
                }
                catch (Exception e)
                {
                    kanaal.Writer.Complete(e);
                }
            }, ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);

            await foreach (var blok in kanaal.Reader.ReadAllAsync(ct))
            {
                foreach (var regel in blok)
                {
                    if (Volatile.Read(ref fouten) != 0)
                    {
                        break;
                    }

                    await schrijver.WriteAsync(regel, ct);
                }
            }

            await lezer;
            if (fouten == 0)
            {
                var (toegevoegd, alAanwezig) = await schrijver.AfrondenAsync(ct);
                (run.Toegevoegd, run.AlAanwezig) = (run.Toegevoegd + toegevoegd, run.AlAanwezig + alAanwezig);
            }
        }

        foreach (var deel in delen.Where(d => d.IsAfwijzing))
        {
            await LeesDeelAsync(deel, Meld, (s, meld) => VerwerkAfwijzingenAsync(s, deel.Formaat, run, meld, () => fouten, voortgang, bestand, ct));
        }

        // No last progress line when every line was read and found wrong: "0 regels gelezen (100 %)" would be untrue
        // then (the count is of good lines); the problems themselves are the answer.
        if (run.Regels > 0 || fouten == 0)
        {
            voortgang?.Report(new(run.Regels, 100, Opslaan: fouten == 0 && run.Regels > 0));
        }

        if (fouten > 0 || run.Regels == 0)
        {
            await transactie.RollbackAsync(ct);
            zd.ChangeTracker.Clear();
            if (run.Regels == 0 && fouten == 0)
            {
                Meld(new(1, null, "Het bestand bevat geen zorgregels."));
            }

            run.Resultaat = Resultaten.Geweigerd;
            run.Toegevoegd = 0;
            run.AlAanwezig = 0;
            run.Gemeenten = GemeentenVanRun();
            return await BewaarRunAsync(run, meldingen, fouten, ct);
        }

        // Successful in the same transaction as the lines: a run is gelukt exactly when its lines are stored.
        run.Resultaat = Resultaten.Gelukt;
        run.Beeindigd = tijd.GetUtcNow();
        run.Gemeenten = GemeentenVanRun();
        await zd.SaveChangesAsync(ct);
        await transactie.CommitAsync(ct);
        return new(run, [], 0);
    }

    /// <summary>
    /// A JW325 lists only the rejected prestaties (TR342); each marks its claim line as rejected, which takes it out of
    /// the accepted costs. The claim must have been imported before its answer.
    /// </summary>
    private async Task VerwerkAfwijzingenAsync(Stream bericht, string formaat, Importrun run, Action<ImportMelding> meld, Func<int> fouten,
        IProgress<ImportProgress>? voortgang, Stream bestand, CancellationToken ct)
    {
        foreach (var (regel, agb, referentie) in ZorgdataXml.LeesAfwijzingen(bericht, formaat, meld))
        {
            run.Regels++;
            var sleutel = ZorgregelSleutel.Declaratie(agb, referentie);
            var regelInDb = await zd.Zorgregels.Where(z => z.Sleutel == sleutel).Select(z => new { z.Afgewezen, z.GemeenteCode }).SingleOrDefaultAsync(ct);
            if (regelInDb is null)
            {
                meld(new(regel, "ReferentieNummer", $"Prestatie {referentie} van zorgaanbieder {agb} is niet eerder geïmporteerd; importeer eerst de declaratie (JW323)."));
            }
            else if (!BinnenBereik(regel, regelInDb.GemeenteCode, meld))
            {
                // A rejection of another region's claim: reported, and the file changes nothing.
            }
            else if (fouten() == 0 && !regelInDb.Afgewezen)
            {
                await zd.Zorgregels.Where(z => z.Sleutel == sleutel).ExecuteUpdateAsync(u => u.SetProperty(z => z.Afgewezen, true), ct);
                run.Toegevoegd++;
            }
            else
            {
                run.AlAanwezig++;
            }

            if (run.Regels % 10_000 == 0)
            {
                voortgang?.Report(new(run.Regels, ImportProgress.ProcentVan(bestand), Opslaan: false));
            }
        }
    }

    /// <summary>
    /// Allocations are kept as their current state per municipality and allocation number: a later message (by
    /// Toewijzingsdatum and -tijd, OP033x1) replaces the earlier version, an older one changes nothing.
    /// </summary>
    /// <param name="gezien">The allocations of this run so far, across the messages of a ZIP: a later message of the same
    /// allocation finds the earlier one here, since neither is in the database before the commit.</param>
    private async Task VerwerkToewijzingenAsync(Stream bericht, string formaat, Importrun run, ProductLookup zoeker,
        Dictionary<(string, string), Toewijzing> gezien, Action<ImportMelding> meld, CancellationToken ct)
    {
        foreach (var t in ZorgdataXml.LeesToewijzingen(bericht, formaat, meld))
        {
            run.Regels++;
            if (!BinnenBereik(t.Regel, t.Gemeente, meld))
            {
                continue;
            }

            int? productId = null;
            if (t.Code is { Length: > 0 } code)
            {
                var (product, fout) = zoeker.Zoek(t.Gemeente, code, t.Ingangsdatum);
                if (product is null)
                {
                    meld(new(t.Regel, "Product", char.ToUpperInvariant(fout![0]) + fout[1..] + "."));
                    continue;
                }

                productId = product.ProductId;
            }

            var nummer = Nummer(t.Nummer);
            var moment = t.Moment.Ticks;
            if (!gezien.TryGetValue((t.Gemeente, nummer), out var bestaand))
            {
                bestaand = await zd.Toewijzingen.SingleOrDefaultAsync(x => x.GemeenteCode == t.Gemeente && x.ToewijzingNummer == nummer, ct);
            }

            // The same or an older version of this allocation: nothing to change.
            if (bestaand is not null && bestaand.Toewijzingsmoment >= moment)
            {
                run.AlAanwezig++;
                continue;
            }

            var toewijzing = bestaand ?? new Toewijzing { GemeenteCode = t.Gemeente, AgbCode = t.Agb, ToewijzingNummer = nummer, Client = "" };
            var nieuw = bestaand is null;
            toewijzing.ImportrunId = run.Id;
            toewijzing.AgbCode = t.Agb;
            toewijzing.Client = pseudonimisering.Pseudoniem(t.Bsn);
            toewijzing.CategorieCode = t.Categorie;
            toewijzing.ProductCode = t.Code;
            toewijzing.ProductId = productId;
            toewijzing.Ingangsdatum = t.Ingangsdatum;
            toewijzing.Einddatum = t.Einddatum;
            toewijzing.Toewijzingsmoment = moment;
            toewijzing.RedenWijziging = t.RedenWijziging;
            toewijzing.Volume = t.Volume;
            toewijzing.EenheidCode = t.Eenheid;
            toewijzing.Frequentie = t.Frequentie;
            toewijzing.BudgetCent = t.Budget;
            toewijzing.Verwijderd = t.Einddatum == t.Ingangsdatum && t.RedenWijziging is "13" or "01";
            gezien[(t.Gemeente, nummer)] = toewijzing;
            if (nieuw)
            {
                zd.Toewijzingen.Add(toewijzing);
            }

            run.Toegevoegd++;
        }
    }

    /// <summary>
    /// A start or stop message records when delivery really began or ended on an allocation imported before. Status
    /// 3 (verwijderen) withdraws an earlier report; a correction is a removal followed by a new report (IV008).
    /// </summary>
    private async Task VerwerkStartStopAsync(Stream bericht, string formaat, Importrun run, Action<ImportMelding> meld, CancellationToken ct)
    {
        var stop = formaat.EndsWith("307", StringComparison.Ordinal);
        foreach (var s in ZorgdataXml.LeesStartStop(bericht, formaat, meld))
        {
            run.Regels++;
            if (!BinnenBereik(s.Regel, s.Gemeente, meld))
            {
                continue;
            }

            if (s.Nummer is null)
            {
                meld(new(s.Regel, "ToewijzingNummer", "Dit bericht heeft geen toewijzingnummer (taakgerichte uitvoering); Zorginkoop legt starts en stops alleen vast bij een toewijzing."));
                continue;
            }

            var nummer = Nummer(s.Nummer);
            var toewijzing = await zd.Toewijzingen.SingleOrDefaultAsync(t => t.GemeenteCode == s.Gemeente && t.ToewijzingNummer == nummer, ct);
            if (toewijzing is null)
            {
                meld(new(s.Regel, "ToewijzingNummer", $"Toewijzing {nummer} van gemeente {s.Gemeente} is niet eerder geïmporteerd; importeer eerst de toewijzing (JW301)."));
                continue;
            }

            var verwijderen = s.Status == "3";
            var voor = (toewijzing.ZorgBegonnen, toewijzing.ZorgGestopt, toewijzing.RedenBeeindiging);
            if (stop)
            {
                toewijzing.ZorgGestopt = verwijderen ? null : s.Einddatum;
                toewijzing.RedenBeeindiging = verwijderen ? null : s.Reden;
            }
            else
            {
                toewijzing.ZorgBegonnen = verwijderen ? null : s.Begindatum;
            }

            if (voor == (toewijzing.ZorgBegonnen, toewijzing.ZorgGestopt, toewijzing.RedenBeeindiging))
            {
                run.AlAanwezig++;
            }
            else
            {
                run.Toegevoegd++;
            }
        }
    }

    private Zorgregel? Verwerk(RuweZorgregel r, int runId, ProductLookup zoeker, List<Eenheid> eenheden, Action<ImportMelding> meld)
    {
        if (!zoeker.IsGemeente(r.Gemeente))
        {
            meld(new(r.Regel, "gemeente", $"Gemeentecode {r.Gemeente} bestaat niet (CBS-lijst 2026)."));
            return null;
        }

        if (!BinnenBereik(r.Regel, r.Gemeente, meld))
        {
            return null;
        }

        var (product, fout) = zoeker.Zoek(r.Gemeente, r.ProductCode, r.Begindatum);
        if (product is null)
        {
            meld(new(r.Regel, "productcode", char.ToUpperInvariant(fout![0]) + fout[1..] + "."));
            return null;
        }

        // The same few unit texts on every line: looked up once per text.
        if (!eenheidPerTekst.TryGetValue(r.Eenheid, out var eenheid))
        {
            eenheidPerTekst[r.Eenheid] = eenheid = EenheidZoeker.Zoek(eenheden, r.Eenheid);
        }

        if (eenheid is null)
        {
            meld(new(r.Regel, "eenheid", $"'{r.Eenheid}' is geen eenheid uit WJ756 (code zoals 04 of naam zoals uur)."));
            return null;
        }

        if (eenheid.Code != product.EenheidCode)
        {
            // iJw/iWmo retourcode 9341: the unit of the claim must match the unit of the product.
            meld(new(r.Regel, "eenheid", $"Eenheid {eenheid.Code} past niet bij product {r.ProductCode}, dat in eenheid {product.EenheidCode} wordt geleverd (regel 9341)."));
            return null;
        }

        var toewijzing = r.ToewijzingNummer is null ? null : Nummer(r.ToewijzingNummer);
        // A client has many lines: the HMAC is computed once per BSN of this file (the cache lives as long as the import).
        if (!pseudoniemen.TryGetValue(r.Bsn, out var client))
        {
            var bytes = pseudonimisering.PseudoniemBytes(r.Bsn);
            pseudoniemen[r.Bsn] = client = (Convert.ToHexStringLower(bytes), bytes[..ZorgregelSleutel.Lengte]);
        }

        return new Zorgregel
        {
            ImportrunId = runId,
            Sleutel = r.ReferentieNummer is null ? Inhoudssleutel(r, client.Hex) : ZorgregelSleutel.Declaratie(r.Agb, r.ReferentieNummer),
            ToewijzingNummer = toewijzing,
            ClientSleutel = client.Sleutel,
            TrajectSleutel = Trajectsleutel(r, toewijzing, client.Hex),
            GemeenteCode = r.Gemeente,
            AgbCode = r.Agb,
            ProductId = product.ProductId,
            Begindatum = r.Begindatum,
            Einddatum = r.Einddatum,
            Volume = r.Volume,
            EenheidCode = eenheid.Code,
            BedragCent = r.BedragCent,
            ReferentieNummer = r.ReferentieNummer,
            VorigReferentieNummer = r.VorigReferentieNummer,
        };
    }

    /// <summary>Allocation numbers are integers (LDT_Nummer): "0500001" and "500001" are the same allocation.</summary>
    private static string Nummer(string nummer) =>
        long.Parse(nummer, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A line without a reference number is identified by its content (with the pseudonym, not the BSN).</summary>
    private static byte[] Inhoudssleutel(RuweZorgregel r, string client)
    {
        var sleutel = new ZorgregelSleutel.Bouwer(stackalloc byte[512]);
        sleutel.Tekst("c");
        sleutel.Tekst(r.ToewijzingNummer);
        sleutel.Tekst(client);
        sleutel.Tekst(r.Gemeente);
        sleutel.Tekst(r.Agb);
        sleutel.Tekst(Hoofdletters(r.ProductCode));
        sleutel.Getal(r.Begindatum.DayNumber);
        sleutel.Getal(r.Einddatum.DayNumber);
        sleutel.Getal(r.Volume);
        sleutel.Tekst(Hoofdletters(r.Eenheid));
        sleutel.Getal(r.BedragCent);
        return sleutel.Sleutel();
    }

    /// <summary>The traject: the allocation (municipality and number), or else client × provider × product.</summary>
    private static byte[] Trajectsleutel(RuweZorgregel r, string? toewijzing, string client)
    {
        if (toewijzing is not null)
        {
            return ZorgregelSleutel.Toewijzing(r.Gemeente, toewijzing);
        }

        var sleutel = new ZorgregelSleutel.Bouwer(stackalloc byte[256]);
        sleutel.Tekst("k");
        sleutel.Tekst(client);
        sleutel.Tekst(r.Agb);
        sleutel.Tekst(Hoofdletters(r.ProductCode));
        return sleutel.Sleutel();
    }

    /// <summary>Upper case without a new string when there is nothing to change (codes mostly are upper case already).</summary>
    private static string Hoofdletters(string s) => s.Any(char.IsLower) ? s.ToUpperInvariant() : s;

    private async Task<ZorgdataImportResultaat> BewaarRunAsync(Importrun run, List<ImportMelding> meldingen, int fouten, CancellationToken ct)
    {
        run.Beeindigd = tijd.GetUtcNow();
        run.Meldingen = meldingen.Count == 0 ? null : string.Join('\n', meldingen.Select(m => m.ToString()))
            + (fouten > meldingen.Count ? $"\n... en nog {fouten - meldingen.Count} fouten" : "");
        if (run.Id == 0)
        {
            zd.Importruns.Add(run);
        }
        else
        {
            // The run recorded as running at the start (the lines were rolled back, the record was not).
            zd.Importruns.Update(run);
        }

        await zd.SaveChangesAsync(ct);
        return new(run, meldingen, fouten);
    }

    private static async Task<string> HerkenFormaatAsync(Stream bestand, CancellationToken ct)
    {
        var buffer = new byte[4096];
        var n = await bestand.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        bestand.Position = 0;
        return HerkenFormaat(buffer.AsSpan(0, n));
    }

    /// <summary>The kind of a file from its first bytes: a ZIP (local file header or an empty archive), CSV, or which message.</summary>
    internal static string HerkenFormaat(ReadOnlySpan<byte> begin)
    {
        if (begin.StartsWith("PK\u0003\u0004"u8) || begin.StartsWith("PK\u0005\u0006"u8))
        {
            return "zip";
        }

        var tekst = Encoding.UTF8.GetString(begin).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!tekst.StartsWith('<'))
        {
            return "csv";
        }

        foreach (var bericht in new[] { "jw301", "jw305", "jw307", "jw323", "jw325", "wmo301", "wmo305", "wmo307", "wmo323", "wmo325" })
        {
            if (tekst.Contains($"/{bericht}/schema", StringComparison.Ordinal))
            {
                // The release is part of the namespace; only the 3.2 schemas are at hand to validate against.
                return tekst.Contains($"/3_2/{bericht}/schema", StringComparison.Ordinal) ? bericht : bericht + "-oud";
            }
        }

        return "xml";
    }

    private static IEnumerable<RuweZorgregel> NietOndersteund(string formaat, Action<ImportMelding> meld)
    {
        meld(new(1, null, formaat switch
        {
            "zip" => "Een ZIP-bestand in een ZIP-bestand wordt niet geopend; zet de berichten zelf in het ZIP-bestand.",
            "xml" => "Dit XML-bestand is geen iJw- of iWmo-bericht (JW301, JW305, JW307, JW323, JW325 of de WMO-versies).",
            _ when formaat.EndsWith("-oud", StringComparison.Ordinal) =>
                $"Dit {formaat[..^4].ToUpperInvariant()}-bericht is van release 3.0 of 3.1; Zorginkoop kan nu alleen release 3.2 tegen het schema controleren en importeren.",
            _ => $"Berichten van het type {formaat.ToUpperInvariant()} kan Zorginkoop nog niet importeren (er is geen schema van beschikbaar); gebruik JW301, JW305, JW307, JW323, JW325, de WMO-versies of CSV.",
        }));
        yield break;
    }
}
