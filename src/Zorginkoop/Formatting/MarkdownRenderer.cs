using Ganss.Xss;
using Markdig;

namespace Zorginkoop.Formatting;

/// <summary>
/// Markdown written by officers (updates, phase summaries, descriptions) as HTML that is safe to publish. Two locks:
/// Markdig escapes any raw HTML in the text (DisableHtml), and HtmlSanitizer then keeps only plain text markup and
/// http(s)/mailto links, so neither a <c>&lt;script&gt;</c> nor a <c>javascript:</c> link survives.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pijplijn = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = MaakSanitizer();

    public static string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pijplijn));

    /// <summary>The text without markup, e.g. for a summary in a feed or a list.</summary>
    public static string NaarTekst(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pijplijn).Trim();

    private static HtmlSanitizer MaakSanitizer()
    {
        var s = new HtmlSanitizer();
        s.AllowedTags.Clear();
        foreach (var tag in new[] { "p", "br", "strong", "em", "del", "ul", "ol", "li", "a", "blockquote", "code", "pre", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "hr" })
        {
            s.AllowedTags.Add(tag);
        }

        s.AllowedAttributes.Clear();
        s.AllowedAttributes.Add("href");
        s.AllowedSchemes.Clear();
        s.AllowedSchemes.Add("https");
        s.AllowedSchemes.Add("http");
        s.AllowedSchemes.Add("mailto");
        s.AllowedCssProperties.Clear();
        s.AllowDataAttributes = false;
        // Links to elsewhere do not pass on this page's authority or open a window this page can be reached from.
        s.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } a)
            {
                a.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return s;
    }
}
