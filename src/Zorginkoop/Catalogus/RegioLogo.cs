namespace Zorginkoop.Catalogus;

/// <summary>
/// A region's logo, in a table of its own so that the many queries of regions never load the image. The region keeps
/// its <see cref="Regio.LogoSha256"/>, so the audit records a change of logo without the image itself.
/// </summary>
public class RegioLogo
{
    public int RegioId { get; set; }

    /// <summary>image/png or image/jpeg: recognised from the bytes themselves, never from the file name.</summary>
    public required string MediaType { get; set; }

    public required byte[] Inhoud { get; set; }
}
