using Xunit.Abstractions;

namespace Candor.Cards.Tests.Rendering;

/// <summary>
/// Proves the official-renderer harness can fail: a valid 1.5 card passes clean, and each broken card is flagged.
/// Skips (returns early) where the renderer is not installed, unless CANDOR_REQUIRE_BROWSER=1.
/// </summary>
public sealed class RendererHarnessTests(ITestOutputHelper output)
{
    private const string Valid = """
        {
          "type": "AdaptiveCard",
          "version": "1.5",
          "body": [
            { "type": "Container", "style": "attention", "bleed": true, "items": [
              { "type": "TextBlock", "text": "Likely templated", "style": "heading", "wrap": true } ] },
            { "type": "FactSet", "facts": [ { "title": "Score", "value": "**0.82**" } ] },
            { "type": "RichTextBlock", "inlines": [ { "type": "TextRun", "text": "Why: ", "weight": "bolder" }, "a merge field" ] },
            { "type": "Container", "id": "details", "isVisible": false, "items": [
              { "type": "Table", "columns": [ { "width": 1 } ], "rows": [
                { "type": "TableRow", "cells": [ { "type": "TableCell", "items": [ { "type": "TextBlock", "text": "cell" } ] } ] } ] } ] },
            { "type": "Input.Text", "id": "comment", "label": "Comment", "isMultiline": true }
          ],
          "actions": [
            { "type": "Action.Execute", "title": "Send", "verb": "feedback", "data": { "kind": "feedback" },
              "fallback": { "type": "Action.Submit", "title": "Send", "data": { "kind": "feedback" } } },
            { "type": "Action.ToggleVisibility", "title": "Details", "targetElements": [ { "elementId": "details" } ] }
          ]
        }
        """;

    private const string MissingVersion = """
        { "type": "AdaptiveCard", "body": [ { "type": "TextBlock", "text": "No version" } ] }
        """;

    private const string TextBlockWithoutText = """
        { "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "wrap": true } ] }
        """;

    private const string UnknownProperty = """
        { "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "text": "Hi", "colour": "good" } ] }
        """;

    private const string ToggleToMissingId = """
        {
          "type": "AdaptiveCard", "version": "1.5",
          "body": [ { "type": "TextBlock", "text": "Hi", "id": "here" } ],
          "actions": [ { "type": "Action.ToggleVisibility", "title": "More", "targetElements": [ "elsewhere" ] } ]
        }
        """;

    [Fact]
    public void RendererHarness_ValidCardIsClean_AndEachBrokenCardIsFlagged()
    {
        var unavailable = OfficialRenderer.Unavailable();
        if (unavailable is not null)
        {
            if (OfficialRenderer.Required)
            {
                Assert.Fail(unavailable);
            }

            output.WriteLine($"Skipped: {unavailable}");
            return;
        }

        var root = Path.Combine(Path.GetTempPath(), $"candor-renderer-{Guid.NewGuid():N}");
        var cards = Path.Combine(root, "cards");
        var rendered = Path.Combine(root, "out");
        Directory.CreateDirectory(cards);
        try
        {
            Write(cards, "valid", Valid);
            Write(cards, "missing-version", MissingVersion);
            Write(cards, "textblock-without-text", TextBlockWithoutText);
            Write(cards, "unknown-property", UnknownProperty);
            Write(cards, "toggle-missing-id", ToggleToMissingId);

            var run = OfficialRenderer.Run(cards, rendered);
            output.WriteLine(run.Output);

            Assert.Equal(5, run.Cards.Count);
            var valid = Card(run, "valid");
            Assert.True(valid.Events.Count == 0, "valid card has events: " + string.Join("; ", valid.Events));
            AssertPng(valid.PngPath);

            AssertFlagged(run, "missing-version", "MissingOrWrongVersion");
            AssertFlagged(run, "textblock-without-text", "EmptyText");
            AssertFlagged(run, "unknown-property", "UnknownProperty");
            AssertFlagged(run, "toggle-missing-id", "MissingToggleTarget");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Write(string directory, string name, string json) =>
        File.WriteAllText(Path.Combine(directory, name + ".adaptive.json"), json);

    private static CardResult Card(RendererRun run, string name) =>
        Assert.Single(run.Cards, c => string.Equals(c.Card, name, StringComparison.Ordinal));

    private static void AssertFlagged(RendererRun run, string name, string expectedType)
    {
        var card = Card(run, name);
        Assert.True(card.Events.Count > 0, $"{name} was not flagged");
        Assert.Contains(card.Events, e => string.Equals(e.Type, expectedType, StringComparison.Ordinal));
    }

    // The screenshot is a real PNG of the 480 px wide card host.
    private static void AssertPng(string path)
    {
        Assert.True(File.Exists(path), $"no screenshot at {path}");
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 24, "screenshot is empty");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        var width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
        var height = (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23];
        Assert.Equal(480, width);
        Assert.InRange(height, 100, 4000);
    }
}
