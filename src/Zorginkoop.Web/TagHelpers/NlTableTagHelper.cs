using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Zorginkoop.Web.TagHelpers;

/// <summary>
/// <c>&lt;table nl-tabel&gt;</c> gives a plain HTML table the NL Design System table classes, down to every cell, so pages
/// write semantic tables (caption, th scope) and never the BEM classes. Cells with class zi-getal or zi-bedrag are numeric.
/// </summary>
[HtmlTargetElement("table", Attributes = "nl-tabel")]
public sealed class NlTableTagHelper : TagHelper
{
    internal const string Sleutel = "nl-tabel";

    public override void Init(TagHelperContext context) => context.Items[Sleutel] = true;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.RemoveAll("nl-tabel");
        output.AddClass("utrecht-table", System.Text.Encodings.Web.HtmlEncoder.Default);
        output.AddClass("utrecht-table--html-table", System.Text.Encodings.Web.HtmlEncoder.Default);
        output.PreElement.AppendHtml("<div class=\"utrecht-table-container\">");
        output.PostElement.AppendHtml("</div>");
    }
}

[HtmlTargetElement("caption")]
[HtmlTargetElement("thead")]
[HtmlTargetElement("tbody")]
[HtmlTargetElement("tfoot")]
[HtmlTargetElement("tr")]
[HtmlTargetElement("th")]
[HtmlTargetElement("td")]
public sealed class NlTablePartTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.Items.ContainsKey(NlTableTagHelper.Sleutel))
        {
            return;
        }

        var numeriek = output.Attributes.TryGetAttribute("class", out var c) && c.Value?.ToString() is { } cls
            && (cls.Contains("zi-getal", StringComparison.Ordinal) || cls.Contains("zi-bedrag", StringComparison.Ordinal));
        var klasse = output.TagName switch
        {
            "caption" => "utrecht-table__caption",
            "thead" => "utrecht-table__header",
            "tbody" => "utrecht-table__body",
            "tfoot" => "utrecht-table__footer",
            "tr" => "utrecht-table__row",
            "th" => "utrecht-table__header-cell" + (numeriek ? " utrecht-table__header-cell--numeric-column" : ""),
            _ => "utrecht-table__cell" + (numeriek ? " utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data" : ""),
        };
        foreach (var k in klasse.Split(' '))
        {
            output.AddClass(k, System.Text.Encodings.Web.HtmlEncoder.Default);
        }
    }
}
