using Zorginkoop.Aanbestedingen;

namespace Zorginkoop.Web.Pages.Aanbestedingen;

public static class Tekst
{
    public static string Vorm(Procedurevorm v) => v switch
    {
        Procedurevorm.OpenHouse => "Open House",
        Procedurevorm.OpenbaarEuropees => "Openbare Europese aanbesteding",
        Procedurevorm.SasProcedure => "SAS-procedure",
        Procedurevorm.DialoogEenGegadigde => "Dialoog met één gegadigde",
        Procedurevorm.MeervoudigOnderhands => "Meervoudig onderhands",
        _ => v.ToString(),
    };
}
