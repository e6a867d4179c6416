namespace Zorginkoop.Inkooptrajecten;

/// <summary>The rules for trajectories and what is in them; messages are Dutch and name the field.</summary>
public static class InkooptrajectRegels
{
    public static IReadOnlyList<Weigering> Valideer(Inkooptraject t)
    {
        var m = new List<Weigering>();
        if (string.IsNullOrWhiteSpace(t.Naam))
        {
            m.Add(new("inkooptraject.naam-ontbreekt", nameof(t.Naam), "Vul de naam van het inkooptraject in."));
        }
        else if (t.Naam.Length > 300)
        {
            m.Add(new("inkooptraject.naam-te-lang", nameof(t.Naam), "De naam is te lang: ten hoogste 300 tekens."));
        }

        if (!t.Jeugd && !t.Wmo)
        {
            m.Add(new("inkooptraject.domein-ontbreekt", nameof(t.Jeugd), "Kies ten minste één domein: Jeugd of Wmo."));
        }

        return m;
    }

    public static IReadOnlyList<Weigering> Valideer(Fase f)
    {
        var m = new List<Weigering>();
        if (f.Van is { } van && f.Tot is { } tot && tot < van)
        {
            m.Add(new("fase.periode-omgekeerd", nameof(f.Tot), "De einddatum ligt vóór de begindatum."));
        }

        if (f.Status != FaseStatus.Gepland && f.Van is null)
        {
            m.Add(new("fase.begindatum-ontbreekt", nameof(f.Van), "Een fase die actief of afgerond is, heeft een begindatum."));
        }

        if (f.Status == FaseStatus.Afgerond && f.Tot is null)
        {
            m.Add(new("fase.einddatum-ontbreekt", nameof(f.Tot), "Een afgeronde fase heeft een einddatum."));
        }

        return m;
    }

    public static IReadOnlyList<Weigering> Valideer(Voortgangsbericht b)
    {
        var m = new List<Weigering>();
        if (string.IsNullOrWhiteSpace(b.Titel))
        {
            m.Add(new("bericht.titel-ontbreekt", nameof(b.Titel), "Vul een titel in, zoals 'Update december 2022'."));
        }

        if (string.IsNullOrWhiteSpace(b.Tekst))
        {
            m.Add(new("bericht.tekst-ontbreekt", nameof(b.Tekst), "Vul de tekst van de update in."));
        }

        return m;
    }

    public static IReadOnlyList<Weigering> Valideer(Bijeenkomst e)
    {
        var m = new List<Weigering>();
        if (string.IsNullOrWhiteSpace(e.Titel))
        {
            m.Add(new("bijeenkomst.titel-ontbreekt", nameof(e.Titel), "Vul de titel van de bijeenkomst in."));
        }

        if (e.Einde is { } einde && einde <= e.Begin)
        {
            m.Add(new("bijeenkomst.einde-voor-begin", nameof(e.Einde), "Het einde ligt niet na het begin."));
        }

        return m;
    }

    public static string Naam(this FaseSoort s) => s switch
    {
        FaseSoort.Verkennen => "Verkennen",
        FaseSoort.VerdiepenEnVertalen => "Verdiepen en vertalen",
        FaseSoort.Kiezen => "Kiezen",
        FaseSoort.Implementeren => "Implementeren",
        _ => s.ToString(),
    };

    public static string Naam(this FaseStatus s) => s switch
    {
        FaseStatus.Gepland => "gepland",
        FaseStatus.Actief => "actief",
        FaseStatus.Afgerond => "afgerond",
        _ => s.ToString(),
    };

    public static string Naam(this BijeenkomstSoort s) => s switch
    {
        BijeenkomstSoort.Consultatie => "Consultatie",
        BijeenkomstSoort.Bijeenkomst => "Bijeenkomst met aanbieders",
        BijeenkomstSoort.Vragenuur => "Vragenuur",
        BijeenkomstSoort.Marktconsultatie => "Marktconsultatie",
        _ => s.ToString(),
    };
}
