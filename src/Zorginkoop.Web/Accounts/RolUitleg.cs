using Zorginkoop.Accounts;

namespace Zorginkoop.Web.Accounts;

/// <summary>What each role of a region may do, in the words of the forms that give roles.</summary>
public static class RolUitleg
{
    public static string Naam(string rol) => rol switch
    {
        Rollen.Inkoper => "Inkoper",
        Rollen.Contractmanager => "Contractmanager",
        Rollen.Beoordelaar => "Beoordelaar",
        Rollen.Analist => "Analist",
        Rollen.Beheerder => "Beheerder",
        _ => rol,
    };

    public static string Tekst(string rol) => rol switch
    {
        Rollen.Inkoper => "Maakt inkooptrajecten en aanbestedingen, beantwoordt vragen, opent de kluis met een tweede inkoper en gunt.",
        Rollen.Contractmanager => "Beheert contracten: verlengen, beëindigen, contractalarmen; wijzigt de catalogus.",
        Rollen.Beoordelaar => "Beoordeelt inschrijvingen na opening van de kluis.",
        Rollen.Analist => "Importeert zorgdata en ziet de monitor, dekking en budget exact.",
        Rollen.Beheerder => "Beheert de accounts van de regio, en daarnaast aanbestedingen, contracten, de catalogus en zorgdata.",
        _ => "",
    };
}
