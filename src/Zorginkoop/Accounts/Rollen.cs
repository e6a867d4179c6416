namespace Zorginkoop.Accounts;

/// <summary>The roles of Zorginkoop. Names are stored as-is in the Identity role table.</summary>
public static class Rollen
{
    public const string Inkoper = "inkoper";
    public const string Contractmanager = "contractmanager";
    public const string Beoordelaar = "beoordelaar";
    public const string Analist = "analist";
    public const string Beheerder = "beheerder";
    public const string Aanbieder = "aanbieder";

    /// <summary>
    /// A provider's own beheerder (always also aanbieder): approves her colleagues' first eHerkenning login and
    /// deactivates accounts of her provider. The first account of a provider gets it.
    /// </summary>
    public const string AanbiederBeheerder = "aanbiederbeheerder";

    /// <summary>Manages the regions of the installation and their first beheerder; sees no region's data by this role alone.</summary>
    public const string Systeembeheerder = "systeembeheerder";

    public static readonly IReadOnlyList<string> Alle = [Inkoper, Contractmanager, Beoordelaar, Analist, Beheerder, Aanbieder, AanbiederBeheerder, Systeembeheerder];

    /// <summary>
    /// Employees of the purchasing office (everyone but providers): roles held per region, in
    /// <see cref="Lidmaatschap"/> (decision record 0009).
    /// </summary>
    public static readonly IReadOnlyList<string> Medewerkers = [Inkoper, Contractmanager, Beoordelaar, Analist, Beheerder];

    /// <summary>The roles of the whole installation (Identity roles): a provider's employee bids in any region.</summary>
    public static readonly IReadOnlyList<string> Globaal = [Aanbieder, AanbiederBeheerder, Systeembeheerder];

    /// <summary>The roles that may run a procedure's lifecycle.</summary>
    public static readonly IReadOnlyList<string> AanbestedingBeheer = [Inkoper, Beheerder];

    /// <summary>
    /// The roles that see /monitor and its downloads exact; everyone else sees them as the public does (small numbers
    /// hidden, the rest rounded). Coverage and budget (/monitor/dekking, /monitor/budget) are for employees only and exact.
    /// </summary>
    public static readonly IReadOnlyList<string> MonitorExact = [Inkoper, Analist];

    /// <summary>The roles that may import care data.</summary>
    public static readonly IReadOnlyList<string> ZorgdataBeheer = [Inkoper, Analist, Beheerder];

    /// <summary>The roles that may read the quality part of bids once the vault is open: officers and evaluators.</summary>
    public static readonly IReadOnlyList<string> KluisLezen = [Inkoper, Beoordelaar, Beheerder];

    /// <summary>The roles that decide on contracts (extend, end, consortium, alarms).</summary>
    public static readonly IReadOnlyList<string> ContractBeheer = [Contractmanager, Inkoper, Beheerder];

    /// <summary>The roles that may change the catalogue and the provider register.</summary>
    public static readonly IReadOnlyList<string> CatalogusBeheer = [Inkoper, Contractmanager, Beheerder];

    /// <summary>
    /// The roles that manage accounts: a region's beheerder for her region, the systeembeheerder for every region's first
    /// beheerder.
    /// </summary>
    public static readonly IReadOnlyList<string> AccountBeheer = [Beheerder, Systeembeheerder];

    /// <summary>The roles that may change a region's name and municipalities.</summary>
    public static readonly IReadOnlyList<string> RegioBeheer = [Inkoper, Contractmanager, Beheerder, Systeembeheerder];

    /// <summary>The roles that register a region's webhooks (issue 17: officers).</summary>
    public static readonly IReadOnlyList<string> KoppelingenBeheer = [Inkoper, Beheerder];
}

/// <summary>Authorisation policy names, so pages and endpoints name a policy, never a role list.</summary>
public static class Policies
{
    public const string CatalogusBeheren = "CatalogusBeheren";
    public const string KoppelingenBeheren = "KoppelingenBeheren";

    /// <summary>The monitor's figures (/monitor and its downloads) without the protection of small numbers: inkoper and analist.</summary>
    public const string MonitorExact = "MonitorExact";

    public const string ZorgdataImporteren = "ZorgdataImporteren";

    /// <summary>Changing trajectories and procedures: the purchasing officers and administrators.</summary>
    public const string AanbestedingenBeheren = "AanbestedingenBeheren";

    /// <summary>Any employee of the purchasing office: reads what is not yet public (concepts, drafts).</summary>
    public const string Medewerker = "Medewerker";

    /// <summary>A provider's employee bound to one provider (claim <see cref="ZorgaanbiederClaim"/>): drafts and submits bids.</summary>
    public const string Aanbieder = "Aanbieder";

    /// <summary>Reading opened bids (after the four-eyes opening): officers and evaluators.</summary>
    public const string KluisLezen = "KluisLezen";

    /// <summary>Deciding on framework agreements: contract managers, officers and administrators.</summary>
    public const string ContractenBeheren = "ContractenBeheren";

    /// <summary>The claim holding the id of the provider an aanbieder account acts for.</summary>
    public const string ZorgaanbiederClaim = "zorginkoop:zorgaanbieder";

    /// <summary>Present (valued "aan") when the account logs in in two steps (TOTP): beheerders must, TweestapsVerplicht.</summary>
    public const string TweestapsClaim = "zorginkoop:tweestaps";

    /// <summary>One claim per membership, valued <c>&lt;regio-id&gt;:&lt;rol&gt;</c> (<c>1:inkoper</c>): the id, since a region's code may change.</summary>
    public const string LidClaim = "zorginkoop:lid";

    /// <summary>Managing the regions of the installation (the CLI's <c>zorginkoop regio</c>, its first beheerder).</summary>
    public const string Systeembeheer = "Systeembeheer";

    /// <summary>A provider's beheerder managing her provider's accounts (/mijn/accounts): role aanbiederbeheerder with a bound provider.</summary>
    public const string AanbiederAccountsBeheren = "AanbiederAccountsBeheren";

    /// <summary>Inviting people, changing their roles, deactivating accounts (/beheer/accounts): beheerder and systeembeheerder.</summary>
    public const string AccountsBeheren = "AccountsBeheren";

    /// <summary>A region's name and municipalities: its catalogue managers, and the systeembeheerder (who alone adds regions).</summary>
    public const string RegioBeheren = "RegioBeheren";
}
