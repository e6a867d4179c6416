using System.ComponentModel.DataAnnotations;

namespace Zorginkoop.Meldingen;

/// <summary>Configuration section <c>Meldingen</c>: how e-mail goes out and when reminders are due.</summary>
public sealed class MeldingenOptions
{
    public const string Sectie = "Meldingen";
    public const string KanaalMap = "map";
    public const string KanaalSmtp = "smtp";
    public const string KanaalUit = "uit";

    /// <summary><c>map</c> (write .eml files to <c>mail/</c> in the data folder; the default), <c>smtp</c>, or <c>uit</c>.</summary>
    [RegularExpression("^(map|smtp|uit)$", ErrorMessage = "Meldingen:Kanaal is 'map', 'smtp' of 'uit'.")]
    public string Kanaal { get; set; } = KanaalMap;

    [EmailAddress(ErrorMessage = "Meldingen:Afzender is geen e-mailadres.")]
    public string Afzender { get; set; } = "zorginkoop@localhost";

    /// <summary>The address of the app as users reach it, for the links in the e-mails.</summary>
    [Url(ErrorMessage = "Meldingen:BasisAdres is geen adres (zoals https://zorginkoop.example.nl).")]
    public string BasisAdres { get; set; } = "http://localhost:5080";

    /// <summary>Providers with a bid not yet submitted are reminded this many hours before the deadline.</summary>
    [Range(1, 24 * 30, ErrorMessage = "Meldingen:DeadlineHerinneringUren ligt tussen 1 en 720.")]
    public int DeadlineHerinneringUren { get; set; } = 48;

    /// <summary>How often the notifier looks for new events and sends the outbox.</summary>
    [Range(5, 3600, ErrorMessage = "Meldingen:IntervalSeconden ligt tussen 5 en 3600.")]
    public int IntervalSeconden { get; set; } = 30;

    /// <summary>The hour (Dutch time) from which the day's summary of the inbox goes out, to those who chose it (issue 16).</summary>
    [Range(0, 23, ErrorMessage = "Meldingen:DagoverzichtUur ligt tussen 0 en 23.")]
    public int DagoverzichtUur { get; set; } = 7;

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";
    public int Poort { get; set; } = 587;

    /// <summary>STARTTLS on the submission port (587); false only for a relay on the local network.</summary>
    public bool StartTls { get; set; } = true;
    public string? Gebruiker { get; set; }
    public string? Wachtwoord { get; set; }
}
