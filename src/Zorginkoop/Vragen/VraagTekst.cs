namespace Zorginkoop.Vragen;

public static class VraagTekst
{
    public static string Status(VraagStatus s) => s switch
    {
        VraagStatus.Nieuw => "nieuw",
        VraagStatus.InBehandeling => "in behandeling",
        VraagStatus.Beantwoord => "beantwoord, nog niet gepubliceerd",
        VraagStatus.Gepubliceerd => "gepubliceerd",
        _ => s.ToString(),
    };
}
