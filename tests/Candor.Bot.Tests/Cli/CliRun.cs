using System.Text;
using Candor.Analysis.Outreach;
using Candor.Bot.Cli;
using Candor.Bot.Rewriting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Candor.Bot.Tests.Cli;

/// <summary>Runs the <c>candor</c> command line in-process with the given arguments and standard input.</summary>
internal sealed record CliRun(int Exit, string Output, string Error)
{
    /// <summary>The rewriter as it is by default: off, calling nothing.</summary>
    private static readonly ModelRewriter Off = new(new RewriterOptions(), NullLogger<ModelRewriter>.Instance);

    public static async Task<CliRun> RunAsync(string[] args, string standardInput, ModelRewriter? rewriter = null, OutreachLimits? limits = null)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(standardInput));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, input, output, error, new Coaching(rewriter ?? Off, limits ?? OutreachLimits.Default), CancellationToken.None);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
