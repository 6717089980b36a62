namespace Candor.Bot.Conversation;

/// <summary>
/// Lets background analysis run one per core, whichever channel asked. Analysis is CPU-bound; answers also wait
/// on chat services and the database, so many answers are in flight while only this many analyse, and a slow
/// Slack or Connector never leaves a core idle nor lets a burst crowd out the requests being acknowledged.
/// </summary>
internal sealed class AnalysisGate : IDisposable
{
    private readonly SemaphoreSlim cores = new(Environment.ProcessorCount);

    /// <param name="inBackground">False for an answer due within seconds in the request itself: it runs at once.</param>
    public async Task<T> RunAsync<T>(Func<T> analysis, bool inBackground, CancellationToken cancel)
    {
        if (!inBackground)
        {
            return analysis();
        }

        await cores.WaitAsync(cancel);
        try
        {
            return analysis();
        }
        finally
        {
            cores.Release();
        }
    }

    public void Dispose() => cores.Dispose();
}
